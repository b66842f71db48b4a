#include "core/synthetic.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace temaplan;

TEST_CASE("a synthetic library has the asked size and is the same for the same seed", "[synthetic]")
{
    const SyntheticLibrary a = generateSyntheticLibrary({200, 30, 7});
    const SyntheticLibrary b = generateSyntheticLibrary({200, 30, 7});
    const SyntheticLibrary c = generateSyntheticLibrary({200, 30, 8});
    CHECK(a.cases.size() == 200);
    CHECK(a.events.size() == 30);
    CHECK(a.cases == b.cases);
    CHECK(a.events == b.events);
    CHECK(a.cases.first().id != c.cases.first().id);
}

TEST_CASE("every reference in a synthetic library points at a record in it", "[synthetic]")
{
    const SyntheticLibrary lib = generateSyntheticLibrary({300, 40, 3});
    QSet<Id> orgs, people, venues, groups, cases;
    for (const auto &o : lib.organisations) orgs << o.id;
    for (const auto &p : lib.people) people << p.id;
    for (const auto &v : lib.venues) venues << v.id;
    for (const auto &g : lib.themeGroups) groups << g.id;
    for (const auto &c : lib.cases) cases << c.id;
    CHECK(cases.size() == lib.cases.size()); // ids are unique

    for (const Person &p : lib.people)
        CHECK(orgs.contains(p.organisationId));
    for (const Case &c : lib.cases) {
        CHECK(orgs.contains(c.ownerId));
        CHECK(people.contains(c.contactId));
        CHECK_FALSE(c.title.isEmpty());
    }
    for (const Event &e : lib.events) {
        CHECK(groups.contains(e.themeGroupId));
        for (const Id &o : e.organiserIds)
            CHECK(orgs.contains(o));
        REQUIRE(e.occurrences.size() == 1);
        CHECK(venues.contains(e.occurrences.first().venueId));
        const Agenda &agenda = e.occurrences.first().agenda;
        for (const AgendaSlot &s : agenda) {
            for (const Id &c : s.caseIds)
                CHECK(cases.contains(c));
            for (const SlotSpeaker &sp : s.speakers)
                CHECK(people.contains(sp.personId));
        }
    }
}

TEST_CASE("synthetic text is Danish, with the letters search must fold", "[synthetic]")
{
    const SyntheticLibrary lib = generateSyntheticLibrary({500, 0, 1});
    bool hasDanishLetter = false;
    for (const Case &c : lib.cases)
        hasDanishLetter = hasDanishLetter || c.title.contains(QChar(u'æ')) || c.title.contains(QChar(u'ø'))
                          || c.title.contains(QChar(u'å'));
    CHECK(hasDanishLetter);
    CHECK(lib.events.isEmpty());
}
