#pragma once

#include "recordroom.h"

namespace temaplan::app {

class SeriesForm;

// The "Serier" room: runs of meetings, with the events that belong to each.
class SeriesView final : public RecordRoomOf<EventSeries>
{
    Q_OBJECT

public:
    explicit SeriesView(LibrarySession *session, QWidget *parent = nullptr);

    SeriesForm *form() const { return m_form; }
    LinkList *eventLinks() const { return m_events; }

protected:
    Result<QList<RecordRow>> readRows(Library &library) const override;
    Status showRecord(Library &library, const Id &id) override;

private:
    SeriesForm *m_form;
    LinkList *m_events;
};

} // namespace temaplan::app
