#include "casesview.h"

#include "casedetailview.h"
#include "caselistmodel.h"
#include "casesearchcontroller.h"
#include "librarysession.h"
#include "quiettext.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

CasesView::CasesView(LibrarySession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new CaseListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_resultLine(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new CaseDetailView(session, this))
    , m_controller(new CaseSearchController(
          m_search, m_model, [session] { return session->library(); }, this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortLocaleAware(true);

    m_search->setObjectName(u"caseSearch"_s);
    m_search->setPlaceholderText(tr("Søg i cases: kommune, titel, tema … (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_resultLine->setObjectName(u"caseResultLine"_s);
    makeQuiet(m_resultLine);

    m_table->setObjectName(u"caseTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(CaseListModel::TitleColumn,
                                                      QHeaderView::Stretch);
    m_table->setSortingEnabled(true);
    // No column sorted: hits keep the search's best-first order until the user sorts.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_search);
    listLayout->addWidget(m_resultLine);
    listLayout->addWidget(m_table);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(listSide);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({520, 660});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CasesView::showCurrent);
    connect(m_controller, &CaseSearchController::searched, this, &CasesView::showResult);
    connect(m_controller, &CaseSearchController::failed, this, &CasesView::failed);
    connect(m_detail, &CaseDetailView::eventRequested, this, &CasesView::eventRequested);
    connect(m_detail, &CaseDetailView::failed, this, &CasesView::failed);
}

void CasesView::reload()
{
    // The records may have changed (an import) or be another library's: read anew,
    // keeping the shown case when it is still there.
    m_keep = m_detail->caseId();
    m_detail->clear();
    m_controller->refresh();
}

void CasesView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool CasesView::selectCase(const Id &caseId)
{
    int row = m_model->rowOf(caseId);
    if (row < 0 && !m_search->text().isEmpty()) {
        // The case is not among the hits: list all cases so it can be shown in its place.
        m_search->clear();
        m_controller->refresh();
        row = m_model->rowOf(caseId);
    }
    if (row < 0)
        return false;
    const QModelIndex index =
        m_proxy->mapFromSource(m_model->index(row, CaseListModel::TitleColumn));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    showCurrent();
    return true;
}

void CasesView::showCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const Id id = m_model->row(m_proxy->mapToSource(current).row()).caseId;
    if (id != m_detail->caseId())
        m_detail->setCase(id);
}

void CasesView::showResult(const QString &query, int hitCount)
{
    if (query.isEmpty())
        m_resultLine->setText(hitCount == 1 ? tr("1 case i biblioteket")
                                            : tr("%1 cases i biblioteket").arg(hitCount));
    else if (hitCount == 0)
        m_resultLine->setText(tr("Ingen cases passer på «%1»").arg(query));
    else if (hitCount == 1)
        m_resultLine->setText(tr("1 case passer på «%1»").arg(query));
    else
        m_resultLine->setText(tr("%1 cases passer på «%2»").arg(hitCount).arg(query));
    m_table->resizeColumnToContents(CaseListModel::OwnerColumn);
    // A case that is still among the hits stays shown; else the first hit is.
    const Id keep = m_keep.isNull() ? m_detail->caseId() : m_keep;
    m_keep = {};
    const int row = m_model->rowOf(keep);
    const int target = row >= 0 ? row : (m_model->rowCount() > 0 ? 0 : -1);
    if (target < 0) {
        m_detail->clear();
        return;
    }
    const QModelIndex index =
        m_proxy->mapFromSource(m_model->index(target, CaseListModel::TitleColumn));
    m_table->setCurrentIndex(index);
    showCurrent();
}

} // namespace temaplan::app
