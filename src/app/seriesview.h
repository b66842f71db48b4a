#pragma once

#include "recordroom.h"

#include "core/organisation.h"
#include "core/person.h"

namespace temaplan::app {

class SeriesForm;

// The "Serier" room: runs of meetings, with the events that belong to each.
class SeriesView final : public RecordRoom
{
    Q_OBJECT

public:
    explicit SeriesView(LibrarySession *session, QWidget *parent = nullptr);

    SeriesForm *form() const { return m_form; }
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
    SeriesForm *m_form;
    LinkList *m_events;
    mutable QList<Organisation> m_organisations;
    mutable QList<Person> m_people;
};

} // namespace temaplan::app
