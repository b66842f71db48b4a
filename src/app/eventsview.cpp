#include "eventsview.h"

#include "eventdetailview.h"
#include "eventlistmodel.h"
#include "librarysession.h"

#include <QDate>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

EventsView::EventsView(LibrarySession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new EventListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_detail(new EventDetailView(session, this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EventListModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_filter->setObjectName(u"eventFilter"_s);
    m_filter->setPlaceholderText(tr("Filtrér arrangementer efter titel, sted eller temagruppe"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        // Filtering away the shown event would leave the detail speaking of a row the
        // list no longer has: show the first match instead.
        if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0) {
            m_table->setCurrentIndex(m_proxy->index(0, EventListModel::TitleColumn));
            showCurrent();
        }
    });

    m_table->setObjectName(u"eventTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // A row is one event: Tab goes on to the event, not from cell to cell.
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(EventListModel::TitleColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    // The sized columns stop at 140 px (sizeColumns): 200 rows show what they need, and
    // measuring Qt's default 1 000 was a tenth of the start on 2 000 events.
    m_table->horizontalHeader()->setResizeContentsPrecision(200);
    m_table->setTextElideMode(Qt::ElideRight);
    // Kind and theme group are in the detail; the narrow list keeps what tells events
    // apart: date, title and place.
    m_table->hideColumn(EventListModel::KindColumn);
    m_table->hideColumn(EventListModel::GroupColumn);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EventListModel::DateColumn, Qt::AscendingOrder);

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filter);
    listLayout->addWidget(m_table);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(listSide);
    splitter->addWidget(m_detail);
    // The event's editor needs the width: agenda, slot form and the printed page. The
    // list gives up its share too when the window narrows, or the editor alone would.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({330, 950});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EventsView::showCurrent);
    connect(
        m_detail, &EventDetailView::occurrenceChosen, this,
        [this](const Id &eventId, const Id &occurrenceId) { selectEvent(eventId, occurrenceId); });
    connect(m_detail, &EventDetailView::caseRequested, this, &EventsView::caseRequested);
    connect(m_detail, &EventDetailView::failed, this, &EventsView::failed);
    connect(m_session, &LibrarySession::eventWritten, this, &EventsView::showWritten);
}

void EventsView::reload()
{
    const Id eventId = m_detail->eventId();
    const Id occurrenceId = m_detail->occurrenceId();
    // The records may have changed (an import) or be another library's: read anew.
    m_detail->clear();
    m_detail->setReadOnly(m_session->isReadOnly());
    const Status status = m_model->reload(m_session->library());
    if (!status)
        Q_EMIT failed(status.error());
    sizeColumns();
    if (eventId.isNull() || !selectEvent(eventId, occurrenceId))
        selectNearest();
}

void EventsView::sizeColumns()
{
    // Long theme-group names would push the titles out of sight; they are elided.
    for (int column = 0; column < EventListModel::ColumnCount; ++column) {
        // Kind and theme group are hidden: measuring their rows was half the cost.
        if (column == EventListModel::TitleColumn || m_table->isColumnHidden(column))
            continue;
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 140));
    }
}

void EventsView::reloadList()
{
    m_quiet = true;
    const Status status = m_model->reload(m_session->library());
    m_quiet = false;
    if (!status)
        Q_EMIT failed(status.error());
}

void EventsView::showWritten(const Id &eventId, const Id &occurrenceId, int slotRow)
{
    const Id shownEvent = m_detail->eventId();
    const Id shownOccurrence = m_detail->occurrenceId();
    const int rowsBefore = m_model->rowCount();
    reloadList();
    // Typing a title changes no column's width worth a pass over every row; a new or
    // removed row may.
    if (m_model->rowCount() != rowsBefore)
        sizeColumns();
    Id occurrence = occurrenceId;
    if (occurrence.isNull() && eventId == shownEvent)
        occurrence = shownOccurrence;
    int row = m_model->rowOf(eventId, occurrence);
    if (row < 0)
        row = m_model->rowOf(eventId, {});
    if (row < 0) {
        // Gone (deleted, or a new event undone): stay where we were if that is still there.
        if (eventId == shownEvent || !selectEvent(shownEvent, shownOccurrence)) {
            m_detail->clear();
            selectNearest();
        }
        return;
    }
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, EventListModel::TitleColumn));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, EventListModel::TitleColumn));
    }
    m_quiet = true;
    m_table->setCurrentIndex(index);
    m_quiet = false;
    m_table->scrollTo(index);
    const EventSummary &s = m_model->summary(row);
    m_detail->setEvent(s.eventId, s.occurrenceId, slotRow);
}

void EventsView::selectNearest()
{
    if (m_proxy->rowCount() == 0)
        return;
    // The next event is what a coordinator works on; with none ahead, the latest.
    const CalendarDate today = CalendarDate::fromQDate(QDate::currentDate());
    int target = m_proxy->rowCount() - 1;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const EventSummary &s =
            m_model->summary(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
        if (s.date.hasYear() && !(s.date < today)) {
            target = row;
            break;
        }
    }
    const QModelIndex index = m_proxy->index(target, EventListModel::TitleColumn);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    showCurrent();
}

bool EventsView::selectEvent(const Id &eventId, const Id &occurrenceId)
{
    const int row = m_model->rowOf(eventId, occurrenceId);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, EventListModel::TitleColumn));
    if (!index.isValid()) {
        // Hidden by the filter: the user asked for this event, so show it.
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, EventListModel::TitleColumn));
    }
    if (m_table->currentIndex().row() == index.row() && m_detail->eventId() == eventId &&
        m_detail->occurrenceId() == m_model->summary(row).occurrenceId) {
        return true;
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    showCurrent();
    return true;
}

void EventsView::showCurrent()
{
    if (m_quiet)
        return;
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const EventSummary &s = m_model->summary(m_proxy->mapToSource(current).row());
    if (s.eventId != m_detail->eventId() || s.occurrenceId != m_detail->occurrenceId())
        m_detail->setEvent(s.eventId, s.occurrenceId);
}

} // namespace temaplan::app
