#pragma once

#include "core/result.h"
#include "store/summaries.h"

#include <QAbstractTableModel>
#include <QList>

namespace temaplan {
class Library;
}

namespace temaplan::app {

// The library's events, one row per occurrence (a theme day in Vejle and København is
// two rows), in the store's date order. Read-only: edits go through the editor's undo
// stack, not through setData().
class EventListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        TitleColumn,
        PlaceColumn,
        KindColumn,
        GroupColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole, // dates without a year first, as the store orders them
        EventIdRole,
        OccurrenceIdRole,
    };

    explicit EventListModel(QObject *parent = nullptr);

    // Reads the events again; an empty list when `library` is null.
    Status reload(const Library *library);

    const EventSummary &summary(int row) const { return m_rows.at(row); }
    int rowOf(const Id &eventId, const Id &occurrenceId) const; // -1 if absent
    int eventCount() const; // events, not rows: a theme day in two places counts once

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<EventSummary> m_rows;
    QStringList m_dateKeys; // SortRole of the date column, row by row
};

} // namespace temaplan::app
