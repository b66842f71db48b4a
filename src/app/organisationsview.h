#pragma once

#include "recordroom.h"

namespace temaplan::app {

class OrganisationForm;

// The "Organisationer" room: municipalities, housing organisations, networks, with
// their letterheads, the people who work there and the cases they own.
class OrganisationsView final : public RecordRoomOf<Organisation>
{
    Q_OBJECT

public:
    explicit OrganisationsView(LibrarySession *session, QWidget *parent = nullptr);

    OrganisationForm *form() const { return m_form; }
    LinkList *peopleLinks() const { return m_people; }
    LinkList *caseLinks() const { return m_cases; }

protected:
    Result<QList<RecordRow>> readRows(Library &library) const override;
    Status showRecord(Library &library, const Id &id) override;

private:
    OrganisationForm *m_form;
    LinkList *m_people;
    LinkList *m_cases;
};

} // namespace temaplan::app
