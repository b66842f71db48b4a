#pragma once

#include "core/ids.h"
#include "core/result.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace temaplan::app {

class EventDetailView;
class EventListModel;
class LibrarySession;

// The "Arrangementer" room: every event by date on the left, the chosen one on the right.
class EventsView final : public QWidget
{
    Q_OBJECT

public:
    explicit EventsView(LibrarySession *session, QWidget *parent = nullptr);

    // Reads the list again, keeping the selection when the event is still there.
    void reload();
    // After an edit, its undo or redo wrote the event: the list is read again and the
    // event shown where the edit was, or, when it is gone, the nearest one.
    void showWritten(const Id &eventId, const Id &occurrenceId, int slotRow);
    // Selects the row of that occurrence (null: the event's first row) and shows it.
    bool selectEvent(const Id &eventId, const Id &occurrenceId = {});

    QTableView *table() const { return m_table; }
    EventListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    EventDetailView *detail() const { return m_detail; }
    QLineEdit *filterField() const { return m_filter; }

Q_SIGNALS:
    void caseRequested(const temaplan::Id &caseId);
    void failed(const temaplan::Error &error);

private:
    void showCurrent();
    void selectNearest();
    void reloadList();
    void sizeColumns();

    LibrarySession *m_session;
    EventListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    EventDetailView *m_detail;
    bool m_quiet = false; // the list is being read again: the detail stays as it is
};

} // namespace temaplan::app
