#pragma once

#include "recordroom.h"

#include "core/organisation.h"

namespace temaplan::app {

class PersonForm;

// The "Personer" room: speakers, contacts and facilitators, with the slots each one
// spoke in; a slot opens its event.
class PeopleView final : public RecordRoom
{
    Q_OBJECT

public:
    explicit PeopleView(LibrarySession *session, QWidget *parent = nullptr);

    PersonForm *form() const { return m_form; }
    LinkList *slotLinks() const { return m_slots; }

protected:
    Result<QList<RecordRow>> readRows(Library &library) const override;
    Status showRecord(Library &library, const Id &id) override;
    void clearRecord() override;
    void setEditable(bool editable) override;
    RecordCommand *creation(Library &library) override;
    RecordCommand *deletion(Library &library, const Id &id) override;
    void focusName() override;

private:
    PersonForm *m_form;
    LinkList *m_slots;
    mutable QList<Organisation> m_organisations; // read with the list, the form's choices
};

} // namespace temaplan::app
