#include "core/libraryjson.h"
#include "core/synthetic.h"
#include "store/demolibrary.h"
#include "store/libraryexchange.h"
#include "store/libraryfile.h"
#include "store/sqlite.h"
#include "store/sqlitelibrary.h"

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

namespace {

// What the derived rows show, as text: the lists, the facets and a few searches.
QString derivedView(Library &lib)
{
    QStringList out;
    const auto events = lib.findEvents({});
    REQUIRE(events.ok());
    for (const EventSummary &e : *events)
        out << u"event %1 %2 %3 %4 %5 %6"_s.arg(idToString(e.occurrenceId), e.title, e.place, e.organisers,
                                                e.themeGroup, e.series);
    const auto cases = lib.findCases({}, 0, 100000);
    REQUIRE(cases.ok());
    for (const CaseRow &c : *cases)
        out << u"case %1 %2 %3 %4"_s.arg(idToString(c.caseId), c.title, c.owner, c.themes.join(u'|'));
    const auto facets = lib.caseFacets({});
    REQUIRE(facets.ok());
    out << u"total %1"_s.arg(facets->total);
    for (const QList<FacetValue> *facet : {&facets->owners, &facets->themes, &facets->startYears, &facets->themeGroups}) {
        for (const FacetValue &v : *facet)
            out << u"facet %1 %2 %3"_s.arg(v.key, v.label).arg(v.count);
    }
    for (const QString &word : {u"kommune"_s, u"sund"_s, u"a"_s, u"by"_s}) {
        const auto caseHits = lib.searchCases(word, 1000);
        REQUIRE(caseHits.ok());
        for (const CaseHit &h : *caseHits)
            out << u"hit %1 %2 %3"_s.arg(word, idToString(h.caseId), h.owner);
        const auto eventHits = lib.searchEvents(word, 1000);
        REQUIRE(eventHits.ok());
        for (const EventHit &h : *eventHits)
            out << u"event hit %1 %2"_s.arg(word, idToString(h.eventId));
    }
    return out.join(u'\n');
}

template<class T>
void saveEach(Library &lib, Repository<T> &repository, const QList<T> &records)
{
    for (const T &r : records)
        REQUIRE(repository.save(r).ok());
    (void)lib;
}

} // namespace

namespace {

// Every derived row, as text, sorted; a record's rowid (which differs with the order
// of saving) is given as the record's id.
QStringList derivedTables(Library &lib)
{
    auto *sqlite = dynamic_cast<store::SqliteLibrary *>(&lib);
    REQUIRE(sqlite);
    QStringList rows;
    const std::pair<const char *, int> queries[] = {
        {"SELECT 'reference', from_id, to_id, role, position FROM reference", 5},
        {"SELECT 'case_list', r.id, l.case_id, l.title, l.sort_key, l.owner_id, l.owner, l.owner_sort_key, "
         "l.start_year, l.end_year, l.themes, l.duplicate_key FROM case_list l JOIN record r ON r.rowid = l.case_rowid",
         12},
        {"SELECT 'case_theme', r.id, t.theme FROM case_theme t JOIN record r ON r.rowid = t.case_rowid", 3},
        {"SELECT 'occurrence', id, event_id, position, date, start, quote(venue_id), place, event_kind, "
         "event_title, organisers, quote(theme_group_id), theme_group, quote(series_id), series FROM occurrence",
         15},
        {"SELECT 'slot', id, occurrence_id, position, start, title FROM slot", 6},
        {"SELECT 'slot_speaker', slot_id, position, person_id, role_text FROM slot_speaker", 5},
        {"SELECT 'slot_case', slot_id, position, case_id FROM slot_case", 4},
        {"SELECT 'case_search', r.id, s.title, s.body FROM case_search s JOIN record r ON r.rowid = s.rowid", 4},
        {"SELECT 'event_search', r.id, s.title, s.body FROM event_search s JOIN record r ON r.rowid = s.rowid", 4},
        {"SELECT 'counts', (SELECT count(*) FROM case_list), (SELECT count(*) FROM case_theme), "
         "(SELECT count(*) FROM case_search), (SELECT count(*) FROM event_search), (SELECT count(*) FROM reference)",
         6},
    };
    for (const auto &[query, columnCount] : queries) {
        sql::Statement q(sqlite->db(), query);
        while (q.step()) {
            QStringList columns;
            for (int c = 0; c < columnCount; ++c)
                columns << q.text(c);
            rows << columns.join(u'|');
        }
        INFO(query);
        REQUIRE_FALSE(q.failure());
    }
    rows.sort();
    return rows;
}

} // namespace

TEST_CASE("an import derives the same rows as saving its records one by one", "[exchange]")
{
    const LibraryContents c = generateSyntheticLibrary({300, 30, 7});
    auto imported = emptyLibrary();
    REQUIRE(importContents(*imported, c).ok());

    // Each save on its own, events first: every later save rebuilds its referrers.
    auto saved = emptyLibrary();
    REQUIRE(saved->transaction([&]() -> Status {
        saveEach(*saved, saved->events(), c.events);
        saveEach(*saved, saved->cases(), c.cases);
        saveEach(*saved, saved->series(), c.series);
        saveEach(*saved, saved->themeGroups(), c.themeGroups);
        saveEach(*saved, saved->venues(), c.venues);
        saveEach(*saved, saved->people(), c.people);
        saveEach(*saved, saved->organisations(), c.organisations);
        return {};
    }).ok());
    CHECK(derivedView(*imported) == derivedView(*saved));
    CHECK(derivedTables(*imported) == derivedTables(*saved));
    CHECK(imported->check()->isEmpty());
}

namespace {

// The definitions SQLite keeps of every table and index, sorted.
QStringList schemaOf(Library &lib)
{
    auto *sqlite = dynamic_cast<store::SqliteLibrary *>(&lib);
    REQUIRE(sqlite);
    sql::Statement q(sqlite->db(), "SELECT type, name, sql FROM sqlite_schema ORDER BY type, name");
    QStringList rows;
    while (q.step())
        rows << q.text(0) + u' ' + q.text(1) + u' ' + q.text(2);
    REQUIRE_FALSE(q.failure());
    return rows;
}

} // namespace

TEST_CASE("a large import into an empty library builds its indexes at the end, with the same rows", "[exchange]")
{
    // Enough records that the indexes of the derived tables are dropped while they are
    // written and made again before the commit (SqliteLibrary::dropDerivedIndexes).
    const LibraryContents c = generateSyntheticLibrary({1500, 150, 5});
    REQUIRE(c.recordCount() >= 2000);
    auto imported = emptyLibrary();
    const QStringList schemaBefore = schemaOf(*imported);
    const auto report = importContents(*imported, c);
    REQUIRE(report.ok());
    CHECK(report->added == c.recordCount());
    CHECK(schemaOf(*imported) == schemaBefore);

    auto saved = emptyLibrary();
    REQUIRE(saved->transaction([&]() -> Status {
        saveEach(*saved, saved->organisations(), c.organisations);
        saveEach(*saved, saved->people(), c.people);
        saveEach(*saved, saved->venues(), c.venues);
        saveEach(*saved, saved->themeGroups(), c.themeGroups);
        saveEach(*saved, saved->series(), c.series);
        saveEach(*saved, saved->cases(), c.cases);
        saveEach(*saved, saved->events(), c.events);
        return {};
    }).ok());
    CHECK(derivedView(*imported) == derivedView(*saved));
    CHECK(derivedTables(*imported) == derivedTables(*saved));
    CHECK(imported->check()->isEmpty());

    // The indexes are there and used again: a second import of the same finds it unchanged.
    const auto again = importContents(*imported, c);
    REQUIRE(again.ok());
    CHECK(again->unchanged == c.recordCount());
    CHECK(schemaOf(*imported) == schemaBefore);
}

TEST_CASE("a failed large import leaves the indexes as they were", "[exchange]")
{
    LibraryContents c = generateSyntheticLibrary({1500, 150, 5});
    Case bad = c.cases.last();
    bad.id = newId();
    bad.title = u"   "_s; // refused when saved, after the indexes were dropped
    c.cases.append(bad);
    auto lib = emptyLibrary();
    const QStringList schemaBefore = schemaOf(*lib);
    REQUIRE_FALSE(importContents(*lib, c).ok());
    CHECK(schemaOf(*lib) == schemaBefore);
    CHECK(lib->cases().all()->isEmpty());
}

TEST_CASE("in a bulk transaction a record saved twice or saved and removed keeps one search row or none", "[exchange]")
{
    auto lib = emptyLibrary();
    Case kept;
    kept.id = newId();
    kept.title = u"Grønne skolegårde"_s;
    Case removed;
    removed.id = newId();
    removed.title = u"Blå tage"_s;
    const Status done = lib->bulkTransaction([&]() -> Status {
        if (Status s = lib->cases().save(kept); !s)
            return s;
        kept.title = u"Grønne legepladser"_s;
        if (Status s = lib->cases().save(kept); !s)
            return s;
        if (Status s = lib->cases().save(removed); !s)
            return s;
        return lib->cases().remove(removed.id);
    });
    INFO((done ? QString() : done.error().message + u" / "_s + done.error().detail).toStdString());
    REQUIRE(done.ok());
    CHECK(lib->searchCases(u"skolegaarde"_s, 10)->isEmpty());
    REQUIRE(lib->searchCases(u"legepladser"_s, 10)->size() == 1);
    CHECK(lib->searchCases(u"blaa"_s, 10)->isEmpty());
    auto *sqlite = dynamic_cast<store::SqliteLibrary *>(lib.get());
    REQUIRE(sqlite);
    sql::Statement rows(sqlite->db(), "SELECT count(*) FROM case_search");
    REQUIRE(rows.step());
    CHECK(rows.integer(0) == 1);
}

TEST_CASE("an import that renames an organisation shows the new name on what already named it", "[exchange]")
{
    const LibraryContents c = generateSyntheticLibrary({40, 6, 3});
    auto lib = emptyLibrary();
    REQUIRE(importContents(*lib, c).ok());

    Id ownerId;
    for (const Case &k : c.cases) {
        if (!k.ownerId.isNull()) {
            ownerId = k.ownerId;
            break;
        }
    }
    REQUIRE_FALSE(ownerId.isNull());
    Organisation renamed = *lib->organisations().get(ownerId);
    renamed.name = u"Qwertyby Kommune"_s;
    LibraryContents change;
    change.organisations = {renamed};
    const auto report = importContents(*lib, change);
    REQUIRE(report.ok());
    CHECK(report->updated == 1);

    const auto hits = lib->searchCases(u"qwertyby"_s, 100);
    REQUIRE(hits.ok());
    int owned = 0;
    for (const Case &k : c.cases)
        owned += k.ownerId == ownerId ? 1 : 0;
    CHECK(hits->size() == owned);
    for (const CaseHit &h : *hits)
        CHECK(h.owner == u"Qwertyby Kommune"_s);
    CaseFilter byOwner;
    byOwner.ownerIds = {idToString(ownerId)};
    const auto rows = lib->findCases(byOwner, 0, 100);
    REQUIRE(rows.ok());
    CHECK(rows->size() == owned);
    for (const CaseRow &row : *rows)
        CHECK(row.owner == u"Qwertyby Kommune"_s);
}

TEST_CASE("in a bulk transaction a record saved before a name it copies gets the final name", "[exchange]")
{
    auto lib = emptyLibrary();
    Organisation owner;
    owner.id = newId();
    owner.name = u"Gammelby Kommune"_s;
    REQUIRE(lib->organisations().save(owner).ok());

    Case k;
    k.id = newId();
    k.title = u"Grønne skolegårde"_s;
    k.ownerId = owner.id;
    REQUIRE(lib->bulkTransaction([&]() -> Status {
        if (Status s = lib->cases().save(k); !s)
            return s;
        owner.name = u"Nyby Kommune"_s;
        return lib->organisations().save(owner);
    }).ok());
    const auto hits = lib->searchCases(u"nyby"_s, 10);
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    CHECK(hits->first().owner == u"Nyby Kommune"_s);
    CHECK(lib->searchCases(u"gammelby"_s, 10)->isEmpty());
    CHECK(lib->findCases({}, 0, 10)->first().owner == u"Nyby Kommune"_s);
}

TEST_CASE("a failure anywhere in a bulk transaction undoes all of it", "[exchange]")
{
    auto lib = emptyLibrary();
    Organisation a;
    a.id = newId();
    a.name = u"A-by Kommune"_s;
    Organisation b = a;
    b.id = newId();
    b.name = u"B-by Kommune"_s;
    const auto result = lib->bulkTransaction([&]() -> Status {
        if (Status s = lib->organisations().save(a); !s)
            return s;
        if (Status s = lib->organisations().save(b); !s)
            return s;
        return Error::make(Error::Code::Invalid, u"stop"_s);
    });
    CHECK_FALSE(result.ok());
    CHECK(lib->organisations().all()->isEmpty());

    // Afterwards, a nested transaction undoes only itself again.
    REQUIRE(lib->transaction([&]() -> Status {
        if (Status s = lib->organisations().save(a); !s)
            return s;
        CHECK_FALSE(lib->transaction([&]() -> Status {
            (void)lib->organisations().save(b);
            return Error::make(Error::Code::Invalid, u"stop"_s);
        }).ok());
        return {};
    }).ok());
    CHECK(lib->organisations().all()->size() == 1);
}

TEST_CASE("an import that changes records derives the same rows as saving the changed records one by one", "[exchange]")
{
    const LibraryContents first = generateSyntheticLibrary({300, 30, 7});
    auto imported = emptyLibrary();
    REQUIRE(importContents(*imported, first).ok());

    // Renamed, re-themed and re-owned cases, a renamed organisation and person, events
    // with a slot fewer: every kind of derived row changes for some record.
    LibraryContents change;
    for (qsizetype i = 0; i < first.cases.size(); i += 3) {
        Case k = first.cases[i];
        k.title += u" (ny)"_s;
        k.themes = {u"nyt tema"_s, k.themes.value(0, u"andet"_s)};
        k.ownerId = first.organisations[(i / 3) % first.organisations.size()].id;
        change.cases.append(k);
    }
    Organisation renamed = first.organisations.first();
    renamed.name = u"Omdøbt Kommune"_s;
    change.organisations = {renamed};
    Person person = first.people.first();
    person.name = u"Omdøbt Person"_s;
    change.people = {person};
    for (qsizetype i = 0; i < first.events.size(); i += 2) {
        Event e = first.events[i];
        for (Occurrence &o : e.occurrences) {
            if (!o.agenda.isEmpty())
                o.agenda.removeLast();
        }
        e.title += u" (flyttet)"_s;
        change.events.append(e);
    }
    const auto report = importContents(*imported, change);
    REQUIRE(report.ok());
    CHECK(report->updated == change.recordCount());

    // The final records, each saved on its own.
    LibraryContents last = first;
    auto replace = [](auto &records, const auto &changed) {
        for (const auto &c : changed) {
            for (auto &r : records) {
                if (r.id == c.id)
                    r = c;
            }
        }
    };
    replace(last.cases, change.cases);
    replace(last.organisations, change.organisations);
    replace(last.people, change.people);
    replace(last.events, change.events);
    auto saved = emptyLibrary();
    REQUIRE(saved->transaction([&]() -> Status {
        saveEach(*saved, saved->organisations(), last.organisations);
        saveEach(*saved, saved->people(), last.people);
        saveEach(*saved, saved->venues(), last.venues);
        saveEach(*saved, saved->themeGroups(), last.themeGroups);
        saveEach(*saved, saved->series(), last.series);
        saveEach(*saved, saved->cases(), last.cases);
        saveEach(*saved, saved->events(), last.events);
        return {};
    }).ok());
    CHECK(derivedView(*imported) == derivedView(*saved));
    CHECK(derivedTables(*imported) == derivedTables(*saved));
    CHECK(imported->check()->isEmpty());
}

TEST_CASE("in a bulk transaction the rows still held count: a record they refer to is not removed", "[exchange]")
{
    auto lib = emptyLibrary();
    Organisation owner;
    owner.id = newId();
    owner.name = u"Holdby Kommune"_s;
    Case k;
    k.id = newId();
    k.title = u"Grønne skolegårde"_s;
    k.ownerId = owner.id;
    Status refused;
    REQUIRE(lib->bulkTransaction([&]() -> Status {
        if (Status s = lib->organisations().save(owner); !s)
            return s;
        if (Status s = lib->cases().save(k); !s)
            return s;
        refused = lib->organisations().remove(owner.id);
        return {};
    }).ok());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(u"Grønne skolegårde"_s));
    CHECK(lib->organisations().get(owner.id).ok());
    CHECK(lib->findCases({}, 0, 10)->first().owner == u"Holdby Kommune"_s);
}

TEST_CASE("in a bulk transaction a record saved twice keeps only the rows of its last save", "[exchange]")
{
    Organisation a;
    a.id = newId();
    a.name = u"A-by Kommune"_s;
    Organisation b = a;
    b.id = newId();
    b.name = u"B-by Kommune"_s;
    Case k;
    k.id = newId();
    k.title = u"Grønne skolegårde"_s;
    k.ownerId = a.id;
    k.themes = {u"natur"_s, u"skole"_s};
    Case changed = k;
    changed.title = u"Grønne legepladser"_s;
    changed.ownerId = b.id;
    changed.themes = {u"leg"_s};

    auto twice = emptyLibrary();
    REQUIRE(twice->bulkTransaction([&]() -> Status {
        for (const Status &s : {twice->organisations().save(a), twice->organisations().save(b),
                                twice->cases().save(k), twice->cases().save(changed)}) {
            if (!s)
                return s;
        }
        return {};
    }).ok());
    auto once = emptyLibrary();
    REQUIRE(once->organisations().save(a).ok());
    REQUIRE(once->organisations().save(b).ok());
    REQUIRE(once->cases().save(changed).ok());
    CHECK(derivedTables(*twice) == derivedTables(*once));
    CHECK(twice->findCases({}, 0, 10)->first().themes == QStringList{u"leg"_s});
}

TEST_CASE("the record table's checks, left to the codec during a bulk transaction, hold again after it", "[exchange]")
{
    auto lib = emptyLibrary();
    auto *sqlite = dynamic_cast<store::SqliteLibrary *>(lib.get());
    REQUIRE(sqlite);
    auto refused = [&](const char *kind, const char *data) {
        sql::Statement q(sqlite->db(), "INSERT INTO record (id, kind, title, data) VALUES (?, ?, 'x', ?)");
        q.bind(1, idToString(newId())).bind(2, QString::fromLatin1(kind)).bind(3, QByteArray(data));
        const auto failure = q.run();
        return failure && failure->message.contains(u"CHECK"_s);
    };
    REQUIRE(importContents(*lib, generateSyntheticLibrary({30, 3, 4})).ok());
    CHECK(refused("slot", "{}"));
    CHECK(refused("case", "{not json"));
    REQUIRE_FALSE(lib->bulkTransaction([&]() -> Status {
        return Error::make(Error::Code::Invalid, u"stop"_s);
    }).ok());
    CHECK(refused("slot", "{}"));
    CHECK(refused("case", "{not json"));
    CHECK(lib->check()->isEmpty());
}
