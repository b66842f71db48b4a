#pragma once

#include "recordroom.h"

namespace temaplan::app {

class PersonForm;

// The "Personer" room: speakers, contacts and facilitators, with the slots each one
// spoke in; a slot opens its event.
class PeopleView final : public RecordRoomOf<Person>
{
    Q_OBJECT

public:
    explicit PeopleView(LibrarySession *session, QWidget *parent = nullptr);

    PersonForm *form() const { return m_form; }
    LinkList *slotLinks() const { return m_slots; }

protected:
    Result<QList<RecordRow>> readRows(Library &library) const override;
    Status showRecord(Library &library, const Id &id) override;

private:
    PersonForm *m_form;
    LinkList *m_slots;
};

} // namespace temaplan::app
