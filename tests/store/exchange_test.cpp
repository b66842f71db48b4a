#include "core/libraryjson.h"
#include "core/synthetic.h"
#include "store/demolibrary.h"
#include "store/libraryexchange.h"
#include "store/libraryfile.h"

#include <catch2/catch.hpp>

using namespace temaplan;
using namespace Qt::Literals::StringLiterals;

namespace {

std::unique_ptr<Library> emptyLibrary()
{
    auto lib = openMemoryLibrary();
    REQUIRE(lib.ok());
    return std::move(lib).value();
}

} // namespace

TEST_CASE("a bad record at the end of a big import leaves the library unchanged", "[exchange]")
{
    auto lib = emptyLibrary();
    REQUIRE(importDemo(*lib).ok());
    const QByteArray before = json::writeLibraryJson(*lib->contents());

    LibraryContents big = generateSyntheticLibrary({2000, 200, 11});
    Event last = big.events.last();
    last.id = newId();
    for (Occurrence &o : last.occurrences) {
        o.id = newId();
        for (AgendaSlot &s : o.agenda)
            s.id = newId();
    }
    last.themeGroupId = newId(); // nowhere
    big.events.append(last);

    const auto r = importContents(*lib, big);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.startsWith(u"/events/200/themeGroup:"_s));
    CHECK(json::writeLibraryJson(*lib->contents()) == before);
}

TEST_CASE("Danish, emoji, markup characters and newlines survive a round trip", "[exchange]")
{
    auto lib = emptyLibrary();
    LibraryContents c;
    Case odd;
    odd.id = newId();
    odd.title = u"Ærø & Åbenrå <b>\"fed\"</b> 🎉 'citat' \\ tab\there"_s;
    odd.summary = {TextBlock{TextBlock::Kind::Paragraph, u"Linje 1\nLinje 2 — æøå ÆØÅ é ü ß 中文"_s},
                   TextBlock{TextBlock::Kind::Bullet, QString(20000, u'ø')}};
    odd.themes = {u"sundhed & trivsel"_s, u"<script>alert(1)</script>"_s};
    c.cases = {odd};
    REQUIRE(importContents(*lib, c).ok());
    const auto back = lib->cases().get(odd.id);
    REQUIRE(back.ok());
    CHECK(*back == odd);

    const QByteArray once = json::writeLibraryJson(*lib->contents());
    auto second = emptyLibrary();
    REQUIRE(importContents(*second, *json::readLibraryJson(once)).ok());
    CHECK(json::writeLibraryJson(*second->contents()) == once);
    CHECK(second->searchCases(u"aeroe"_s, 5)->size() == 1);
}

TEST_CASE("importing the same contents twice changes nothing", "[exchange]")
{
    auto lib = emptyLibrary();
    const auto first = importDemo(*lib);
    REQUIRE(first.ok());
    CHECK(first->updated == 0);
    CHECK(first->unchanged == 0);
    const auto second = importDemo(*lib);
    REQUIRE(second.ok());
    CHECK(second->added == 0);
    CHECK(second->updated == 0);
    CHECK(second->unchanged == first->added);
}

TEST_CASE("the demo holds what the seeds hold", "[exchange][demo]")
{
    auto lib = emptyLibrary();
    REQUIRE(importDemo(*lib).ok());

    // Seed 000: the 10.30 slot, Mette Dybkjær as "leder af strategien", with a case link.
    bool found = false;
    const auto events = lib->events().all();
    REQUIRE(events.ok());
    for (const Event &e : *events) {
        for (const Occurrence &o : e.occurrences) {
            for (const AgendaSlot &s : o.agenda) {
                if (s.start != QTime(10, 30) || s.speakers.isEmpty())
                    continue;
                const auto person = lib->people().get(s.speakers.first().personId);
                if (person && person->name == u"Mette Dybkjær"_s) {
                    found = true;
                    CHECK(s.speakers.first().roleText == u"leder af strategien"_s);
                    REQUIRE(s.caseIds.size() == 1);
                    CHECK(lib->cases().get(s.caseIds.first())->title == u"Social balance"_s);
                    CHECK(o.date == CalendarDate::dayAndMonth(12, 6)); // the seed gives no year
                }
            }
        }
    }
    CHECK(found);

    // Seed 001: the theme group keeps its old name.
    const auto groups = lib->themeGroups().all();
    REQUIRE(groups.ok());
    REQUIRE(groups->size() == 1);
    CHECK(groups->first().name == u"Strategisk Lokalsamfundsudvikling"_s);
    REQUIRE(groups->first().formerNames.size() == 1);
    CHECK(groups->first().formerNames.first().name == u"Sundhed og Lokalsamfund"_s);

    // Seed 000's letterhead: Sund By Netværket's address.
    bool letterhead = false;
    const auto organisations = lib->organisations().all();
    REQUIRE(organisations.ok());
    for (const Organisation &o : *organisations)
        letterhead |= o.name == u"Sund By Netværket"_s && o.letterhead.street == u"Weidekampsgade 10"_s;
    CHECK(letterhead);
}
