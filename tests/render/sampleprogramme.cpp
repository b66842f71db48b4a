#include "sampleprogramme.h"

using namespace Qt::Literals::StringLiterals;
using namespace temaplan;

namespace {

const QString seedTitle =
    u"Temagruppemøde om lokalsamfund som sundhedsfremmende arenaer – fra politik til praksis"_s;
const QString seedNote = u"Som deltager vil det være en fordel at have læst de cases, der "
                         u"præsenteres på dagen på forhånd. "
                         "Links findes under de tilhørende programpunkter."_s;

Organisation sundByNetvaerket()
{
    Organisation o;
    o.id = newId();
    o.name = u"Sund By Netværket"_s;
    o.kind = OrganisationKind::Network;
    o.letterhead.careOf = u"c/o KL-huset"_s;
    o.letterhead.street = u"Weidekampsgade 10"_s;
    o.letterhead.postcode = u"2300"_s;
    o.letterhead.town = u"København S"_s;
    o.letterhead.phone = u"3370 3580"_s;
    o.letterhead.email = u"post@sundbynetvaerket.dk"_s;
    o.letterhead.web = u"www.sund-by-net.dk"_s;
    o.letterhead.tagline =
        u"Sund By Netværket – en del af noget større.\n"
        "Det nationale WHO Healthy Cities Network arbejder for at skabe rammer for et godt liv i "
        "bæredygtige byer – Vi bidrager til Agenda 2030."_s;
    o.letterhead.colour = u"#1f6f5c"_s;
    return o;
}

AgendaSlot slot(int h, int m, SlotKind kind, const QString &title)
{
    AgendaSlot s;
    s.id = newId();
    s.start = QTime(h, m);
    s.kind = kind;
    s.title = title;
    return s;
}

TextBlock bullet(const QString &text)
{
    return {TextBlock::Kind::Bullet, text};
}
TextBlock paragraph(const QString &text)
{
    return {TextBlock::Kind::Paragraph, text};
}

SlotSpeaker speaker(const Id &person, const QString &role = {})
{
    return SlotSpeaker{person, SpeakerRole::Speaker, role};
}

SampleProgramme withOrganiserAndVenue()
{
    SampleProgramme p;
    const Organisation org = sundByNetvaerket();
    p.organisations.insert(org.id, org);
    Venue v;
    v.id = newId();
    v.name = u"Gladsaxe Rådhus"_s;
    v.town = u"Gladsaxe"_s;
    p.venues.insert(v.id, v);

    p.event.id = newId();
    p.event.kind = EventKind::ThemeMeeting;
    p.event.title = seedTitle;
    p.event.participantNote = seedNote;
    p.event.organiserIds = {org.id};
    Occurrence o;
    o.id = newId();
    o.date = CalendarDate{2024, 12, 6};
    o.venueId = v.id;
    p.event.occurrences = {o};
    return p;
}

} // namespace

Id SampleProgramme::addPerson(const QString &name, const QString &title)
{
    Person person;
    person.id = newId();
    person.name = name;
    person.title = title;
    people.insert(person.id, person);
    return person.id;
}

Id SampleProgramme::addCase(const QString &title, const QString &url)
{
    Case c;
    c.id = newId();
    c.title = title;
    c.links = {DocumentLink{u"Casen"_s, url}};
    cases.insert(c.id, c);
    return c.id;
}

render::ProgrammeInput SampleProgramme::input() const
{
    render::ProgrammeInput in;
    in.event = event;
    in.currentYear = 2024;
    in.generatedAt = QDateTime(QDate(2024, 11, 1), QTime(9, 0), Qt::UTC);
    // The lookups own copies, so the input outlives this SampleProgramme.
    in.lookups.person = [m = people](const Id &id) {
        return m.contains(id) ? std::optional(m[id]) : std::nullopt;
    };
    in.lookups.organisation = [m = organisations](const Id &id) {
        return m.contains(id) ? std::optional(m[id]) : std::nullopt;
    };
    in.lookups.venue = [m = venues](const Id &id) {
        return m.contains(id) ? std::optional(m[id]) : std::nullopt;
    };
    in.lookups.caseRecord = [m = cases](const Id &id) {
        return m.contains(id) ? std::optional(m[id]) : std::nullopt;
    };
    return in;
}

SampleProgramme seedProgramme()
{
    SampleProgramme p = withOrganiserAndVenue();
    Agenda &a = p.event.occurrences.first().agenda;

    a << slot(9, 30, SlotKind::Meal, u"Let morgenforplejning"_s);

    AgendaSlot welcome =
        slot(10, 0, SlotKind::Welcome, u"Velkomst og intro til dagen og håndbogen"_s);
    welcome.speakers = {speaker(p.addPerson(u"Mia"_s)), speaker(p.addPerson(u"Malene"_s)),
                        speaker(p.addPerson(u"Pernille"_s))};
    welcome.sharesRowWithPrevious = true; // "9.30 10.00 | Let morgenforplejning Velkomst …"
    a << welcome;

    AgendaSlot gladsaxe = slot(10, 30, SlotKind::Session, u"Gladsaxe – 'Social balance'"_s);
    gladsaxe.speakers = {speaker(p.addPerson(u"Mette Dybkjær"_s), u"leder af strategien"_s)};
    gladsaxe.description = {
        bullet(
            u"Kort om Strategien Social Balance og en uddybning af de tre spor; Organisatorisk, social og fysisk spor"_s),
        bullet(u"Hvordan fungerer lokale partnerskaber mellem kommune og boligforeninger og evt. "
               u"andre "
               "organisationer, og hvordan spiller de sammen med Social Balance?"_s),
        bullet(u"Hvordan samarbejder Social balance med de kommunale forvaltninger?"_s)};
    gladsaxe.caseIds = {
        p.addCase(u"Social balance"_s, u"https://www.sund-by-net.dk/cases/social-balance"_s)};
    a << gladsaxe;

    AgendaSlot effekt =
        slot(11, 15, SlotKind::Session, u"Effektmål, indikatorer og data i Social Balance"_s);
    effekt.description = {paragraph(u"I Social Balance arbejder man med ni effektmål og der til "
                                    u"hørende indikatorer. Hør om, hvordan "
                                    "Social balance er kommet frem til disse, og hvordan der "
                                    "bliver arbejdet med dem i strategien. Der er "
                                    "desuden udarbejdet et spørgeskema med udgangspunkt i disse "
                                    "mål og indikatorer, og vi vil fortælle "
                                    "om, hvordan dette redskab bruges i Social Balance."_s)};
    a << effekt;

    AgendaSlot silkeborg =
        slot(12, 0, SlotKind::Session, u"Silkeborg Kommune – 'Nærmiljøprojekter'"_s);
    silkeborg.speakers = {speaker(p.addPerson(u"Malene Steiniche Kjær"_s), u"projektleder"_s)};
    silkeborg.description = {
        paragraph(u"Malene vil bl.a. komme ind på, hvordan en social brobygger arbejder med"_s),
        bullet(u"at opbygge kapacitet i lokalsamfundet og i kommunen"_s),
        bullet(u"at bygge bro mellem borger og fællesskaber samt mellem borger og systemer"_s),
        bullet(u"at sikre koordination og samarbejde mellem kommunale organisationer og "
               u"civilsamfundet i "
               "lokalsamfundet."_s)};
    silkeborg.caseIds = {p.addCase(u"Nærmiljøprojekter"_s,
                                   u"https://www.sund-by-net.dk/cases/naermiljoeprojekter"_s)};
    a << silkeborg;

    a << slot(12, 45, SlotKind::Meal, u"Frokost"_s);

    AgendaSlot middelfart =
        slot(13, 15, SlotKind::Session, u"Middelfart Kommune – 'Bæredygtige lokalsamfund'"_s);
    middelfart.speakers = {speaker(p.addPerson(u"Vibeke Skøtt"_s), u"projektleder"_s)};
    middelfart.description = {
        bullet(u"Hvilken proces bliver lokalsamfundene tilbudt i Bæredygtige lokalsamfund?"_s),
        bullet(u"Hvad sker der, når lokalpolitikere er med i udviklingen af det lokale liv?"_s),
        bullet(u"Hvad kan en lokal udviklingsplan (LUP), og hvordan bliver der arbejdet med den i "
               "Middelfart Kommune?"_s)};
    middelfart.caseIds = {
        p.addCase(u"Bæredygtige lokalsamfund"_s,
                  u"https://www.sund-by-net.dk/cases/baeredygtige-lokalsamfund"_s)};
    a << middelfart;

    AgendaSlot lup = slot(14, 0, SlotKind::Session, u"Vi ser med LUP på sundheden"_s);
    lup.speakers = {speaker(
        p.addPerson(u"Pernille Tanggaard Andersen"_s,
                    u"Professor og forskningsleder ved Det Sundhedsvidenskabelige Fakultet."_s))};
    lup.description = {paragraph(u"Pernille vil bidrage med en undersøgelse af, hvad der sker, når "
                                 u"der i lokalsamfunds lokale "
                                 "udviklingsplaner (LUP'er) er taget et valg om at arbejde "
                                 "strategisk og målrettet med at styrke "
                                 "sundhed, trivsel og tryghed."_s)};
    a << lup;

    AgendaSlot closing = slot(14, 45, SlotKind::Closing, u"Afrunding og tak for i dag"_s);
    closing.end = QTime(15, 0);
    a << closing;
    return p;
}

QStringList seedProgrammeTextInOrder()
{
    return {seedTitle,
            seedNote,
            u"Den 6. december i Gladsaxe"_s,
            u"9.30 / 10.00"_s,
            u"Let morgenforplejning"_s,
            u"Velkomst og intro til dagen og håndbogen ved Mia, Malene og Pernille"_s,
            u"10.30"_s,
            u"Gladsaxe – 'Social balance' ved leder af strategien Mette Dybkjær"_s,
            u"Link til casen"_s,
            u"11.15"_s,
            u"Effektmål, indikatorer og data i Social Balance"_s,
            u"12.00"_s,
            u"Silkeborg Kommune – 'Nærmiljøprojekter' ved projektleder Malene Steiniche Kjær"_s,
            u"12.45"_s,
            u"Frokost"_s,
            u"13.15"_s,
            u"Middelfart Kommune – 'Bæredygtige lokalsamfund' ved projektleder Vibeke Skøtt"_s,
            u"14.00"_s,
            u"Vi ser med LUP på sundheden ved Pernille Tanggaard Andersen, Professor og "
            "forskningsleder ved Det Sundhedsvidenskabelige Fakultet."_s,
            u"14.45"_s,
            u"Afrunding og tak for i dag. Vi slutter kl. 15.00."_s};
}

SampleProgramme longProgramme(int slots)
{
    SampleProgramme p = withOrganiserAndVenue();
    Agenda &a = p.event.occurrences.first().agenda;
    const QStringList themes = {u"Lokale partnerskaber"_s, u"Social brobygning"_s,
                                u"Data og indikatorer"_s, u"Borgerinddragelse"_s,
                                u"Lokale udviklingsplaner"_s};
    const Id speakerId = p.addPerson(u"Vibeke Skøtt"_s);
    QTime t(8, 0);
    for (int n = 1; n <= slots; ++n) {
        AgendaSlot s = slot(t.hour(), t.minute(), SlotKind::Session,
                            u"Emne %1 – %2"_s.arg(n).arg(themes[n % themes.size()]));
        s.speakers = {speaker(speakerId, u"projektleder"_s)};
        // Lengths vary so that page ends fall in different places of a slot.
        for (int i = 0; i < n % 4; ++i)
            s.description << paragraph(
                u"Hvordan fungerer lokale partnerskaber mellem kommune og boligforeninger og "
                "evt. andre organisationer, og hvordan spiller de sammen med strategien?"_s);
        for (int i = 0; i < (n * 7) % 3; ++i)
            s.description << bullet(
                u"at bygge bro mellem borger og fællesskaber samt mellem borger og systemer"_s);
        s.description << paragraph(u"Opsamling på emne %1."_s.arg(n));
        a << s;
        t = t.addSecs(20 * 60);
    }
    return p;
}
