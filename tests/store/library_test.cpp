#include "sampledata.h"

#include "core/libraryjson.h"
#include "store/demolibrary.h"
#include "store/libraryfile.h"

#include <catch2/catch.hpp>

using namespace temaplan;
using namespace Qt::Literals::StringLiterals;

namespace {

std::unique_ptr<Library> sampleLibrary()
{
    auto lib = openMemoryLibrary();
    REQUIRE(lib.ok());
    sample::fill(**lib);
    return std::move(lib).value();
}

QStringList caseTitles(const Result<QList<CaseHit>> &hits)
{
    REQUIRE(hits.ok());
    QStringList titles;
    for (const CaseHit &h : *hits)
        titles.append(h.title);
    return titles;
}

} // namespace

TEST_CASE("a saved event comes back whole, occurrences and agenda in order", "[store]")
{
    auto lib = sampleLibrary();
    const auto event = lib->events().get(sample::eventId);
    REQUIRE(event.ok());
    REQUIRE(event->occurrences.size() == 1);
    const Agenda &agenda = event->occurrences.first().agenda;
    REQUIRE(agenda.size() == 3);
    CHECK(agenda[0].title == u"Let morgenforplejning"_s);
    CHECK(agenda[1].speakers.first().roleText == u"leder af strategien"_s);
    CHECK(agenda[1].caseIds == QList<Id>{sample::caseId});
    CHECK(agenda[2].end == QTime(15, 0));

    Event changed = *event;
    changed.title = u"Nyt navn"_s;
    changed.occurrences.first().agenda.removeAt(0);
    REQUIRE(lib->events().save(changed).ok());
    CHECK(*lib->events().get(sample::eventId) == changed);
}

TEST_CASE("get of an unknown id is NotFound with a Danish message", "[store]")
{
    auto lib = sampleLibrary();
    const auto missing = lib->cases().get(newId());
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == Error::Code::NotFound);
    CHECK(missing.error().message.contains(u"findes ikke"_s));
    // An event's id is not a case.
    CHECK_FALSE(lib->cases().get(sample::eventId).ok());
}

TEST_CASE("records list in Danish alphabetical order", "[store]")
{
    auto lib = openMemoryLibrary();
    REQUIRE(lib.ok());
    for (const QString &name : {u"Århus Kommune"_s, u"Ærø Kommune"_s, u"Zealand"_s, u"Østerbro"_s, u"bornholm"_s})
        REQUIRE((*lib)->organisations().save(Organisation{newId(), name, {}, OrganisationKind::Other, {}}).ok());
    const auto all = (*lib)->organisations().all();
    REQUIRE(all.ok());
    QStringList names;
    for (const Organisation &o : *all)
        names.append(o.name);
    CHECK(names == QStringList{u"bornholm"_s, u"Zealand"_s, u"Ærø Kommune"_s, u"Østerbro"_s, u"Århus Kommune"_s});
}

TEST_CASE("events are listed by date, one row per occurrence, with names filled in", "[store]")
{
    auto lib = sampleLibrary();
    const auto rows = lib->findEvents({});
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(0).title == u"Ledernetværket"_s);
    const EventSummary &meeting = rows->at(1);
    CHECK(meeting.date == CalendarDate{2024, 12, 6});
    CHECK(meeting.start == QTime(9, 30)); // from the first slot
    CHECK(meeting.place == u"Gladsaxe"_s);
    CHECK(meeting.organisers == u"Sund By Netværket"_s);
    CHECK(meeting.themeGroup == u"Strategisk Lokalsamfundsudvikling"_s);

    EventQuery from2020;
    from2020.from = CalendarDate{2020, 1, 1};
    const auto recent = lib->findEvents(from2020);
    REQUIRE(recent.ok());
    REQUIRE(recent->size() == 1);
    CHECK(recent->first().eventId == sample::eventId);
}

TEST_CASE("a case knows every slot it was presented at", "[store]")
{
    auto lib = sampleLibrary();
    const auto at = lib->presentedAt(sample::caseId);
    REQUIRE(at.ok());
    REQUIRE(at->size() == 1);
    CHECK(at->first().eventId == sample::eventId);
    CHECK(at->first().start == QTime(10, 30));
    CHECK(at->first().place == u"Gladsaxe"_s);

    const auto cases = lib->casesOfEvent(sample::eventId);
    REQUIRE(cases.ok());
    REQUIRE(cases->size() == 1);
    CHECK(cases->first().title == u"Social balance"_s);

    const Person mette = lib->people().all()->first();
    const auto slots = lib->slotsOfPerson(mette.id);
    REQUIRE(slots.ok());
    REQUIRE(slots->size() == 1);
    CHECK(slots->first().roleText == u"leder af strategien"_s);
    // A person's slots carry the cases they presented: the person's cases, one call.
    CHECK(slots->first().caseIds == QList<Id>{sample::caseId});
    CHECK(at->first().caseIds == QList<Id>{sample::caseId});
}

TEST_CASE("search folds Danish spellings and matches prefixes", "[store][search]")
{
    auto lib = sampleLibrary();
    CHECK(caseTitles(lib->searchCases(u"Århus"_s, 10)) == QStringList{u"Sundhedshuse i Århus"_s});
    CHECK(caseTitles(lib->searchCases(u"aarhus"_s, 10)) == QStringList{u"Sundhedshuse i Århus"_s});
    CHECK(caseTitles(lib->searchCases(u"baeredygtig"_s, 10)) == QStringList{u"Sundhedshuse i Århus"_s});
    CHECK(caseTitles(lib->searchCases(u"soc"_s, 10)) == QStringList{u"Social balance"_s});
    CHECK(caseTitles(lib->searchCases(u"social aarhus"_s, 10)).isEmpty()); // every word required
    CHECK(caseTitles(lib->searchCases(u"  \"*( "_s, 10)).isEmpty());       // nothing searchable, no error
    // The owner's name finds the case.
    CHECK(caseTitles(lib->searchCases(u"gladsaxe"_s, 10)) == QStringList{u"Social balance"_s});
}

TEST_CASE("renaming a record updates the search text of those that name it", "[store][search]")
{
    auto lib = sampleLibrary();
    auto organisations = lib->organisations().all();
    REQUIRE(organisations.ok());
    Organisation gladsaxe;
    for (const Organisation &o : *organisations) {
        if (o.name == u"Gladsaxe Kommune"_s)
            gladsaxe = o;
    }
    gladsaxe.name = u"Søborg Kommune"_s;
    REQUIRE(lib->organisations().save(gladsaxe).ok());
    CHECK(caseTitles(lib->searchCases(u"soeborg"_s, 10)) == QStringList{u"Social balance"_s});
    CHECK(caseTitles(lib->searchCases(u"gladsaxe"_s, 10)).isEmpty());
}

TEST_CASE("events are found by a theme group's former name", "[store][search]")
{
    auto lib = sampleLibrary();
    const auto hits = lib->searchEvents(u"sundhed og lokalsamfund"_s, 10);
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    CHECK(hits->first().eventId == sample::eventId);
}

TEST_CASE("a record still referred to cannot be removed; the message says by what", "[store]")
{
    auto lib = sampleLibrary();
    const Status refused = lib->cases().remove(sample::caseId);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Constraint);
    CHECK(refused.error().message.contains(u"Temagruppemøde om lokalsamfund"_s));
    CHECK(lib->cases().get(sample::caseId).ok());

    REQUIRE(lib->events().remove(sample::eventId).ok());
    CHECK(lib->presentedAt(sample::caseId)->isEmpty());
    REQUIRE(lib->cases().remove(sample::caseId).ok());
    CHECK(lib->searchCases(u"social"_s, 10)->isEmpty());
}

TEST_CASE("a reference to a record that does not exist is refused at commit", "[store]")
{
    auto lib = sampleLibrary();
    Person ghostly{newId(), u"Ny person"_s, {}, newId(), {}, {}, {}};
    const Status s = lib->people().save(ghostly);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == Error::Code::Constraint);
    CHECK(s.error().message.contains(u"Ny person"_s));
    CHECK_FALSE(lib->people().get(ghostly.id).ok());
    CHECK(lib->check()->isEmpty());
}

TEST_CASE("a transaction is all or nothing, and records may arrive in any order", "[store]")
{
    auto lib = openMemoryLibrary();
    REQUIRE(lib.ok());
    Library &l = **lib;
    const Organisation owner{newId(), u"Vejle Kommune"_s, {}, OrganisationKind::Municipality, {}};
    Case c;
    c.id = newId();
    c.title = u"Sundhedsfremme i Vejle"_s;
    c.ownerId = owner.id;

    const Status failed = l.transaction([&]() -> Status {
        if (Status s = l.cases().save(c); !s)
            return s;
        return Error::make(Error::Code::Invalid, u"afbrudt"_s);
    });
    CHECK_FALSE(failed.ok());
    CHECK(l.cases().all()->isEmpty());

    // The case names its owner before the owner is saved: fine within one transaction.
    const Status ok = l.transaction([&]() -> Status {
        if (Status s = l.cases().save(c); !s)
            return s;
        return l.organisations().save(owner);
    });
    REQUIRE(ok.ok());
    CHECK(l.cases().get(c.id).ok());
    // The owner's name reached the case's search text although it came second.
    CHECK(l.searchCases(u"vejle kommune"_s, 5)->size() == 1);
}

TEST_CASE("an id belongs to one kind of record", "[store]")
{
    auto lib = sampleLibrary();
    Organisation clash{sample::caseId, u"Forkert"_s, {}, OrganisationKind::Other, {}};
    const Status s = lib->organisations().save(clash);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(u"casen"_s));
}

TEST_CASE("records without a name or id are refused", "[store]")
{
    auto lib = sampleLibrary();
    CHECK_FALSE(lib->cases().save(Case{}).ok());
    Case unnamed;
    unnamed.id = newId();
    unnamed.title = u"   "_s;
    CHECK_FALSE(lib->cases().save(unnamed).ok());
}

TEST_CASE("the bundled demo reads, imports and exports back to the same bytes", "[store][demo]")
{
    auto lib = openMemoryLibrary();
    REQUIRE(lib.ok());
    const auto report = importDemo(**lib);
    REQUIRE(report.ok());
    CHECK(report->added > 50);
    CHECK((*lib)->check()->isEmpty());
    const auto contents = (*lib)->contents();
    REQUIRE(contents.ok());
    CHECK(json::writeLibraryJson(*contents) == demoLibraryJson());
    // The theme day in two cities is one event with two occurrences.
    const auto rows = (*lib)->findEvents({});
    REQUIRE(rows.ok());
    int vejleOrKobenhavn = 0;
    for (const EventSummary &s : *rows)
        vejleOrKobenhavn += s.place == u"Vejle"_s || s.place == u"København"_s;
    CHECK(vejleOrKobenhavn == 2);
    CHECK((*lib)->searchCases(u"Århus"_s, 10)->size() >= 1);
}

TEST_CASE("a case's presentations and a person's slots come newest first", "[store]")
{
    auto lib = sampleLibrary();
    const Event original = *lib->events().get(sample::eventId);
    // The meeting (6 December 2024) held again: earlier in 2024, twice on one day in
    // 2025, and on a day without a year (a programme that named none).
    auto copyAt = [&](const CalendarDate &date, QTime start, const QString &title, const QList<Id> &cases = {}) {
        Event e = original;
        e.id = newId();
        e.title = title;
        for (Occurrence &o : e.occurrences) {
            o.id = newId();
            o.date = date;
            for (AgendaSlot &s : o.agenda) {
                s.id = newId();
                if (s.caseIds.contains(sample::caseId)) {
                    s.start = start;
                    if (!cases.isEmpty())
                        s.caseIds = cases;
                }
            }
        }
        REQUIRE(lib->events().save(e).ok());
        return e.id;
    };
    const Id in2024 = copyAt(CalendarDate{2024, 3, 1}, QTime(10, 0), u"Forår 2024"_s);
    const Id morning2025 = copyAt(CalendarDate{2025, 5, 2}, QTime(9, 0), u"Morgen 2025"_s,
                                  {sample::aarhusCaseId, sample::caseId});
    const Id afternoon2025 = copyAt(CalendarDate{2025, 5, 2}, QTime(13, 0), u"Eftermiddag 2025"_s);
    const Id noYear = copyAt(CalendarDate::dayAndMonth(6, 1), QTime(11, 0), u"Uden år"_s);

    const auto presentations = lib->presentedAt(sample::caseId);
    REQUIRE(presentations.ok());
    QList<Id> presented;
    for (const SlotReference &r : *presentations)
        presented.append(r.eventId);
    CHECK(presented == QList<Id>{afternoon2025, morning2025, sample::eventId, in2024, noYear});
    // Each with the slot's cases in the slot's order.
    CHECK(presentations->at(1).caseIds == QList<Id>{sample::aarhusCaseId, sample::caseId});

    const Person mette = lib->people().all()->first();
    const auto slots = lib->slotsOfPerson(mette.id);
    REQUIRE(slots.ok());
    QList<Id> spoke;
    for (const SlotReference &r : *slots)
        spoke.append(r.eventId);
    CHECK(spoke.size() == 5);
    CHECK(spoke.first() != noYear);
    CHECK(spoke.last() == noYear);
    CHECK(slots->at(1).caseIds == QList<Id>{sample::aarhusCaseId, sample::caseId});
}

TEST_CASE("a person's cases as contact come from the references, by title", "[store]")
{
    auto lib = sampleLibrary();
    const auto everyone = lib->people().all();
    REQUIRE(everyone.ok());
    const Person mette = everyone->first();
    CHECK(lib->casesWithContact(mette.id)->isEmpty());

    Case social = *lib->cases().get(sample::caseId);
    Case harbour = *lib->cases().get(sample::aarhusCaseId);
    social.contactId = mette.id;
    social.startYear = 2019;
    social.endYear = 2022;
    harbour.contactId = mette.id;
    REQUIRE(lib->cases().save(social).ok());
    REQUIRE(lib->cases().save(harbour).ok());

    auto rows = lib->casesWithContact(mette.id);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(0).title == u"Social balance"_s);
    CHECK(rows->at(0).owner == u"Gladsaxe Kommune"_s);
    CHECK(rows->at(0).startYear == 2019);
    CHECK(rows->at(0).endYear == 2022);
    CHECK(rows->at(1).title == u"Sundhedshuse i Århus"_s);
    CHECK(rows->at(1).owner == u"Aarhus Kommune"_s);

    // Another contact: the case leaves this person's list at once.
    Person other{newId(), u"Mia Butler"_s, {}, {}, {}, {}, {}};
    REQUIRE(lib->people().save(other).ok());
    harbour.contactId = other.id;
    REQUIRE(lib->cases().save(harbour).ok());
    rows = lib->casesWithContact(mette.id);
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().caseId == sample::caseId);
    REQUIRE(lib->casesWithContact(other.id)->size() == 1);
    CHECK(lib->casesWithContact(other.id)->first().caseId == sample::aarhusCaseId);
    // The owner is a reference too, but not a contact.
    CHECK(lib->casesWithContact(social.ownerId)->isEmpty());
}
