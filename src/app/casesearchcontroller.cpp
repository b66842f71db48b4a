#include "casesearchcontroller.h"

#include "store/library.h"

#include <QLineEdit>

namespace temaplan::app {

CaseSearchController::CaseSearchController(QLineEdit *field, CaseListModel *model,
                                           LibraryAccess library, QObject *parent)
    : QObject(parent)
    , m_field(field)
    , m_model(model)
    , m_library(std::move(library))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(debounceMs);
    m_facetTimer.setSingleShot(true);
    m_facetTimer.setInterval(facetDelayMs);
    connect(m_field, &QLineEdit::textChanged, &m_timer, qOverload<>(&QTimer::start));
    // A keystroke also puts off the count, so it never runs between two keys.
    connect(m_field, &QLineEdit::textChanged, &m_facetTimer, &QTimer::stop);
    connect(&m_timer, &QTimer::timeout, this, &CaseSearchController::refresh);
    connect(&m_facetTimer, &QTimer::timeout, this, &CaseSearchController::countFacets);
    connect(m_model, &CaseListModel::sortRequested, this, &CaseSearchController::sortRequested);
    connect(m_model, &CaseListModel::failed, this, &CaseSearchController::failed);
}

void CaseSearchController::refresh()
{
    m_timer.stop();
    const QString query = m_field->text().trimmed();
    m_lastQuery = query;
    m_filter.text = query;
    if (!m_library()) {
        m_model->setSource({});
        Q_EMIT searched(query, 0);
        return;
    }
    const CaseFilter filter = m_filter;
    const LibraryAccess access = m_library;
    m_model->setSource(
        [filter, access](int offset, int limit) -> Result<QList<CaseRow>> {
            Library *library = access();
            if (!library)
                return QList<CaseRow>{};
            return library->findCases(filter, offset, limit);
        },
        query);
    Q_EMIT searched(query, m_model->rowCount());
    m_facetTimer.start();
}

void CaseSearchController::countFacets()
{
    m_facetTimer.stop();
    Library *library = m_library();
    if (!library) {
        Q_EMIT facetsCounted({});
        return;
    }
    CaseFilter counted = m_filter;
    counted.order = {};
    counted.descending = false;
    if (!m_counted || m_counted->first != counted) {
        auto facets = library->caseFacets(counted);
        if (!facets) {
            Q_EMIT failed(facets.error());
            return;
        }
        m_counted = std::make_pair(counted, *facets);
    }
    Q_EMIT facetsCounted(m_counted->second);
}

void CaseSearchController::setChosen(const CaseFilter &chosen)
{
    m_filter.ownerIds = chosen.ownerIds;
    m_filter.themes = chosen.themes;
    m_filter.startYears = chosen.startYears;
    m_filter.themeGroupIds = chosen.themeGroupIds;
    refresh();
}

void CaseSearchController::clearChosen()
{
    setChosen({});
}

void CaseSearchController::sortRequested(int column, Qt::SortOrder order)
{
    switch (column) {
    case CaseListModel::TitleColumn:
        m_filter.order = CaseFilter::Order::Title;
        break;
    case CaseListModel::OwnerColumn:
        m_filter.order = CaseFilter::Order::Owner;
        break;
    case CaseListModel::PeriodColumn:
        m_filter.order = CaseFilter::Order::StartYear;
        break;
    default:
        // No column: the search's own order, best first.
        m_filter.order = CaseFilter::Order::Relevance;
        break;
    }
    m_filter.descending = order == Qt::DescendingOrder;
    refresh();
}

} // namespace temaplan::app
