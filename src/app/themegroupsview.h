#pragma once

#include "recordroom.h"

namespace temaplan::app {

class ThemeGroupForm;

// The "Temagrupper" room: each group with its former names, organiser, texts and
// contacts, and the events held under it (a double-click opens one).
class ThemeGroupsView final : public RecordRoomOf<ThemeGroup>
{
    Q_OBJECT

public:
    explicit ThemeGroupsView(LibrarySession *session, QWidget *parent = nullptr);

    ThemeGroupForm *form() const { return m_form; }
    LinkList *eventLinks() const { return m_events; }

protected:
    Result<QList<RecordRow>> readRows(Library &library) const override;
    Status showRecord(Library &library, const Id &id) override;

private:
    ThemeGroupForm *m_form;
    LinkList *m_events;
};

} // namespace temaplan::app
