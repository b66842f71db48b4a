#include "apptestsupport.h"

#include "app/casesview.h"
#include "app/eventlistmodel.h"
#include "app/eventsview.h"
#include "app/libraryfileactions.h"
#include "app/librarysession.h"
#include "app/peopleview.h"
#include "app/recentfiles.h"
#include "app/recordlistmodel.h"
#include "app/recordroom.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace temaplan;

TEST_CASE("the window is titled with the library's file name")
{
    test::DemoWindow demo;
    CHECK(demo.window.windowTitle() == u"Temaplan – demo.temaplan"_s);
    CHECK_FALSE(demo.window.readOnlyBanner()->isVisibleTo(&demo.window));
    CHECK(demo.window.fileActions()->importAction()->isEnabled());
}

TEST_CASE("opening a file that is not a library shows why and keeps the library that was open")
{
    test::DemoWindow demo;
    const QString notALibrary = demo.file.dir.filePath(u"indkøbsliste.temaplan"_s);
    QFile file(notALibrary);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("mælk, æg, rugbrød\n");
    file.close();

    CHECK_FALSE(demo.window.fileActions()->openFile(notALibrary));

    const QStringList errors = test::errorTexts(demo.window);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().contains(u"indkøbsliste.temaplan"_s));
    CHECK(demo.window.session()->path() == demo.file.path);
    CHECK(demo.window.windowTitle() == u"Temaplan – demo.temaplan"_s);
    CHECK(demo.window.eventsView()->model()->rowCount() == 7);
    test::closeErrors(demo.window);
}

TEST_CASE("opening a missing file shows why and keeps the library that was open")
{
    test::DemoWindow demo;
    CHECK_FALSE(
        demo.window.fileActions()->openFile(demo.file.dir.filePath(u"findes-ikke.temaplan"_s)));
    CHECK(test::errorTexts(demo.window).size() == 1);
    CHECK(demo.window.session()->path() == demo.file.path);
    test::closeErrors(demo.window);
}

TEST_CASE("a library opened read-only shows the banner and cannot be imported into")
{
    test::DemoWindow demo;
    test::DemoLibraryFile archive;
    REQUIRE(demo.window.fileActions()->openFile(archive.path, OpenMode::ReadOnly));

    QLabel *banner = demo.window.readOnlyBanner();
    CHECK(banner->isVisibleTo(&demo.window));
    CHECK(banner->text().startsWith(u"Biblioteket er åbnet skrivebeskyttet"_s));
    CHECK_FALSE(demo.window.fileActions()->importAction()->isEnabled());
    CHECK(demo.window.fileActions()->exportAction()->isEnabled());

    // Opening a writable library again takes the banner away.
    REQUIRE(demo.window.fileActions()->openFile(demo.file.path));
    CHECK_FALSE(banner->isVisibleTo(&demo.window));
    CHECK(demo.window.fileActions()->importAction()->isEnabled());
}

TEST_CASE("exporting and importing JSON goes through the File actions")
{
    test::DemoWindow demo;
    const QString json = demo.file.dir.filePath(u"udveksling.json"_s);
    REQUIRE(demo.window.fileActions()->exportFile(json));
    CHECK(QFileInfo(json).size() > 1000);

    // A fresh, empty library takes the export in and then lists its events.
    const QString fresh = demo.file.dir.filePath(u"nyt.temaplan"_s);
    REQUIRE(demo.window.fileActions()->openFile(fresh, OpenMode::CreateNew));
    CHECK(demo.window.eventsView()->model()->rowCount() == 0);
    REQUIRE(demo.window.fileActions()->importFile(json));
    CHECK(demo.window.eventsView()->model()->rowCount() == 7);

    // A broken file imports nothing and says so.
    QFile broken(demo.file.dir.filePath(u"i-stykker.json"_s));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("{ \"format\": ");
    broken.close();
    CHECK_FALSE(demo.window.fileActions()->importFile(broken.fileName()));
    CHECK(test::errorTexts(demo.window).size() == 1);
    CHECK(demo.window.eventsView()->model()->rowCount() == 7);
    test::closeErrors(demo.window);
}

TEST_CASE("an opened library is remembered first in the recent list")
{
    app::RecentFiles recent;
    recent.clear();
    test::DemoWindow demo;
    test::DemoLibraryFile other;
    REQUIRE(demo.window.fileActions()->openFile(other.path));
    CHECK(recent.last() == other.path);
    CHECK(recent.files() == QStringList{other.path, demo.file.path});

    // A failed open is not remembered.
    CHECK_FALSE(demo.window.fileActions()->openFile(other.dir.filePath(u"findes-ikke.temaplan"_s)));
    CHECK(recent.last() == other.path);
    test::closeErrors(demo.window);
    recent.clear();
}

TEST_CASE("the status bar counts what the room on show lists, and follows its filter",
          "[app][window]")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    Library &library = *window.session()->library();
    const auto *count = window.findChild<QLabel *>(u"roomCount"_s);
    REQUIRE(count);
    const int events = window.eventsView()->model()->eventCount();
    CHECK(count->text() == u"%1 arrangementer"_s.arg(events));

    // The people room: its people, then those the filter keeps of them.
    window.showRoom(app::MainWindow::PeopleRoom);
    const int people = int(library.people().all()->size());
    CHECK(count->text() == u"%1 personer"_s.arg(people));
    app::RecordRoom *room = window.peopleView();
    QTest::keyClicks(room->filterField(), u"mette"_s);
    const int kept = room->proxy()->rowCount();
    REQUIRE(kept > 0);
    REQUIRE(kept < people);
    CHECK(count->text() == u"%1 af %2 personer"_s.arg(kept).arg(people));
    room->filterField()->clear();
    CHECK(count->text() == u"%1 personer"_s.arg(people));

    window.showRoom(app::MainWindow::OrganisationsRoom);
    CHECK(count->text() == u"%1 organisationer"_s.arg(library.organisations().all()->size()));
    window.showRoom(app::MainWindow::SeriesRoom);
    CHECK(count->text() == u"1 serie"_s);

    // The case room: every case, then the cases a search finds of them.
    window.showRoom(app::MainWindow::CasesRoom);
    const int cases = *library.countCases({});
    REQUIRE(test::waitUntil([&] { return count->text() == u"%1 cases"_s.arg(cases); }));
    app::CasesView *casesView = window.casesView();
    casesView->searchField()->setFocus();
    QTest::keyClicks(casesView->searchField(), u"sundhed"_s);
    CaseFilter sundhed;
    sundhed.text = u"sundhed"_s;
    const int found = *library.countCases(sundhed);
    REQUIRE(found < cases);
    CHECK(test::waitUntil(
        [&] { return count->text() == u"%1 af %2 cases"_s.arg(found).arg(cases); }));

    // Back among the events: the events again.
    window.showRoom(app::MainWindow::EventsRoom);
    CHECK(count->text() == u"%1 arrangementer"_s.arg(events));
}
