#pragma once

#include "recordroom.h"

#include "core/organisation.h"
#include "core/person.h"

namespace temaplan::app {

class ThemeGroupForm;

// The "Temagrupper" room: each group with its former names, organiser, texts and
// contacts, and the events held under it (a double-click opens one).
class ThemeGroupsView final : public RecordRoom
{
    Q_OBJECT

public:
    explicit ThemeGroupsView(LibrarySession *session, QWidget *parent = nullptr);

    ThemeGroupForm *form() const { return m_form; }
    LinkList *eventLinks() const { return m_events; }

protected:
    Result<QList<RecordRow>> readRows(Library &library) const override;
    Status showRecord(Library &library, const Id &id) override;
    void clearRecord() override;
    void setEditable(bool editable) override;
    RecordCommand *creation(Library &library) override;
    RecordCommand *deletion(Library &library, const Id &id) override;
    void focusName() override;

private:
    ThemeGroupForm *m_form;
    LinkList *m_events;
    // Read with the list: the form's choices.
    mutable QList<Organisation> m_organisations;
    mutable QList<Person> m_people;
};

} // namespace temaplan::app
