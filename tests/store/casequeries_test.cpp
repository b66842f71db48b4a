#include "sampledata.h"

#include "core/searchfolding.h"
#include "core/synthetic.h"
#include "store/libraryexchange.h"
#include "store/libraryfile.h"
#include "store/sqlite.h"

#include <QMap>
#include <QSet>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <catch2/catch.hpp>

using namespace temaplan;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Generated
{
    std::unique_ptr<Library> library;
    SyntheticLibrary contents;
};

Generated generated(int cases, int events)
{
    auto lib = openMemoryLibrary();
    REQUIRE(lib.ok());
    Generated g{std::move(lib).value(), generateSyntheticLibrary({cases, events, 7})};
    REQUIRE(importContents(*g.library, g.contents).ok());
    return g;
}

QMap<QString, int> countsOf(const QList<FacetValue> &values)
{
    QMap<QString, int> counts;
    for (const FacetValue &v : values)
        counts.insert(v.key, v.count);
    return counts;
}

QList<CaseRow> allPages(const Library &library, const CaseFilter &filter, int pageSize)
{
    QList<CaseRow> rows;
    for (int offset = 0;; offset += pageSize) {
        const auto page = library.findCases(filter, offset, pageSize);
        REQUIRE(page.ok());
        rows += *page;
        if (page->size() < pageSize)
            return rows;
    }
}

QList<Id> idsOf(const QList<CaseRow> &rows)
{
    QList<Id> ids;
    for (const CaseRow &r : rows)
        ids.append(r.caseId);
    return ids;
}

} // namespace

TEST_CASE("facets count the cases by owner, theme, start year and theme group", "[store][cases]")
{
    const Generated g = generated(400, 40);
    const Library &lib = *g.library;

    // What the facets must say, worked out from the records themselves.
    QMap<QString, int> owners, themes, years, groups;
    for (const Case &c : g.contents.cases) {
        owners[c.ownerId.isNull() ? QString() : idToString(c.ownerId)] += 1;
        for (const QString &t : QSet<QString>(c.themes.cbegin(), c.themes.cend()))
            themes[t] += 1;
        years[QString::number(c.startYear)] += 1;
    }
    QMap<QString, QSet<Id>> casesByGroup;
    for (const Event &e : g.contents.events) {
        for (const Occurrence &o : e.occurrences)
            for (const AgendaSlot &s : o.agenda)
                for (const Id &id : s.caseIds)
                    if (!e.themeGroupId.isNull())
                        casesByGroup[idToString(e.themeGroupId)].insert(id);
    }
    for (auto it = casesByGroup.cbegin(); it != casesByGroup.cend(); ++it)
        groups[it.key()] = int(it.value().size());

    const auto facets = lib.caseFacets({});
    REQUIRE(facets.ok());
    CHECK(facets->total == 400);
    CHECK(countsOf(facets->owners) == owners);
    CHECK(countsOf(facets->themes) == themes);
    CHECK(countsOf(facets->startYears) == years);
    CHECK(countsOf(facets->themeGroups) == groups);
    REQUIRE_FALSE(facets->themeGroups.isEmpty());
    // Most cases first; the labels are names, not ids.
    CHECK(facets->owners.first().count >= facets->owners.last().count);
    CHECK_FALSE(facets->owners.first().label.contains(u'-'));

    SECTION("choosing a value narrows the list and the other facets, not its own")
    {
        const FacetValue owner = facets->owners.first();
        CaseFilter filter;
        filter.ownerIds = {owner.key};
        const auto narrowed = lib.caseFacets(filter);
        REQUIRE(narrowed.ok());
        CHECK(narrowed->total == owner.count);
        CHECK(countsOf(narrowed->owners) == owners); // its own facet still shows the others
        int themed = 0;
        for (const Case &c : g.contents.cases)
            if (idToString(c.ownerId) == owner.key && c.themes.contains(narrowed->themes.first().key))
                ++themed;
        CHECK(narrowed->themes.first().count == themed);

        const QList<CaseRow> rows = allPages(lib, filter, 7);
        CHECK(rows.size() == owner.count);
        for (const CaseRow &r : rows)
            CHECK(r.owner == owner.label);

        // Two facets: both must hold.
        filter.themes = {narrowed->themes.first().key};
        CHECK(allPages(lib, filter, 50).size() == themed);
        CHECK(lib.caseFacets(filter)->total == themed);

        filter = {};
        filter.themeGroupIds = {facets->themeGroups.first().key};
        CHECK(allPages(lib, filter, 50).size() == facets->themeGroups.first().count);
    }

    SECTION("text and facets together")
    {
        CaseFilter filter;
        filter.text = facets->owners.first().label.section(u' ', 0, 0); // "Aarhus" of "Aarhus Kommune"
        const auto byText = lib.caseFacets(filter);
        REQUIRE(byText.ok());
        CHECK(byText->total > 0);
        CHECK(byText->total < 400);
        const QList<CaseRow> rows = allPages(lib, filter, 9);
        CHECK(rows.size() == byText->total);
        filter.startYears = {byText->startYears.first().key.toInt()};
        CHECK(allPages(lib, filter, 9).size() == byText->startYears.first().count);
    }
}

TEST_CASE("the case list reads page by page in Danish title order", "[store][cases]")
{
    const Generated g = generated(300, 10);
    const Library &lib = *g.library;
    const QList<CaseRow> paged = allPages(lib, {}, 32);
    REQUIRE(paged.size() == 300);
    const QList<CaseRow> whole = allPages(lib, {}, 1000);
    CHECK(idsOf(paged) == idsOf(whole));
    for (qsizetype i = 1; i < paged.size(); ++i)
        CHECK(danishSortKey(paged[i - 1].title) <= danishSortKey(paged[i].title));

    CaseFilter byOwner;
    byOwner.order = CaseFilter::Order::Owner;
    const QList<CaseRow> owners = allPages(lib, byOwner, 50);
    REQUIRE(owners.size() == 300);
    for (qsizetype i = 1; i < owners.size(); ++i)
        CHECK(danishSortKey(owners[i - 1].owner) <= danishSortKey(owners[i].owner));

    // With text, pages follow the search's own order: the first page is searchCases'.
    CaseFilter search;
    search.text = u"sund"_s;
    const auto hits = lib.searchCases(search.text, 20);
    REQUIRE(hits.ok());
    const auto page = lib.findCases(search, 0, 20);
    REQUIRE(page.ok());
    REQUIRE(page->size() == hits->size());
    for (qsizetype i = 0; i < hits->size(); ++i)
        CHECK(page->at(i).caseId == hits->at(i).caseId);
    const QList<CaseRow> allHits = allPages(lib, search, 15);
    const QList<Id> hitIds = idsOf(allHits);
    CHECK(QSet<Id>(hitIds.cbegin(), hitIds.cend()).size() == hitIds.size());
}

TEST_CASE("a case row carries owner, themes and years; a rename reaches it", "[store][cases]")
{
    auto opened = openMemoryLibrary();
    REQUIRE(opened.ok());
    Library &lib = **opened;
    sample::fill(lib);
    Case c = *lib.cases().get(sample::aarhusCaseId);
    c.startYear = 2021;
    c.endYear = 2023;
    c.themes = {u"bæredygtighed"_s, u"sundhed"_s, u"bæredygtighed"_s};
    REQUIRE(lib.cases().save(c).ok());
    CaseFilter filter;
    filter.text = u"aarhus"_s;
    auto rows = lib.findCases(filter, 0, 10);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().title == u"Sundhedshuse i Århus"_s);
    CHECK(rows->first().owner == u"Aarhus Kommune"_s);
    CHECK(rows->first().themes == QStringList{u"bæredygtighed"_s, u"sundhed"_s});
    CHECK(rows->first().startYear == 2021);
    CHECK(rows->first().endYear == 2023);

    Organisation aarhus = *lib.organisations().get(c.ownerId);
    aarhus.name = u"Århus Kommune"_s;
    REQUIRE(lib.organisations().save(aarhus).ok());
    CHECK(lib.findCases({}, 0, 10)->last().owner == u"Århus Kommune"_s);

    // The case removed: gone from the list and the facets.
    REQUIRE(lib.cases().remove(sample::aarhusCaseId).ok());
    CHECK(lib.findCases({}, 0, 10)->size() == 1);
    CHECK(lib.caseFacets({})->themes.isEmpty());
}

TEST_CASE("look-alike cases are suggested as duplicates", "[store][cases]")
{
    auto opened = openMemoryLibrary();
    REQUIRE(opened.ok());
    Library &lib = **opened;
    sample::fill(lib);
    const Case original = *lib.cases().get(sample::aarhusCaseId);
    Case twin = original;
    twin.id = newId();
    twin.title = u"Sundhedshuse i  Aarhus"_s; // another spelling, same folded words
    REQUIRE(lib.cases().save(twin).ok());
    Case other = original;
    other.id = newId();
    other.ownerId = {}; // same title, another owner: not the same case
    REQUIRE(lib.cases().save(other).ok());

    const auto pairs = lib.duplicateCases(10);
    REQUIRE(pairs.ok());
    REQUIRE(pairs->size() == 1);
    CHECK(QSet<Id>{pairs->first().first, pairs->first().second} == QSet<Id>{original.id, twin.id});
    CHECK(pairs->first().owner == u"Aarhus Kommune"_s);
}

TEST_CASE("a version 3 library gets its case list and facets when opened", "[store][cases][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"version-3.temaplan"_s);
    {
        auto lib = openLibrary(path, OpenMode::CreateNew);
        REQUIRE(lib.ok());
        sample::fill(**lib);
    }
    {
        // Version 4 only added these tables, so without them the file is what
        // version 3 wrote.
        sql::Database db;
        REQUIRE_FALSE(sql::Database::open(path, SQLITE_OPEN_READWRITE, db));
        REQUIRE_FALSE(db.exec("DROP TABLE case_theme; DROP TABLE case_list; PRAGMA user_version = 3"));
    }
    auto lib = openLibrary(path);
    REQUIRE(lib.ok());
    CHECK((*lib)->schemaVersion() == currentSchemaVersion());
    CHECK((*lib)->check()->isEmpty());
    const auto facets = (*lib)->caseFacets({});
    REQUIRE(facets.ok());
    CHECK(facets->total == 2);
    CHECK(countsOf(facets->themes) == QMap<QString, int>{{u"bæredygtighed"_s, 1}});
    REQUIRE(facets->themeGroups.size() == 1);
    CHECK(facets->themeGroups.first().label == u"Strategisk Lokalsamfundsudvikling"_s);
    CHECK(facets->themeGroups.first().count == 1);
    const auto rows = (*lib)->findCases({}, 0, 10);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(0).title == u"Social balance"_s);
    CHECK(rows->at(1).owner == u"Aarhus Kommune"_s);
}

TEST_CASE("facets counted in steps arrive one by one, the theme groups last, and end as caseFacets does",
          "[store][cases][facets]")
{
    Generated g = generated(400, 20);
    Library &lib = *g.library;
    CaseFilter filter;
    filter.text = u"sundhed"_s;
    const auto whole = lib.caseFacets(filter);
    REQUIRE(whole.ok());
    REQUIRE_FALSE(whole->themeGroups.isEmpty());

    QList<int> steps;
    QList<CaseFacets> soFar;
    const auto stepped = lib.caseFacetsInSteps(filter, [&](const CaseFacets &facets, int counted) {
        steps.append(counted);
        soFar.append(facets);
    });
    REQUIRE(stepped.ok());
    CHECK(steps == QList<int>{1, 2, 3, 4});
    // The total and the owners come first, before anything else is counted.
    CHECK(soFar.first().total == whole->total);
    CHECK(countsOf(soFar.first().owners) == countsOf(whole->owners));
    CHECK(soFar.first().themes.isEmpty());
    CHECK(soFar.first().themeGroups.isEmpty());
    CHECK(countsOf(soFar.at(2).startYears) == countsOf(whole->startYears));
    CHECK(soFar.at(2).themeGroups.isEmpty());
    // The last step and the answer are what caseFacets counts.
    for (const CaseFacets &facets : {soFar.last(), *stepped}) {
        CHECK(facets.total == whole->total);
        CHECK(countsOf(facets.owners) == countsOf(whole->owners));
        CHECK(countsOf(facets.themes) == countsOf(whole->themes));
        CHECK(countsOf(facets.startYears) == countsOf(whole->startYears));
        CHECK(countsOf(facets.themeGroups) == countsOf(whole->themeGroups));
    }
}
