#include "peopleview.h"

#include "personform.h"
#include "recordcommand.h"
#include "recordlistmodel.h"

#include "core/danishtext.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

PeopleView::PeopleView(LibrarySession *session, QWidget *parent)
    : RecordRoom(session, RecordKind::Person, parent)
{
    setObjectName(u"peopleView"_s);
    setTexts(tr("Filtrér personer efter navn, titel, organisation eller mail"), tr("Navn"),
             tr("Organisation"), tr("&Ny person"), tr("&Slet person"));
    auto *detail = new QWidget(this);
    m_form = new PersonForm(session, detail);
    m_slots = addLinks(detail, u"personSlots"_s, tr("Ingen oplæg i programmerne"));
    auto *layout = new QVBoxLayout(detail);
    layout->addWidget(m_form);
    layout->addWidget(new QLabel(tr("<b>Oplæg</b> (dobbeltklik åbner arrangementet)"), detail));
    layout->addWidget(m_slots);
    layout->addStretch(1);
    setDetail(detail);
}

Result<QList<RecordRow>> PeopleView::readRows(Library &library) const
{
    auto organisations = library.organisations().all();
    if (!organisations)
        return organisations.error();
    m_organisations = std::move(organisations).value();
    auto people = library.people().all();
    if (!people)
        return people.error();
    QHash<Id, QString> names;
    for (const Organisation &o : std::as_const(m_organisations))
        names.insert(o.id, o.shortName.isEmpty() ? o.name : o.shortName);
    QList<RecordRow> rows;
    for (const Person &p : std::as_const(*people)) {
        const QString organisation = names.value(p.organisationId);
        rows.append({p.id, p.name, organisation,
                     QStringList{p.title, p.department, p.email, p.phone}.join(u' ')});
    }
    return rows;
}

Status PeopleView::showRecord(Library &library, const Id &id)
{
    auto person = library.people().get(id);
    if (!person)
        return person.error();
    m_form->showPerson(*person, m_organisations);
    auto slots = library.slotsOfPerson(id);
    if (!slots)
        return slots.error();
    m_slots->clearLinks();
    for (const SlotReference &s : std::as_const(*slots)) {
        const QString date = s.date.isNull() ? tr("uden dato") : danish::formatDate(s.date, true);
        QString text = u"%1 · %2"_s.arg(date, s.eventTitle);
        if (!s.slotTitle.isEmpty())
            text += u" – "_s + s.slotTitle;
        m_slots->addLink(text, {RecordKind::Event, s.eventId, s.occurrenceId});
    }
    m_slots->finish();
    return {};
}

void PeopleView::clearRecord()
{
    m_form->clear();
    m_slots->clearLinks();
}

void PeopleView::setEditable(bool editable)
{
    m_form->setEditable(editable);
}

RecordCommand *PeopleView::creation(Library &)
{
    Person person;
    person.id = newId();
    person.name = tr("Ny person");
    return new RecordChange<Person>(session(), std::nullopt, person, tr("Ny person"));
}

RecordCommand *PeopleView::deletion(Library &library, const Id &id)
{
    auto person = library.people().get(id);
    if (!person)
        return nullptr;
    return new RecordChange<Person>(session(), *person, std::nullopt,
                                    tr("Slet «%1»").arg(person->name));
}

void PeopleView::focusName()
{
    m_form->focusName();
}

} // namespace temaplan::app
