#include "casesearchcontroller.h"

#include "store/library.h"

#include <QLineEdit>

namespace temaplan::app {

CaseSearchController::CaseSearchController(QLineEdit *field, CaseListModel *model,
                                           LibraryAccess library, QObject *parent)
    : QObject(parent)
    , m_field(field)
    , m_model(model)
    , m_library(library)
    , m_counter(new CaseFacetCounter(std::move(library), this))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(debounceMs);
    connect(m_field, &QLineEdit::textChanged, &m_timer, qOverload<>(&QTimer::start));
    connect(&m_timer, &QTimer::timeout, this, &CaseSearchController::refresh);
    connect(m_counter, &CaseFacetCounter::counted, this, &CaseSearchController::counted);
    connect(m_counter, &CaseFacetCounter::partlyCounted, this,
            [this](quint64, const CaseFacets &facets, int n) { Q_EMIT facetsPartlyCounted(facets, n); });
    connect(m_counter, &CaseFacetCounter::failed, this,
            [this](quint64, const Error &e) { Q_EMIT failed(e); });
    connect(m_counter, &CaseFacetCounter::countingChanged, this,
            &CaseSearchController::countingChanged);
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
    countFacets();
}

void CaseSearchController::countFacets()
{
    if (!m_library()) {
        m_counter->cancel();
        Q_EMIT facetsCounted({});
        return;
    }
    CaseFilter wanted = m_filter;
    wanted.order = {};
    wanted.descending = false;
    for (const auto &[filter, facets] : std::as_const(m_counted)) {
        if (filter == wanted) {
            // Back to what was counted (a sort, a cleared field, a letter taken back): a
            // count still under way for another search must not arrive after it.
            m_counter->cancel();
            Q_EMIT facetsCounted(facets);
            return;
        }
    }
    if (m_counter->isCounting() && m_counting == wanted)
        return;
    m_counting = wanted;
    m_counter->count(wanted);
}

void CaseSearchController::forgetCounts()
{
    m_counted.clear();
    m_counter->cancel();
}

void CaseSearchController::counted(quint64, const CaseFacets &facets)
{
    m_counted.prepend({m_counting, facets});
    // The oldest go first, but never the whole library's.
    for (qsizetype i = m_counted.size() - 1; i >= 0 && m_counted.size() > keptCounts; --i)
        if (m_counted.at(i).first != CaseFilter{})
            m_counted.removeAt(i);
    Q_EMIT facetsCounted(facets);
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
