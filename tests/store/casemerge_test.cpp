#include "sampledata.h"

#include "store/casemerge.h"
#include "store/libraryfile.h"

#include <catch2/catch.hpp>

using namespace temaplan;
using namespace Qt::Literals::StringLiterals;

namespace {

QList<Id> casesOfSlots(const Event &e)
{
    QList<Id> ids;
    for (const Occurrence &o : e.occurrences)
        for (const AgendaSlot &s : o.agenda)
            ids += s.caseIds;
    return ids;
}

} // namespace

TEST_CASE("merging two cases moves every link to the kept case, and undo restores all", "[store][cases]")
{
    auto opened = openMemoryLibrary();
    REQUIRE(opened.ok());
    Library &lib = **opened;
    sample::fill(lib);

    // A second record of "Social balance", linked from a slot of its own and from the
    // slot that already links the first record.
    Case twin = *lib.cases().get(sample::caseId);
    twin.id = newId();
    twin.title = u"Social Balance"_s;
    twin.themes = {u"trivsel"_s};
    twin.startYear = 2019;
    REQUIRE(lib.cases().save(twin).ok());
    Event event = *lib.events().get(sample::eventId);
    event.occurrences[0].agenda[1].caseIds.append(twin.id);
    event.occurrences[0].agenda[2].caseIds = {twin.id};
    REQUIRE(lib.events().save(event).ok());
    Event other;
    other.id = newId();
    other.title = u"Netværksmøde"_s;
    Occurrence occ;
    occ.id = newId();
    occ.date = CalendarDate{2025, 3, 4};
    occ.agenda = {AgendaSlot{newId(), QTime(10, 0), {}, SlotKind::Session, u"Oplæg"_s, {}, {}, {twin.id}, false}};
    other.occurrences = {occ};
    REQUIRE(lib.events().save(other).ok());

    const LibraryContents before = *lib.contents();
    const auto merge = planCaseMerge(lib, sample::caseId, twin.id);
    REQUIRE(merge.ok());
    CHECK(merge->eventsBefore.size() == 2);
    REQUIRE(applyCaseMerge(lib, *merge).ok());

    CHECK_FALSE(lib.cases().get(twin.id).ok());
    const Case kept = *lib.cases().get(sample::caseId);
    CHECK(kept.themes == QStringList{u"trivsel"_s});
    CHECK(kept.startYear == 2019);
    CHECK(kept.title == u"Social balance"_s);
    // Linked once where it was linked with the twin, in the twin's place elsewhere.
    CHECK(casesOfSlots(*lib.events().get(sample::eventId)) == QList<Id>{sample::caseId, sample::caseId});
    CHECK(casesOfSlots(*lib.events().get(other.id)) == QList<Id>{sample::caseId});
    CHECK(lib.presentedAt(sample::caseId)->size() == 3);
    CHECK(lib.check()->isEmpty());

    REQUIRE(undoCaseMerge(lib, *merge).ok());
    const LibraryContents after = *lib.contents();
    CHECK(after.cases == before.cases);
    CHECK(after.events == before.events);
    CHECK(lib.presentedAt(twin.id)->size() == 3);
    CHECK(lib.presentedAt(sample::caseId)->size() == 1);
}

TEST_CASE("a merge that cannot be saved leaves the library as it was", "[store][cases]")
{
    auto opened = openMemoryLibrary();
    REQUIRE(opened.ok());
    Library &lib = **opened;
    sample::fill(lib);
    CHECK_FALSE(planCaseMerge(lib, sample::caseId, sample::caseId).ok());

    auto merge = planCaseMerge(lib, sample::aarhusCaseId, sample::caseId);
    REQUIRE(merge.ok());
    // An event changed to name a case that does not exist: the whole merge fails.
    merge->eventsAfter.first().occurrences[0].agenda[0].caseIds = {newId()};
    const LibraryContents before = *lib.contents();
    CHECK_FALSE(applyCaseMerge(lib, *merge).ok());
    const LibraryContents after = *lib.contents();
    CHECK(after.cases == before.cases);
    CHECK(after.events == before.events);
}
