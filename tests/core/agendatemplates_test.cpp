#include "core/agendarules.h"
#include "core/agendatemplates.h"
#include "core/libraryjson.h"
#include "core/references.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace temaplan;
using namespace Qt::Literals::StringLiterals;

namespace {

AgendaSlot slot(int hour, int minute, const QString &title, SlotKind kind = SlotKind::Session)
{
    AgendaSlot s;
    s.id = newId();
    s.start = QTime(hour, minute);
    s.kind = kind;
    s.title = title;
    return s;
}

// A morning: welcome, a case presented by two speakers, a break with a fixed time.
Occurrence morning(const Id &person, const Id &other, const Id &caseId)
{
    Occurrence o;
    o.id = newId();
    o.date = CalendarDate{2024, 12, 6};
    o.start = QTime(9, 30);
    o.end = QTime(12, 0);
    o.venueId = newId();
    AgendaSlot welcome = slot(9, 30, u"Velkomst"_s, SlotKind::Welcome);
    AgendaSlot talk = slot(9, 45, u"Gladsaxe – 'Social balance'"_s);
    talk.end = QTime(10, 30);
    talk.description = {TextBlock{TextBlock::Kind::Bullet, u"De tre spor"_s}};
    talk.speakers = {SlotSpeaker{person, SpeakerRole::Speaker, u"leder af strategien"_s},
                     SlotSpeaker{other, SpeakerRole::Moderator, {}}};
    talk.caseIds = {caseId};
    AgendaSlot pause = slot(10, 30, u"Pause"_s, SlotKind::Break);
    pause.fixedTime = true;
    o.agenda = {welcome, talk, pause};
    return o;
}

QSet<Id> slotIds(const Agenda &agenda)
{
    QSet<Id> ids;
    for (const AgendaSlot &s : agenda)
        ids.insert(s.id);
    return ids;
}

// The agenda with ids left out, to compare what a template keeps.
Agenda withoutIds(Agenda agenda)
{
    for (AgendaSlot &s : agenda)
        s.id = {};
    return agenda;
}

} // namespace

TEST_CASE("A template keeps an occurrence's programme under ids of its own", "[templates]")
{
    const Id mette = newId(), mia = newId(), socialBalance = newId();
    const Occurrence o = morning(mette, mia, socialBalance);
    const AgendaTemplate t = templates::fromOccurrence(o, u"  Temamøde, formiddag "_s);

    CHECK(t.name == u"Temamøde, formiddag"_s);
    CHECK_FALSE(t.id.isNull());
    CHECK(t.id != o.id);
    CHECK(t.start == QTime(9, 30));
    CHECK(t.end == QTime(12, 0));
    CHECK(withoutIds(t.agenda) == withoutIds(o.agenda));
    CHECK((slotIds(t.agenda) & slotIds(o.agenda)).isEmpty());
    CHECK(slotIds(t.agenda).size() == 3);
}

TEST_CASE("A new agenda from a template keeps or clears speakers and cases, never times",
          "[templates]")
{
    const Id mette = newId(), mia = newId(), socialBalance = newId();
    const AgendaTemplate t =
        templates::fromOccurrence(morning(mette, mia, socialBalance), u"Formiddag"_s);

    const Agenda kept = templates::agendaFrom(t, {true, true});
    CHECK(withoutIds(kept) == withoutIds(t.agenda));
    CHECK((slotIds(kept) & slotIds(t.agenda)).isEmpty());
    CHECK(kept[1].speakers.size() == 2);
    CHECK(kept[1].caseIds == QList<Id>{socialBalance});

    const Agenda cleared = templates::agendaFrom(t, {false, false});
    REQUIRE(cleared.size() == 3);
    for (int i = 0; i < cleared.size(); ++i) {
        CHECK(cleared[i].speakers.isEmpty());
        CHECK(cleared[i].caseIds.isEmpty());
        CHECK(cleared[i].start == t.agenda[i].start);
        CHECK(cleared[i].end == t.agenda[i].end);
        CHECK(cleared[i].title == t.agenda[i].title);
        CHECK(cleared[i].kind == t.agenda[i].kind);
        CHECK(cleared[i].fixedTime == t.agenda[i].fixedTime);
        CHECK(cleared[i].description == t.agenda[i].description);
    }

    const Agenda speakersOnly = templates::agendaFrom(t, {true, false});
    CHECK(speakersOnly[1].speakers == t.agenda[1].speakers);
    CHECK(speakersOnly[1].caseIds.isEmpty());

    // Two uses of one template never share a slot id.
    CHECK((slotIds(templates::agendaFrom(t, {})) & slotIds(kept)).isEmpty());
}

TEST_CASE("A new event from a template has one undated occurrence with the template's day",
          "[templates]")
{
    const AgendaTemplate t =
        templates::fromOccurrence(morning(newId(), newId(), newId()), u"Formiddag"_s);
    const Event e = templates::eventFrom(t, {false, true}, u"Temamøde i Vejle"_s);
    CHECK_FALSE(e.id.isNull());
    CHECK(e.title == u"Temamøde i Vejle"_s);
    REQUIRE(e.occurrences.size() == 1);
    const Occurrence &o = e.occurrences.first();
    CHECK_FALSE(o.id.isNull());
    CHECK(o.date.isNull());
    CHECK(o.venueId.isNull());
    CHECK(o.start == QTime(9, 30));
    CHECK(o.end == QTime(12, 0));
    REQUIRE(o.agenda.size() == 3);
    CHECK(o.agenda[1].speakers.isEmpty());
    CHECK(o.agenda[1].caseIds.size() == 1);
}

TEST_CASE("A template goes through JSON and back unchanged", "[templates][json]")
{
    const Id mette = newId(), mia = newId(), socialBalance = newId();
    const AgendaTemplate t =
        templates::fromOccurrence(morning(mette, mia, socialBalance), u"Formiddag"_s);

    const json::Json j = json::toJson(t);
    CHECK(j.at("name") == "Formiddag");
    CHECK(j.at("start") == "09:30");
    CHECK(j.at("agenda").size() == 3);
    CHECK(j.at("agenda").at(2).at("fixedTime") == true);
    const Result<AgendaTemplate> back = json::templateFromJson(j);
    REQUIRE(back.ok());
    CHECK(*back == t);

    SECTION("a template without a name is refused with its place")
    {
        json::Json bad = j;
        bad.erase("name");
        const Result<AgendaTemplate> r = json::templateFromJson(bad, "/templates/0");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message == u"/templates/0/name: feltet mangler"_s);
    }
    SECTION("a slot's bad time names the slot")
    {
        json::Json bad = j;
        bad["agenda"][1]["start"] = "9.45";
        const Result<AgendaTemplate> r = json::templateFromJson(bad, "/templates/0");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.startsWith(u"/templates/0/agenda/1/start: "_s));
    }
    SECTION("its first slot cannot share a row, as an event's cannot")
    {
        json::Json shared = j;
        shared["agenda"][1]["sharesRowWithPrevious"] = true;
        REQUIRE(json::templateFromJson(shared, "/templates/0").ok());
        json::Json bad = j;
        bad["agenda"][0]["sharesRowWithPrevious"] = true;
        const Result<AgendaTemplate> r = json::templateFromJson(bad, "/templates/0");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.startsWith(
            u"/templates/0/agenda/0/sharesRowWithPrevious: det første programpunkt"_s));
    }
}

TEST_CASE("Templates travel in the library document, after the events", "[templates][json]")
{
    LibraryContents c;
    Person mette{newId(), u"Mette Dybkjær"_s, {}, {}, {}, {}, {}};
    c.people = {mette};
    Case socialBalance;
    socialBalance.id = newId();
    socialBalance.title = u"Social balance"_s;
    c.cases = {socialBalance};

    // Without templates the document has no "templates" key: the bytes it had before.
    CHECK_FALSE(json::writeLibraryJson(c).contains("\"templates\""));

    c.templates = {
        templates::fromOccurrence(morning(mette.id, mette.id, socialBalance.id), u"B"_s),
        templates::fromOccurrence(morning(mette.id, mette.id, socialBalance.id), u"A"_s)};
    const QByteArray bytes = json::writeLibraryJson(c);
    CHECK(bytes.indexOf("\"templates\"") > bytes.indexOf("\"events\""));
    const Result<LibraryContents> back = json::readLibraryJson(bytes);
    REQUIRE(back.ok());
    CHECK(back->templates.size() == 2);
    CHECK(json::writeLibraryJson(*back) == bytes);

    // The template's speakers and cases are references, named by their place.
    QStringList pointers;
    for (const ReferenceAt &ref : referencesOf(*back)) {
        if (QString::fromStdString(ref.pointer).startsWith(u"/templates/"_s))
            pointers.append(QString::fromStdString(ref.pointer));
    }
    CHECK(pointers.contains(u"/templates/0/agenda/1/speakers/0/person"_s));
    CHECK(pointers.contains(u"/templates/1/agenda/1/cases/0"_s));

    SECTION("a slot id used twice in the file is refused")
    {
        LibraryContents twice = c;
        twice.templates[1].agenda[0].id = twice.templates[0].agenda[0].id;
        const Result<LibraryContents> r = json::readLibraryJson(json::writeLibraryJson(twice));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(u"findes mere end én gang"_s));
    }
}

TEST_CASE("A slot moved to another row takes the steps of moving it one row at a time",
          "[templates][rules]")
{
    Agenda a = {slot(9, 30, u"A"_s), slot(10, 0, u"B"_s), slot(10, 15, u"C"_s),
                slot(11, 0, u"D"_s)};
    a[3].end = QTime(11, 30);

    const auto down = agenda::moveSlotTo(a, 0, 2);
    REQUIRE(down);
    auto stepwise = agenda::moveSlot(a, 0, 1);
    REQUIRE(stepwise);
    stepwise = agenda::moveSlot(*stepwise, 1, 1);
    REQUIRE(stepwise);
    CHECK(*down == *stepwise);
    CHECK((*down)[2].title == u"A"_s);
    CHECK((*down)[0].start == QTime(9, 30)); // B now opens the day
    CHECK((*down)[1].start == QTime(9, 45));
    CHECK((*down)[2].start == QTime(10, 30)); // A keeps its half hour, after C

    const auto up = agenda::moveSlotTo(*down, 2, 0);
    REQUIRE(up);
    CHECK(*up == a);

    CHECK(agenda::moveSlotTo(a, 1, 1) == std::optional<Agenda>(a));
    CHECK_FALSE(agenda::moveSlotTo(a, 0, 4));
    CHECK_FALSE(agenda::moveSlotTo(a, -1, 2));
}
