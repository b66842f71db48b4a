#include "eventlistmodel.h"

#include "displaytext.h"

#include "store/library.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

EventListModel::EventListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

Status EventListModel::reload(const Library *library)
{
    QList<EventSummary> rows;
    Status status;
    if (library) {
        auto found = library->findEvents({});
        if (found)
            rows = std::move(found).value();
        else
            status = found.error();
    }
    // The list is sorted by date as soon as it is reset: made once per row, not at every
    // comparison (two per comparison, some 40 000 for 2 000 events).
    QStringList dateKeys;
    dateKeys.reserve(rows.size());
    for (const EventSummary &s : std::as_const(rows))
        dateKeys.append(s.date.toIso() + u' ' + s.start.toString(u"HH:mm"_s));
    beginResetModel();
    m_rows = std::move(rows);
    m_dateKeys = std::move(dateKeys);
    endResetModel();
    return status;
}

int EventListModel::rowOf(const Id &eventId, const Id &occurrenceId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const EventSummary &s = m_rows.at(row);
        if (s.eventId == eventId && (occurrenceId.isNull() || s.occurrenceId == occurrenceId))
            return row;
    }
    return -1;
}

int EventListModel::eventCount() const
{
    QSet<Id> events;
    for (const EventSummary &s : m_rows)
        events.insert(s.eventId);
    return int(events.size());
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const EventSummary &s = m_rows.at(index.row());
    switch (role) {
    case EventIdRole:
        return s.eventId;
    case OccurrenceIdRole:
        return s.occurrenceId;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return s.title;
        break;
    case SortRole:
        if (index.column() == DateColumn)
            return m_dateKeys.at(index.row());
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return s.date.isNull() ? tr("dato ikke fastlagt") : displayDate(s.date, true);
        case TitleColumn:
            return s.title;
        case PlaceColumn:
            return s.place.isEmpty() ? tr("oplyses snarest") : s.place;
        case KindColumn:
            return eventKindName(s.kind);
        case GroupColumn:
            return s.themeGroup.isEmpty() ? s.series : s.themeGroup;
        default:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Dato");
    case TitleColumn:
        return tr("Titel");
    case PlaceColumn:
        return tr("Sted");
    case KindColumn:
        return tr("Type");
    case GroupColumn:
        return tr("Temagruppe");
    default:
        return {};
    }
}

} // namespace temaplan::app
