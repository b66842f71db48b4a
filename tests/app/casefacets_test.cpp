#include "apptestsupport.h"

#include "app/casefacetcounter.h"
#include "app/casefacetpanel.h"
#include "app/caselistmodel.h"
#include "app/casesearchcontroller.h"
#include "app/casesview.h"
#include "app/eventcommand.h"
#include "app/librarysession.h"

#include "core/synthetic.h"
#include "store/libraryexchange.h"
#include "store/libraryfile.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace temaplan;

namespace {

CaseFilter textFilter(const QString &text)
{
    CaseFilter f;
    f.text = text;
    return f;
}

int totalOf(const QList<QVariant> &emission)
{
    return emission.at(0).value<CaseFacets>().total;
}

// A library file of generated cases, made once for the tests that need a count to
// take a while.
const QString &largeLibrary()
{
    static QTemporaryDir dir;
    static const QString path = test::generatedLibrary(dir, 8000, 200);
    return path;
}

// Runs the event loop until `signal` of `sender` comes, without the pauses of
// QTest::qWaitFor, so a timer fires as often as the loop is free to fire it.
template<class Sender, class Signal>
bool waitForSignal(Sender *sender, Signal signal, int timeoutMs = 20000)
{
    QEventLoop loop;
    bool came = false;
    QObject::connect(sender, signal, &loop, [&] {
        came = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return came;
}

} // namespace

TEST_CASE("facet counts arrive after the list, and a count overtaken by a newer search is dropped",
          "[app][cases][facets]")
{
    qRegisterMetaType<CaseFacets>();
    test::DemoWindow demo;
    app::CasesView *cases = demo.window.casesView();
    app::CaseSearchController *controller = cases->controller();
    Library *library = demo.window.session()->library();
    // The demo library is a file: its facets are counted on the counter's thread.
    REQUIRE(library->readerOpener());
    const int everything = library->caseFacets({})->total;
    const int aarhus = library->caseFacets(textFilter(u"Århus"_s))->total;
    REQUIRE(aarhus < everything);
    REQUIRE(test::waitUntil([&] { return !controller->isCounting(); }));

    QSignalSpy counted(controller, &app::CaseSearchController::facetsCounted);
    QSignalSpy counting(controller, &app::CaseSearchController::countingChanged);
    // Two searches in a row, before the first one's count could come back.
    cases->searchField()->setText(u"a"_s);
    controller->refresh();
    CHECK(cases->model()->rowCount() > 0); // the list is there at once
    CHECK(counted.isEmpty());              // its counts are not
    CHECK(controller->isCounting());
    cases->searchField()->setText(u"Århus"_s);
    controller->refresh();
    CHECK(counted.isEmpty());

    REQUIRE(test::waitUntil([&] { return !counted.isEmpty(); }));
    QTest::qWait(100); // the first search's count, had it not been dropped, would be here by now
    REQUIRE(counted.size() == 1);
    CHECK(totalOf(counted.first()) == aarhus);
    CHECK_FALSE(controller->isCounting());
    CHECK(counting.first().at(0).toBool());
    CHECK_FALSE(counting.last().at(0).toBool());
    // The panel and the result line show the second search's counts.
    QTreeWidgetItem *owners =
        cases->facets()->tree()->topLevelItem(app::CaseFacetPanel::OwnerFacet);
    REQUIRE(owners->childCount() >= 1);
    CHECK(owners->child(0)->text(0) == u"Aarhus Kommune"_s);
    CHECK(cases->findChild<QLabel *>(u"caseResultLine"_s)->text() ==
          u"%1 cases passer på «Århus»"_s.arg(aarhus));

    // Back to a search counted before: its counts at once, and a count under way for
    // another search does not arrive after them.
    counted.clear();
    cases->searchField()->setText(u"b"_s);
    controller->refresh();
    cases->searchField()->setText(u"Århus"_s);
    controller->refresh();
    REQUIRE(counted.size() == 1);
    CHECK(totalOf(counted.first()) == aarhus);
    QTest::qWait(150);
    CHECK(counted.size() == 1);
}

TEST_CASE("the counter numbers its counts and delivers only the newest", "[app][cases][facets]")
{
    qRegisterMetaType<CaseFacets>();
    test::DemoLibraryFile file;
    app::LibrarySession session;
    REQUIRE(session.open(file.path).ok());
    app::CaseFacetCounter counter([&] { return session.library(); });
    QSignalSpy counted(&counter, &app::CaseFacetCounter::counted);

    const quint64 first = counter.count({});
    const quint64 second = counter.count(textFilter(u"Århus"_s));
    CHECK(second > first);
    CHECK(counter.generation() == second);
    REQUIRE(test::waitUntil([&] { return !counted.isEmpty(); }));
    QTest::qWait(100);
    REQUIRE(counted.size() == 1);
    CHECK(counted.first().at(0).value<quint64>() == second);
    CHECK(counted.first().at(1).value<CaseFacets>().total ==
          session.library()->caseFacets(textFilter(u"Århus"_s))->total);

    // Cancelled: nothing arrives.
    counted.clear();
    counter.count({});
    counter.cancel();
    CHECK_FALSE(counter.isCounting());
    QTest::qWait(150);
    CHECK(counted.isEmpty());
}

TEST_CASE("the window keeps answering while a large library's facets are counted",
          "[app][cases][facets]")
{
    qRegisterMetaType<CaseFacets>();
    app::LibrarySession session;
    REQUIRE(session.open(largeLibrary(), OpenMode::ReadOnly).ok());
    app::CaseFacetCounter counter([&] { return session.library(); });
    QSignalSpy counted(&counter, &app::CaseFacetCounter::counted);

    // A timer on the window's thread, and how often it fired while a count was under
    // way: on the counter's thread a count leaves the event loop free, on the window's
    // thread it holds the loop until it is done.
    QTimer heartbeat;
    heartbeat.setInterval(1);
    heartbeat.setTimerType(Qt::PreciseTimer);
    int ticksWhileCounting = 0;
    QObject::connect(&heartbeat, &QTimer::timeout,
                     [&] { ticksWhileCounting += counter.isCounting() ? 1 : 0; });
    heartbeat.start();
    const QStringList broad = {u"s"_s, u"b"_s, u"k"_s, u""_s, u"m"_s};
    auto countAll = [&] {
        ticksWhileCounting = 0;
        counted.clear();
        QElapsedTimer elapsed;
        elapsed.start();
        for (const QString &text : broad) {
            counter.count(textFilter(text));
            REQUIRE(waitForSignal(&counter, &app::CaseFacetCounter::counted));
        }
        return elapsed.elapsed();
    };

    const qint64 threadedMs = countAll();
    const int threadedTicks = ticksWhileCounting;
    counter.setThreaded(false);
    const qint64 windowThreadMs = countAll();
    const int windowThreadTicks = ticksWhileCounting;
    INFO("on the counter's thread: " << threadedMs << " ms, " << threadedTicks
                                     << " ticks; on the window's thread: " << windowThreadMs
                                     << " ms, " << windowThreadTicks << " ticks");
    // Each count holds the window's thread once, so at most one tick per count slips in.
    CHECK(windowThreadTicks <= int(broad.size()));
    // Counted on the counter's thread, the timer kept ticking through the counts.
    CHECK(threadedTicks >= 3 * int(broad.size()));
}

TEST_CASE("a save is not held up by a count: the count waits for it and follows",
          "[app][cases][facets]")
{
    qRegisterMetaType<CaseFacets>();
    QTemporaryDir dir;
    app::LibrarySession session;
    REQUIRE(session.open(test::generatedLibrary(dir, 400, 20)).ok());
    app::CasesView cases(&session);
    cases.reload();
    app::CaseSearchController *controller = cases.controller();
    REQUIRE(test::waitUntil([&] { return !controller->isCounting(); }));
    QSignalSpy counted(controller, &app::CaseSearchController::facetsCounted);
    Library *library = session.library();

    // While the window's thread writes, a count is asked for: it stops rather than
    // hold its lock on the file against the commit, and the window's event loop keeps
    // going meanwhile (a count on this thread would have come back here).
    int ticks = 0;
    bool shownCounting = false;
    const Status written = library->transaction([&]() -> Status {
        cases.searchField()->setText(u"s"_s);
        controller->refresh();
        QTimer heartbeat;
        QObject::connect(&heartbeat, &QTimer::timeout, [&] { ++ticks; });
        heartbeat.start(5);
        QTest::qWait(app::CaseFacetPanel::countingDelayMs + 200);
        shownCounting = cases.facets()->showsCounting();
        return {};
    });
    REQUIRE(written.ok());
    CHECK(ticks >= 10);
    CHECK(counted.isEmpty());
    // The panel says the counts are on their way.
    CHECK(shownCounting);

    REQUIRE(test::waitUntil([&] { return !counted.isEmpty(); }));
    CHECK(totalOf(counted.last()) == library->caseFacets(textFilter(u"s"_s))->total);
    CHECK_FALSE(cases.facets()->showsCounting());
}

TEST_CASE("another library opened while a count runs: no crash, and no counts of the old one",
          "[app][cases][facets]")
{
    qRegisterMetaType<CaseFacets>();
    test::DemoWindow demo;
    demo.window.showRoom(app::MainWindow::CasesRoom);
    app::CasesView *cases = demo.window.casesView();
    app::CaseSearchController *controller = cases->controller();
    REQUIRE(demo.window.session()->open(largeLibrary(), OpenMode::ReadOnly).ok());
    QSignalSpy counted(controller, &app::CaseSearchController::facetsCounted);
    REQUIRE(controller->isCounting()); // the large library's facets, on their way

    // The demo again before they arrive: only its counts are shown.
    REQUIRE(demo.window.session()->open(demo.file.path).ok());
    const int demoTotal = demo.window.session()->library()->caseFacets({})->total;
    REQUIRE(test::waitUntil([&] { return !counted.isEmpty(); }, 20000));
    QTest::qWait(200);
    for (const QList<QVariant> &emission : counted)
        CHECK(totalOf(emission) == demoTotal);

    // Closed in the middle of a count (a library in memory takes its place).
    REQUIRE(demo.window.session()->open(largeLibrary(), OpenMode::ReadOnly).ok());
    cases->searchField()->setText(u"s"_s);
    controller->refresh();
    REQUIRE(controller->isCounting());
    counted.clear();
    auto memory = openMemoryLibrary();
    REQUIRE(memory.ok());
    demo.window.session()->adopt(std::move(memory).value());
    REQUIRE(test::waitUntil([&] { return !counted.isEmpty(); }, 20000));
    QTest::qWait(200);
    for (const QList<QVariant> &emission : counted)
        CHECK(totalOf(emission) == 0);
    CHECK(cases->model()->rowCount() == 0);
}

TEST_CASE("facets of a library in memory or opened read-only arrive the same way",
          "[app][cases][facets]")
{
    qRegisterMetaType<CaseFacets>();
    const bool inMemory = GENERATE(true, false);
    test::DemoLibraryFile file;
    app::LibrarySession session;
    if (inMemory) {
        auto lib = openMemoryLibrary();
        REQUIRE(lib.ok());
        auto demoLib = openLibrary(file.path, OpenMode::ReadOnly);
        REQUIRE(demoLib.ok());
        auto contents = (*demoLib)->contents();
        REQUIRE(contents.ok());
        REQUIRE(importContents(**lib, *contents).ok());
        session.adopt(std::move(lib).value());
        CHECK_FALSE(session.library()->readerOpener());
    } else {
        REQUIRE(session.open(file.path, OpenMode::ReadOnly).ok());
        REQUIRE(session.isReadOnly());
    }
    app::CaseListModel model;
    QLineEdit field;
    app::CaseSearchController controller(&field, &model, [&] { return session.library(); });
    QSignalSpy counted(&controller, &app::CaseSearchController::facetsCounted);
    field.setText(u"Århus"_s);
    controller.refresh();
    CHECK(counted.isEmpty());
    REQUIRE(test::waitUntil([&] { return !counted.isEmpty(); }));
    CHECK(totalOf(counted.last()) == session.library()->caseFacets(textFilter(u"Århus"_s))->total);
    CHECK(totalOf(counted.last()) == 2);
}

TEST_CASE("an edit of an event counts the facets anew", "[app][cases][facets]")
{
    qRegisterMetaType<CaseFacets>();
    test::DemoWindow demo;
    app::CaseSearchController *controller = demo.window.casesView()->controller();
    app::LibrarySession *session = demo.window.session();
    Library *library = session->library();
    REQUIRE(test::waitUntil([&] { return !controller->isCounting(); }));
    const auto linked = [](const CaseFacets &facets) {
        int n = 0;
        for (const FacetValue &v : facets.themeGroups)
            n += v.count;
        return n;
    };
    const int before = linked(*library->caseFacets({}));

    // Every case link taken out of the Gladsaxe meeting, as one edit.
    const Id eventId = test::eventIdByTitle(demo.window, u"Temagruppemøde om lokalsamfund"_s);
    const Event old = *library->events().get(eventId);
    Event changed = old;
    for (Occurrence &o : changed.occurrences)
        for (AgendaSlot &s : o.agenda)
            s.caseIds.clear();
    REQUIRE_FALSE(old == changed);
    QSignalSpy counted(controller, &app::CaseSearchController::facetsCounted);
    REQUIRE(session->push(new app::EventCommand(session, old, changed, u"fjern cases"_s)));
    REQUIRE(test::waitUntil([&] { return !counted.isEmpty(); }));
    const int after = linked(counted.last().at(0).value<CaseFacets>());
    CHECK(after == linked(*library->caseFacets({})));
    CHECK(after < before);

    // Undone: counted anew again.
    counted.clear();
    session->undoStack()->undo();
    REQUIRE(test::waitUntil([&] { return !counted.isEmpty(); }));
    CHECK(linked(counted.last().at(0).value<CaseFacets>()) == before);
}

TEST_CASE("the first facets are shown while the theme groups are still counted", "[app][cases][facets]")
{
    qRegisterMetaType<CaseFacets>();
    QTemporaryDir dir;
    app::LibrarySession session;
    REQUIRE(session.open(test::generatedLibrary(dir, 400, 20)).ok());
    app::CasesView cases(&session);
    cases.show(); // the room reads its list and counts when seen
    cases.reload();
    app::CaseSearchController *controller = cases.controller();
    REQUIRE(test::waitUntil([&] { return !controller->isCounting(); }));
    app::CaseFacetPanel *panel = cases.facets();
    QTreeWidget *tree = panel->tree();
    const auto countsShown = [&](int facet) {
        QStringList counts;
        QTreeWidgetItem *top = tree->topLevelItem(facet);
        for (int i = 0; i < top->childCount(); ++i)
            counts << top->child(i)->text(app::CaseFacetPanel::CountColumn);
        return counts;
    };
    const QStringList groupsBefore = countsShown(app::CaseFacetPanel::ThemeGroupFacet);
    REQUIRE_FALSE(groupsBefore.isEmpty());

    // What the panel shows when the owners are counted and the rest are not.
    struct Seen
    {
        int counted = 0;
        int total = 0;
        QStringList owners, groups;
        QColor groupColour;
    };
    QList<Seen> seen;
    QObject::connect(controller, &app::CaseSearchController::facetsPartlyCounted,
                     [&](const CaseFacets &facets, int counted) {
                         QTreeWidgetItem *group = tree->topLevelItem(app::CaseFacetPanel::ThemeGroupFacet)->child(0);
                         seen.append({counted, facets.total, countsShown(app::CaseFacetPanel::OwnerFacet),
                                      countsShown(app::CaseFacetPanel::ThemeGroupFacet),
                                      group->foreground(app::CaseFacetPanel::CountColumn).color()});
                     });
    QSignalSpy counted(controller, &app::CaseSearchController::facetsCounted);
    cases.searchField()->setText(u"sundhed"_s);
    controller->refresh();
    REQUIRE(test::waitUntil([&] { return !counted.isEmpty(); }));
    const CaseFacets facets = counted.last().at(0).value<CaseFacets>();

    REQUIRE(seen.size() == 3);
    CHECK(seen.at(0).counted == 1);
    CHECK(seen.at(2).counted == 3);
    // The owners and the total of "sundhed" first; the theme groups of the list before, greyed.
    CHECK(seen.at(0).total == facets.total);
    CHECK(seen.at(0).owners == countsShown(app::CaseFacetPanel::OwnerFacet));
    CHECK(seen.at(0).groups == groupsBefore);
    CHECK(seen.at(0).groupColour == panel->palette().color(QPalette::PlaceholderText));
    // Then every facet is of "sundhed", in its own colour.
    CHECK(countsShown(app::CaseFacetPanel::ThemeGroupFacet).first() ==
          QString::number(facets.themeGroups.first().count));
    CHECK(tree->topLevelItem(app::CaseFacetPanel::ThemeGroupFacet)->child(0)->foreground(app::CaseFacetPanel::CountColumn).color() !=
          panel->palette().color(QPalette::PlaceholderText));
}

TEST_CASE("a value ticked by a click while the room rebuilds the panel at once", "[app][cases][facets]")
{
    app::CaseFacetPanel panel;
    CaseFacets facets;
    facets.total = 3;
    facets.owners = {{u"o1"_s, u"Aarhus Kommune"_s, 2}, {u"o2"_s, u"Vejle Kommune"_s, 1}};
    facets.themes = {{u"sundhed"_s, u"sundhed"_s, 3}};
    panel.setFacets(facets, {});
    // As the room does when it remembers the count of the new choice: the panel is
    // rebuilt, and the item clicked with it, before the click's own call returns.
    QList<CaseFilter> heard;
    QObject::connect(&panel, &app::CaseFacetPanel::chosenChanged, &panel, [&](const CaseFilter &chosen) {
        heard.append(chosen);
        panel.setFacets(facets, chosen);
    });
    panel.resize(300, 400);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));

    auto clickOn = [&](app::CaseFacetPanel::Facet facet, const QString &key) {
        QTreeWidgetItem *item = panel.item(facet, key);
        REQUIRE(item);
        const QRect rect = panel.tree()->visualItemRect(item);
        QTest::mouseClick(panel.tree()->viewport(), Qt::LeftButton, {}, rect.center());
    };
    clickOn(app::CaseFacetPanel::OwnerFacet, u"o2"_s);
    REQUIRE(heard.size() == 1);
    CHECK(heard.last().ownerIds == QStringList{u"o2"_s});
    REQUIRE(panel.item(app::CaseFacetPanel::OwnerFacet, u"o2"_s));
    CHECK(panel.item(app::CaseFacetPanel::OwnerFacet, u"o2"_s)->checkState(0) == Qt::Checked);

    // Unticked the same way, and from the keyboard.
    clickOn(app::CaseFacetPanel::OwnerFacet, u"o2"_s);
    REQUIRE(heard.size() == 2);
    CHECK(heard.last().ownerIds.isEmpty());
    panel.tree()->setCurrentItem(panel.item(app::CaseFacetPanel::ThemeFacet, u"sundhed"_s));
    QTest::keyClick(panel.tree(), Qt::Key_Space);
    REQUIRE(heard.size() == 3);
    CHECK(heard.last().themes == QStringList{u"sundhed"_s});
    CHECK(panel.item(app::CaseFacetPanel::ThemeFacet, u"sundhed"_s)->checkState(0) == Qt::Checked);
}
