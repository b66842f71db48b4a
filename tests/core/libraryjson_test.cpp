#include "core/libraryjson.h"
#include "core/synthetic.h"

#include <catch2/catch.hpp>

using namespace temaplan;
using namespace Qt::Literals::StringLiterals;

namespace {

// One record of every kind with every field set, so a field the codec forgets to
// write or read shows up as a difference.
LibraryContents everyField()
{
    LibraryContents c;
    Organisation o{newId(), u"Sund By Netværket"_s, u"SBN"_s, OrganisationKind::Network, {}};
    o.letterhead = {u"c/o KL-huset"_s, u"Weidekampsgade 10"_s, u"2300"_s, u"København S"_s, u"+45 1234"_s,
                    u"a@b.dk"_s, u"www.sundbynet.dk"_s, u"WHO Healthy Cities\nDanish Network"_s, u"#00704a"_s,
                    QByteArray("\x89PNG\r\n\x1a\n\x00\x01", 10), u"image/png"_s};
    c.organisations = {o};
    Person p{newId(), u"Mia Butler"_s, u"Sekretariatschef"_s, o.id, u"Sundhed & Ældre"_s, u"+45 5678"_s,
             u"mia@example.dk"_s};
    c.people = {p};
    Venue v{newId(), VenueKind::ToBeAnnounced, u"Rådhuset"_s, u"Rådhuspladsen 2"_s, u"8000"_s, u"Aarhus"_s,
            u"https://meet.example/x"_s};
    c.venues = {v};
    ThemeGroup g;
    g.id = newId();
    g.name = u"Strategisk Lokalsamfundsudvikling"_s;
    g.formerNames = {FormerName{u"Sundhed og Lokalsamfund"_s, CalendarDate{2019, 6, 1}},
                     FormerName{u"Lokalsamfund"_s, {}}};
    g.organiserId = o.id;
    g.background = {TextBlock{TextBlock::Kind::Paragraph, u"Baggrund"_s}};
    g.purpose = {TextBlock{TextBlock::Kind::Bullet, u"Formål"_s}};
    g.audience = {TextBlock{TextBlock::Kind::Paragraph, u"Målgruppe"_s}};
    g.focus = {TextBlock{TextBlock::Kind::Bullet, u"Fokus"_s}};
    g.meetingRhythm = u"3-4 årlige temamøder"_s;
    g.contactIds = {p.id};
    g.documents = {DocumentLink{u"Håndbog"_s, u"https://example.dk/h.pdf"_s}};
    c.themeGroups = {g};
    EventSeries s{newId(), u"Ledernetværket"_s, u"møderække 2018"_s,
                  {TextBlock{TextBlock::Kind::Paragraph, u"Om rækken"_s}}, u"heldagsmøder"_s, {o.id}, {p.id}, {p.id}};
    c.series = {s};
    Case k;
    k.id = newId();
    k.title = u"Social balance"_s;
    k.ownerId = o.id;
    k.summary = {TextBlock{TextBlock::Kind::Paragraph, u"Om casen \"citat\" og \\ skråstreg"_s}};
    k.themes = {u"lokalsamfund"_s, u"ulighed"_s};
    k.links = {DocumentLink{u"Link til casen"_s, u"https://example.dk/c"_s}};
    k.documents = {DocumentLink{u"Slides"_s, {}}};
    k.startYear = 2018;
    k.endYear = 2022;
    k.contactId = p.id;
    c.cases = {k};
    Event e;
    e.id = newId();
    e.kind = EventKind::ThemeDay;
    e.title = u"Temadag"_s;
    e.subtitle = u"Undertitel"_s;
    e.organiserIds = {o.id};
    e.themeGroupId = g.id;
    e.seriesId = s.id;
    e.intro = {TextBlock{TextBlock::Kind::Paragraph, u"Intro"_s}};
    e.participantNote = u"Læs håndbogen"_s;
    e.audience = u"Konsulenter"_s;
    e.registration = {CalendarDate{2024, 11, 20}, u"https://tilmeld.example"_s, u"Gratis"_s};
    e.documents = {DocumentLink{u"Program"_s, u"https://example.dk/p.pdf"_s}};
    e.contactIds = {p.id};
    e.partnerIds = {o.id};
    Occurrence occ{newId(), CalendarDate::dayAndMonth(12, 6), QTime(9, 30), QTime(15, 0), v.id, u"Vejle"_s, {}};
    occ.agenda = {AgendaSlot{newId(), QTime(9, 30), QTime(10, 0), SlotKind::Meal, u"Morgenmad"_s, {}, {}, {}, false},
                  AgendaSlot{newId(), QTime(10, 0), {}, SlotKind::Panel, u"Debat"_s,
                             {TextBlock{TextBlock::Kind::Bullet, u"punkt"_s}},
                             {SlotSpeaker{p.id, SpeakerRole::Moderator, u"ordstyrer"_s}}, {k.id}, true},
                  AgendaSlot{newId(), {}, {}, SlotKind::Session, u"Uden tid"_s, {}, {}, {}, false}};
    occ.agenda[1].sharesRowWithPrevious = true;
    e.occurrences = {occ};
    c.events = {e};
    return c;
}

} // namespace

TEST_CASE("every field of every record survives writing and reading", "[json]")
{
    const LibraryContents c = everyField();
    const QByteArray bytes = json::writeLibraryJson(c);
    const auto back = json::readLibraryJson(bytes);
    REQUIRE(back.ok());
    CHECK(*back == c);
    // Same library, same bytes: written twice, identical.
    CHECK(json::writeLibraryJson(*back) == bytes);
    CHECK(bytes.endsWith("}\n"));
    CHECK(bytes.contains("\n  \"organisations\": ["));
    CHECK(bytes.contains("\"date\": \"--12-06\""));
    CHECK(bytes.contains("\"start\": \"09:30\""));
}

TEST_CASE("empty fields are left out of the file", "[json]")
{
    Case bare;
    bare.id = newId();
    bare.title = u"Kun en titel"_s;
    const json::Json j = json::toJson(bare);
    CHECK(j.size() == 2);
    CHECK(j.begin().key() == "id");
}

TEST_CASE("records are written sorted by id, whatever order they came in", "[json]")
{
    const LibraryContents lib = generateSyntheticLibrary({50, 5, 3});
    const auto back = json::readLibraryJson(json::writeLibraryJson(lib));
    REQUIRE(back.ok());
    for (qsizetype i = 1; i < back->cases.size(); ++i)
        CHECK(idToString(back->cases[i - 1].id) < idToString(back->cases[i].id));
}

TEST_CASE("syntax errors name the line and column", "[json]")
{
    const auto r = json::readLibraryJson("{\n  \"format\": \"temaplan-library\",\n  \"version\": 1,,\n}");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.startsWith(u"linje 3, kolonne"_s));
    const auto empty = json::readLibraryJson("   ");
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().message.contains(u"tom"_s));
}

TEST_CASE("bad values are refused with the JSON pointer of the value", "[json]")
{
    auto errorOf = [](const char *text) {
        const auto r = json::readLibraryJson(QByteArray(text));
        REQUIRE_FALSE(r.ok());
        return r.error().message;
    };
    const char *head = R"({"format": "temaplan-library", "version": 1, )";
    CHECK(errorOf((QByteArray(head) + R"("cases": [{"id": "not-a-uuid", "title": "x"}]})").constData())
              .startsWith(u"/cases/0/id:"_s));
    CHECK(errorOf((QByteArray(head) + R"("cases": [{"id": "33333333-0000-4000-8000-000000000001", "titel": "x"}]})").constData())
              .startsWith(u"/cases/0/title:"_s));
    CHECK(errorOf((QByteArray(head) + R"("cases": [{"id": "33333333-0000-4000-8000-000000000001", "title": "x", "colour": 1}]})").constData())
              .startsWith(u"/cases/0/colour: ukendt felt"_s));
    CHECK(errorOf((QByteArray(head) + R"("venues": [{"id": "33333333-0000-4000-8000-000000000001", "kind": "castle"}]})").constData())
              .contains(u"castle"_s));
    CHECK(errorOf((QByteArray(head) + R"("cases": [{"id": "33333333-0000-4000-8000-000000000001", "title": "a"}, {"id": "33333333-0000-4000-8000-000000000001", "title": "b"}]})").constData())
              .contains(u"mere end én gang"_s));
    CHECK(errorOf(R"({"format": "noget andet", "version": 1})").startsWith(u"/format:"_s));
    CHECK(errorOf(R"([1, 2, 3])").contains(u"objekt"_s));
}

TEST_CASE("times, id lists, text blocks and unknown keys are read strictly, each error at its place", "[json]")
{
    // An event whose one slot's start, or whose organisers, are given as `value`.
    auto event = [](const QByteArray &slotStart, const QByteArray &organisers) {
        return QByteArray(R"({"format": "temaplan-library", "version": 1, "events": [{)"
                          R"("id": "33333333-0000-4000-8000-000000000001", "title": "Møde", )"
                          R"("organisers": )") + organisers + R"(, "occurrences": [{)"
               R"("id": "33333333-0000-4000-8000-000000000002", "agenda": [{)"
               R"("id": "33333333-0000-4000-8000-000000000003", "start": )" + slotStart + R"(}]}]}]})";
    };
    const QByteArray noOrganisers = "[]";
    const auto good = json::readLibraryJson(event(R"("09:30")", noOrganisers));
    REQUIRE(good.ok());
    CHECK(good->events.first().occurrences.first().agenda.first().start == QTime(9, 30));
    const auto midnight = json::readLibraryJson(event(R"("00:00")", noOrganisers));
    REQUIRE(midnight.ok());
    CHECK(midnight->events.first().occurrences.first().agenda.first().start == QTime(0, 0));
    for (const char *bad : {R"("9.30")", R"("9:30")", R"("24:00")", R"("09:60")", R"("09:30 ")",
                            R"("٠٩:٣٠")", R"("0930")", R"(930)"}) {
        const auto r = json::readLibraryJson(event(bad, noOrganisers));
        INFO(bad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.startsWith(u"/events/0/occurrences/0/agenda/0/start:"_s));
    }

    const QByteArray start = R"("10:00")";
    const auto two = json::readLibraryJson(
        event(start, R"(["33333333-0000-4000-8000-00000000000a", "33333333-0000-4000-8000-00000000000b"])"));
    REQUIRE(two.ok());
    CHECK(two->events.first().organiserIds
          == QList<Id>{idFromString(u"33333333-0000-4000-8000-00000000000a"_s),
                       idFromString(u"33333333-0000-4000-8000-00000000000b"_s)});
    for (const char *bad : {R"(["33333333-0000-4000-8000-00000000000a", "33333333-0000-4000-8000-00000000000"])",
                            R"(["33333333-0000-4000-8000-00000000000a", "00000000-0000-0000-0000-000000000000"])",
                            R"(["33333333-0000-4000-8000-00000000000a", "{33333333-0000-4000-8000-00000000000b}"])",
                            R"(["33333333-0000-4000-8000-00000000000a", "33333333-0000-4000-8000-00000000000æ"])",
                            R"(["33333333-0000-4000-8000-00000000000a", 7])"}) {
        const auto r = json::readLibraryJson(event(start, bad));
        INFO(bad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.startsWith(u"/events/0/organisers/1:"_s));
    }

    const char *head = R"({"format": "temaplan-library", "version": 1, "cases": [{"id": "33333333-0000-4000-8000-000000000001", "title": "x", )";
    auto caseError = [&](const char *rest) {
        const auto r = json::readLibraryJson(QByteArray(head) + rest);
        REQUIRE_FALSE(r.ok());
        return r.error().message;
    };
    CHECK(caseError(R"("summary": [{"paragraph": "a"}, {"heading": "b"}]}]})").startsWith(u"/cases/0/summary/1/heading: ukendt felt"_s));
    CHECK(caseError(R"("summary": [{"paragraph": "a"}, {"bullet": 2}]}]})").startsWith(u"/cases/0/summary/1/bullet:"_s));
    CHECK(caseError(R"("summary": [{"paragraph": "a", "bullet": "b"}]}]})").startsWith(u"/cases/0/summary/0:"_s));
    // A key used twice by the reader still leaves the unknown one to be found.
    CHECK(caseError(R"("themes": ["a"], "tema": ["b"]}]})").startsWith(u"/cases/0/tema: ukendt felt"_s));
}

TEST_CASE("a newer format version is refused as such", "[json]")
{
    const auto r = json::readLibraryJson(R"({"format": "temaplan-library", "version": 2})");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Error::Code::NewerVersion);
}

TEST_CASE("a slot sharing the printed row says so, and only then", "[json]")
{
    Event e;
    e.id = newId();
    e.title = u"Temagruppemøde"_s;
    Occurrence occ;
    occ.id = newId();
    AgendaSlot breakfast;
    breakfast.id = newId();
    breakfast.start = QTime(9, 30);
    breakfast.kind = SlotKind::Meal;
    breakfast.title = u"Let morgenforplejning"_s;
    AgendaSlot welcome = breakfast;
    welcome.id = newId();
    welcome.start = QTime(10, 0);
    welcome.kind = SlotKind::Welcome;
    welcome.title = u"Velkomst"_s;
    occ.agenda = {breakfast, welcome};
    e.occurrences = {occ};

    // Not sharing: the key is absent, so files written before it existed are unchanged.
    const json::Json apart = json::toJson(e);
    CHECK_FALSE(apart["occurrences"][0]["agenda"][1].contains("sharesRowWithPrevious"));

    e.occurrences[0].agenda[1].sharesRowWithPrevious = true;
    const json::Json shared = json::toJson(e);
    const json::Json &slot = shared["occurrences"][0]["agenda"][1];
    CHECK(slot["sharesRowWithPrevious"] == true);
    CHECK(std::prev(slot.end()).key() == "sharesRowWithPrevious"); // last, after fixedTime
    CHECK_FALSE(shared["occurrences"][0]["agenda"][0].contains("sharesRowWithPrevious"));

    const auto back = json::eventFromJson(shared, "/events/0");
    REQUIRE(back.ok());
    CHECK(*back == e);
    CHECK(back->occurrences[0].agenda[1].sharesRowWithPrevious);
}

TEST_CASE("the reader refuses a first slot that shares a row, and a flag that is no flag", "[json]")
{
    auto errorOf = [](const QByteArray &agenda) {
        const QByteArray text = R"({"format": "temaplan-library", "version": 1, "events": [)"
                                R"({"id": "33333333-0000-4000-8000-000000000001", "title": "x", )"
                                R"("occurrences": [{"id": "33333333-0000-4000-8000-000000000002", )"
                                R"("agenda": )" +
                                agenda + "}]}]}";
        const auto r = json::readLibraryJson(text);
        return r.ok() ? QString() : r.error().message;
    };
    const QByteArray first = R"({"id": "33333333-0000-4000-8000-000000000003", "start": "09:30"})";
    const QByteArray second = R"({"id": "33333333-0000-4000-8000-000000000004", "start": "10:00")";
    CHECK(errorOf("[" + first + ", " + second + R"(, "sharesRowWithPrevious": true}])").isEmpty());
    CHECK(errorOf("[" + second + R"(, "sharesRowWithPrevious": true}, )" + first + "]") ==
          u"/events/0/occurrences/0/agenda/0/sharesRowWithPrevious: det første programpunkt har "
          u"intet punkt før sig at dele række med"_s);
    CHECK(errorOf("[" + first + ", " + second + R"(, "sharesRowWithPrevious": "ja"}])") ==
          u"/events/0/occurrences/0/agenda/1/sharesRowWithPrevious: forventede true eller false"_s);
}
