#include "seedprogramme.h"

using namespace Qt::Literals::StringLiterals;
using namespace temaplan;

namespace seed {

namespace {

Person person(const QString &name, const QString &title = {})
{
    Person p;
    p.id = newId();
    p.name = name;
    p.title = title;
    return p;
}

Case caseRecord(const QString &title)
{
    Case c;
    c.id = newId();
    c.title = title;
    return c;
}

AgendaSlot slot(QTime start, SlotKind kind, const QString &title)
{
    AgendaSlot s;
    s.id = newId();
    s.start = start;
    s.kind = kind;
    s.title = title;
    return s;
}

SlotSpeaker speaker(const Person &p, const QString &roleText = {})
{
    return SlotSpeaker{p.id, SpeakerRole::Speaker, roleText};
}

} // namespace

Lookups Programme::lookups() const
{
    Lookups l;
    const QList<Person> everyone = people;
    const QList<Case> all = cases;
    l.person = [everyone](const Id &id) -> std::optional<Person> {
        for (const Person &p : everyone)
            if (p.id == id)
                return p;
        return std::nullopt;
    };
    l.caseRecord = [all](const Id &id) -> std::optional<Case> {
        for (const Case &c : all)
            if (c.id == id)
                return c;
        return std::nullopt;
    };
    return l;
}

Programme gladsaxe()
{
    Programme p;
    const Person mia = person(u"Mia"_s);
    const Person malene = person(u"Malene"_s);
    const Person pernille = person(u"Pernille"_s);
    const Person mette = person(u"Mette Dybkjær"_s);
    const Person maleneSk = person(u"Malene Steiniche Kjær"_s);
    const Person vibeke = person(u"Vibeke Skøtt"_s);
    const Person pta =
        person(u"Pernille Tanggaard Andersen"_s,
               u"Professor og forskningsleder ved Det Sundhedsvidenskabelige Fakultet"_s);
    p.people = {mia, malene, pernille, mette, maleneSk, vibeke, pta};
    const Case socialBalance = caseRecord(u"Social balance"_s);
    const Case naermiljoe = caseRecord(u"Nærmiljøprojekter"_s);
    const Case baeredygtig = caseRecord(u"Bæredygtige lokalsamfund"_s);
    p.cases = {socialBalance, naermiljoe, baeredygtig};

    Agenda a;
    a << slot(QTime(9, 30), SlotKind::Meal, u"Let morgenforplejning"_s);
    AgendaSlot welcome =
        slot(QTime(10, 0), SlotKind::Welcome, u"Velkomst og intro til dagen og håndbogen"_s);
    welcome.speakers = {speaker(mia), speaker(malene), speaker(pernille)};
    a << welcome;
    AgendaSlot gladsaxe = slot(QTime(10, 30), SlotKind::Session, u"Gladsaxe – 'Social balance'"_s);
    gladsaxe.speakers = {speaker(mette, u"leder af strategien"_s)};
    gladsaxe.caseIds = {socialBalance.id};
    gladsaxe.description = descriptionFromMarkup(
        u"• Kort om Strategien Social Balance og en uddybning af de tre spor\n"
        "• Hvordan fungerer lokale partnerskaber mellem kommune og boligforeninger?\n"
        "• Hvordan samarbejder Social balance med de kommunale forvaltninger?"_s);
    a << gladsaxe;
    a << slot(QTime(11, 15), SlotKind::Session,
              u"Effektmål, indikatorer og data i Social Balance"_s);
    AgendaSlot silkeborg =
        slot(QTime(12, 0), SlotKind::Session, u"Silkeborg Kommune – 'Nærmiljøprojekter'"_s);
    silkeborg.speakers = {speaker(maleneSk, u"projektleder"_s)};
    silkeborg.caseIds = {naermiljoe.id};
    a << silkeborg;
    AgendaSlot lunch = slot(QTime(12, 45), SlotKind::Meal, u"Frokost"_s);
    lunch.end = QTime(13, 15);
    lunch.fixedTime = true;
    a << lunch;
    AgendaSlot middelfart = slot(QTime(13, 15), SlotKind::Session,
                                 u"Middelfart Kommune – 'Bæredygtige lokalsamfund'"_s);
    middelfart.speakers = {speaker(vibeke, u"projektleder"_s)};
    middelfart.caseIds = {baeredygtig.id};
    a << middelfart;
    AgendaSlot lup = slot(QTime(14, 0), SlotKind::Session, u"Vi ser med LUP på sundheden"_s);
    lup.speakers = {speaker(pta)};
    a << lup;
    AgendaSlot closing = slot(QTime(14, 45), SlotKind::Closing, u"Afrunding og tak for i dag"_s);
    closing.end = QTime(15, 0);
    a << closing;

    p.occurrence.id = newId();
    p.occurrence.date = CalendarDate::dayAndMonth(12, 6);
    p.occurrence.end = QTime(15, 0);
    p.occurrence.agenda = a;
    return p;
}

} // namespace seed
