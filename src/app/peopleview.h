#pragma once

#include "recordroom.h"

namespace temaplan::app {

class PersonForm;

// The "Personer" room: speakers, contacts and facilitators, with the slots each one
// spoke in and the cases whose contact they are; a slot opens its event, a case the
// case room.
class PeopleView final : public RecordRoomOf<Person>
{
    Q_OBJECT

public:
    explicit PeopleView(LibrarySession *session, QWidget *parent = nullptr);

    PersonForm *form() const { return m_form; }
    LinkList *slotLinks() const { return m_slots; }
    LinkList *contactCaseLinks() const { return m_contactCases; }

protected:
    Result<QList<RecordRow>> readRows(Library &library) const override;
    Status showRecord(Library &library, const Id &id) override;

private:
    PersonForm *m_form;
    LinkList *m_slots;
    LinkList *m_contactCases;
};

} // namespace temaplan::app
