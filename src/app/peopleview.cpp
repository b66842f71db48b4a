#include "peopleview.h"

#include "casetext.h"
#include "personform.h"
#include "recordlistmodel.h"

#include "core/danishtext.h"

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

PeopleView::PeopleView(LibrarySession *session, QWidget *parent)
    : RecordRoomOf<Person>(session, tr("Ny person"), parent)
    , m_form(new PersonForm(session, this))
{
    setObjectName(u"peopleView"_s);
    setTexts(tr("Filtrér personer efter navn, titel, organisation eller mail"), tr("Navn"),
             tr("Organisation"), tr("&Ny person"), tr("&Slet person"));
    setForm(m_form);
    m_slots = addLinks(tr("<b>Oplæg</b> (dobbeltklik åbner arrangementet)"), u"personSlots"_s,
                       {tr("Dato"), tr("Arrangement"), tr("Programpunkt")},
                       tr("Ingen oplæg i programmerne"));
    m_contactCases = addLinks(tr("<b>Kontaktperson for cases</b> (dobbeltklik åbner casen)"),
                              u"personContactCases"_s, {tr("Titel"), tr("Ejer"), tr("År")},
                              tr("Ikke kontaktperson for nogen case"));
}

Result<QList<RecordRow>> PeopleView::readRows(Library &) const
{
    QHash<Id, QString> names;
    for (const Organisation &o : organisations())
        names.insert(o.id, o.shortName.isEmpty() ? o.name : o.shortName);
    QList<RecordRow> rows;
    for (const Person &p : people())
        rows.append({p.id, p.name, names.value(p.organisationId),
                     QStringList{p.title, p.department, p.email, p.phone}.join(u' ')});
    return rows;
}

Status PeopleView::showRecord(Library &library, const Id &id)
{
    auto person = library.people().get(id);
    if (!person)
        return person.error();
    m_form->showPerson(*person, organisations());
    auto slots = library.slotsOfPerson(id);
    if (!slots)
        return slots.error();
    m_slots->clearLinks();
    for (const SlotReference &s : std::as_const(*slots)) {
        const QString date = s.date.isNull() ? tr("uden dato") : danish::formatDate(s.date, true);
        m_slots->addLink({date, s.eventTitle, s.slotTitle},
                         {RecordKind::Event, s.eventId, s.occurrenceId});
    }
    m_slots->finish();

    auto cases = library.casesWithContact(id);
    if (!cases)
        return cases.error();
    m_contactCases->clearLinks();
    for (const CaseRow &c : std::as_const(*cases))
        m_contactCases->addLink({c.title, c.owner, casePeriod(c.startYear, c.endYear)},
                                {RecordKind::Case, c.caseId, {}});
    m_contactCases->finish();
    return {};
}

} // namespace temaplan::app
