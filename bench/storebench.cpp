#include "measures.h"

#include "core/searchfolding.h"
#include "core/synthetic.h"
#include "store/checkedlibraries.h"
#include "store/libraryexchange.h"
#include "store/libraryfile.h"
#include "store/sqlite.h"
#include "store/sqlitelibrary.h"

#include <QElapsedTimer>
#include <QFile>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::bench {

namespace {

// What a person types, one keystroke at a time: each prefix is one search.
const QStringList typedWords = {u"bæredygtig"_s,   u"sundhedshuse"_s,   u"Århus"_s,
                                u"middelfart"_s,   u"social balance"_s, u"børn trivsel"_s,
                                u"lokalsamfund"_s, u"xylofon"_s};

// What a coordinator types to find a speaker: whole names, Danish letters typed or not,
// a surname alone, and a name no one has.
const QStringList typedNames = {u"Mette Dybkjær"_s, u"soren molgaard"_s, u"Åse Østergaard"_s,
                                u"aase"_s,          u"kjærgaard"_s,      u"bjorn lund"_s,
                                u"xenia"_s};

QStringList keystrokes(const QStringList &words = typedWords)
{
    QStringList all;
    for (const QString &word : words) {
        for (qsizetype n = 1; n <= word.size(); ++n) {
            if (!word.left(n).endsWith(u' '))
                all.append(word.left(n));
        }
    }
    return all;
}

} // namespace

QString generatedLibrary(const Options &options, double *generateMs)
{
    const QString path =
        options.workDir + u"/bench-%1-%2.temaplan"_s.arg(options.cases).arg(options.events);
    if (QFile::exists(path)) {
        // A library kept from an older build is brought to the current schema once,
        // so the measures that open it read-only can open it.
        auto lib = openLibrary(path, OpenMode::OpenExisting);
        if (!lib)
            qFatal("%s", qPrintable(lib.error().message));
        return path;
    }
    QElapsedTimer timer;
    timer.start();
    auto lib = openLibrary(path, OpenMode::CreateNew);
    if (!lib)
        qFatal("%s", qPrintable(lib.error().message));
    const auto report =
        importContents(**lib, generateSyntheticLibrary({options.cases, options.events, 1}));
    if (!report)
        qFatal("%s", qPrintable(report.error().message));
    if (generateMs)
        *generateMs = double(timer.nsecsElapsed()) / 1e6;
    return path;
}

namespace {

QList<Report> searchAsYouType(const Options &options)
{
    const QString path = generatedLibrary(options);
    auto lib = openLibrary(path, OpenMode::ReadOnly);
    if (!lib)
        qFatal("%s", qPrintable(lib.error().message));
    const QStringList typed = keystrokes();

    Report r;
    r.measure = u"search.cases-as-you-type"_s;
    r.unit = u"ms per keystroke"_s;
    QList<double> ours;
    volatile qsizetype sink = 0;
    for (int run = 0; run < options.runs; ++run) {
        for (const QString &text : typed) {
            QElapsedTimer t;
            t.start();
            sink = sink + (*lib)->searchCases(text, 50)->size();
            ours.append(double(t.nsecsElapsed()) / 1e6);
        }
    }
    r.subject = statsOf(ours);

    // The alternative: rank every match with bm25 and keep the best 50, on the same
    // prefix-indexed table (without the prefix index it takes minutes for "b").
    sql::Database db;
    if (sql::Database::open(path, SQLITE_OPEN_READONLY, db))
        qFatal("cannot open %s", qPrintable(path));
    QList<double> naive;
    for (int run = 0; run < qMax(1, options.runs / 5); ++run) {
        for (const QString &text : typed) {
            QElapsedTimer t;
            t.start();
            sql::Statement q(db, "SELECT rowid FROM case_search WHERE case_search MATCH ? "
                                 "ORDER BY bm25(case_search, 8.0, 1.0) LIMIT 50");
            q.bind(1, store::searchExpression(text));
            while (q.step())
                sink = sink + 1;
            naive.append(double(t.nsecsElapsed()) / 1e6);
        }
    }
    r.floorName = u"naive ranked FTS5 query (bm25 over every match, LIMIT 50)"_s;
    r.floor = statsOf(naive);
    r.target = u"p95 ≤ 10 ms"_s;
    r.note = u"%1 cases, %2 events; %3 keystrokes over %4 words"_s.arg(options.cases)
                 .arg(options.events)
                 .arg(typed.size())
                 .arg(typedWords.size());

    // What the case list does per keystroke: its first page of 50 rows through
    // findCases (the search's order, rows read from case_list). Timed interleaved with
    // searchCases(text, 50), so that both see the same load on a shared machine.
    Report page;
    page.measure = u"search.case-list-page-as-you-type"_s;
    page.unit = u"ms per keystroke"_s;
    QList<double> pages;
    QList<double> hitsOnly;
    for (int run = 0; run < options.runs; ++run) {
        for (const QString &text : typed) {
            CaseFilter filter;
            filter.text = text;
            QElapsedTimer t;
            t.start();
            sink = sink + (*lib)->findCases(filter, 0, 50)->size();
            pages.append(double(t.nsecsElapsed()) / 1e6);
            t.start();
            sink = sink + (*lib)->searchCases(text, 50)->size();
            hitsOnly.append(double(t.nsecsElapsed()) / 1e6);
        }
    }
    page.subject = statsOf(pages);
    page.floorName = u"searchCases(text, 50), timed in turn with it"_s;
    page.floor = statsOf(hitsOnly);
    page.target = u"p95 ≤ 10 ms"_s;
    page.note = u"findCases, the list's first page of 50, same keystrokes"_s;

    // Facets for the same keystrokes: counted after the list, once typing pauses.
    Report facets;
    facets.measure = u"search.case-facets-as-you-type"_s;
    facets.unit = u"ms per count"_s;
    QList<double> counts;
    for (int run = 0; run < qMax(1, options.runs / 5); ++run) {
        for (const QString &text : typed) {
            CaseFilter filter;
            filter.text = text;
            QElapsedTimer t;
            t.start();
            sink = sink + (*lib)->caseFacets(filter)->total;
            counts.append(double(t.nsecsElapsed()) / 1e6);
        }
    }
    facets.subject = statsOf(counts);
    facets.note =
        u"total, owners, themes, start years, theme groups; debounced, not per keystroke"_s;

    // Opening the case room: the first page of all cases by title, against reading
    // every case as the list did before it was paged.
    Report first;
    first.measure = u"search.case-list-first-page"_s;
    first.subject =
        timeRepeated(options.runs, [&] { sink = sink + (*lib)->findCases({}, 0, 50)->size(); });
    first.floorName = u"cases().all(): every case decoded"_s;
    first.floor = timeRepeated(qMax(1, options.runs / 5),
                               [&] { sink = sink + (*lib)->cases().all()->size(); });
    first.note = u"findCases({}, 0, 50), title order from the sort-key index"_s;

    Report later;
    later.measure = u"search.case-list-page-at-10000"_s;
    later.subject = timeRepeated(options.runs,
                                 [&] { sink = sink + (*lib)->findCases({}, 10000, 200)->size(); });
    later.note = u"a page of 200 far down the list (OFFSET 10 000)"_s;

    Report unfiltered;
    unfiltered.measure = u"search.case-facets-all"_s;
    unfiltered.subject =
        timeRepeated(options.runs, [&] { sink = sink + (*lib)->caseFacets({})->total; });
    unfiltered.note = u"facets of the whole library (the room opened, nothing typed)"_s;

    CaseFilter chosen;
    chosen.ownerIds = {
        idToString((*lib)->cases().get((*lib)->findCases({}, 0, 1)->value(0).caseId)->ownerId)};
    Report narrowed;
    narrowed.measure = u"search.case-facets-one-owner"_s;
    narrowed.subject = timeRepeated(options.runs, [&] {
        sink = sink + (*lib)->caseFacets(chosen)->total + (*lib)->findCases(chosen, 0, 50)->size();
    });
    narrowed.note = u"one owner chosen: facets and the first page"_s;
    return {r, page, facets, first, later, unfiltered, narrowed};
}

// What the speaker chooser read at start before it searched as one types: everyone's
// id, name and title, in Danish order by a sort key made once per person.
qsizetype readEveryone(sql::Database &db)
{
    sql::Statement q(
        db, "SELECT id, title, json_extract(data, '$.title') FROM record WHERE kind = 'person'");
    struct Keyed
    {
        QString key;
        QString id;
        Person person;
    };
    std::vector<Keyed> keyed;
    while (q.step()) {
        Person p;
        QString id = q.text(0);
        p.id = idFromString(id);
        p.name = q.text(1);
        p.title = q.text(2);
        keyed.push_back({danishSortKey(p.name), std::move(id), std::move(p)});
    }
    std::sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
        return a.key != b.key ? a.key < b.key : a.id < b.id;
    });
    return qsizetype(keyed.size());
}

QList<Report> peopleAsYouType(const Options &options)
{
    const QString path = generatedLibrary(options);
    auto lib = openLibrary(path, OpenMode::ReadOnly);
    if (!lib)
        qFatal("%s", qPrintable(lib.error().message));
    sql::Database db;
    if (sql::Database::open(path, SQLITE_OPEN_READONLY, db))
        qFatal("cannot open %s", qPrintable(path));
    const QStringList typed = keystrokes(typedNames);
    volatile qsizetype sink = 0;
    qsizetype people = 0;

    // Each keystroke's search timed in turn with one reading of everyone, so that both
    // see the same load on a shared machine.
    Report r;
    r.measure = u"search.people-as-you-type"_s;
    r.unit = u"ms per keystroke"_s;
    QList<double> searches;
    QList<double> everyone;
    for (int run = 0; run < options.runs; ++run) {
        for (const QString &text : typed) {
            QElapsedTimer t;
            t.start();
            sink = sink + (*lib)->findPeople(text, 30)->size();
            searches.append(double(t.nsecsElapsed()) / 1e6);
        }
        QElapsedTimer t;
        t.start();
        people = readEveryone(db);
        everyone.append(double(t.nsecsElapsed()) / 1e6);
    }
    r.subject = statsOf(searches);
    r.floorName = u"everyone's id, name and title in Danish order, read once at start before"_s;
    r.floor = statsOf(everyone);
    r.target = u"p95 ≤ 10 ms"_s;
    r.note = u"findPeople(text, 30) on %1 people; %2 keystrokes over %3 names"_s.arg(people)
                 .arg(typed.size())
                 .arg(typedNames.size());
    return {r};
}

QList<Report> libraryQueries(const Options &options)
{
    double generateMs = 0;
    const QString path = generatedLibrary(options, &generateMs);
    QList<Report> reports;
    if (generateMs > 0) {
        Report g;
        g.measure = u"store.generate-and-import"_s;
        g.subject = statsOf({generateMs});
        g.note = u"%1 cases, %2 events in one transaction"_s.arg(options.cases).arg(options.events);
        reports.append(g);
    }

    Report open;
    open.measure = u"store.open"_s;
    open.subject = timeRepeated(options.runs, [&] {
        auto lib = openLibrary(path, OpenMode::OpenExisting);
        if (!lib)
            qFatal("%s", qPrintable(lib.error().message));
    });
    open.floorName =
        u"the same file not remembered as checked: PRAGMA quick_check reads every page"_s;
    open.floor = timeRepeated(options.runs, [&] {
        store::forgetChecked(path);
        auto lib = openLibrary(path, OpenMode::OpenExisting);
        if (!lib)
            qFatal("%s", qPrintable(lib.error().message));
    });
    open.target = u"< 300 ms (the window opens at once)"_s;
    open.note = u"closed properly after its last check: header, page count, ids and lock only"_s;
    reports.append(open);

    auto lib = openLibrary(path, OpenMode::ReadOnly);
    Report events;
    events.measure = u"store.find-events-all"_s;
    events.subject = timeRepeated(options.runs, [&] { (void)(*lib)->findEvents({})->size(); });
    events.note = u"every occurrence, by date"_s;
    reports.append(events);

    const Id someCase = (*lib)->searchCases(u"sundhedshuse"_s, 1)->value(0).caseId;
    Report presented;
    presented.measure = u"store.presented-at"_s;
    presented.subject =
        timeRepeated(options.runs, [&] { (void)(*lib)->presentedAt(someCase)->size(); });
    reports.append(presented);
    return reports;
}

} // namespace

QList<Measure> storeMeasures()
{
    return {{u"store"_s, u"open, events by date, presented-at on a generated library"_s,
             libraryQueries},
            {u"search"_s, u"case search as you type on a generated library"_s, searchAsYouType},
            {u"search.people"_s,
             u"people search as you type (the speaker chooser) on a generated library"_s,
             peopleAsYouType}};
}

} // namespace temaplan::bench
