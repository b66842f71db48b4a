#include "apptestsupport.h"

#include "app/eventlistmodel.h"
#include "app/eventsview.h"
#include "app/libraryfileactions.h"
#include "app/librarysession.h"
#include "app/recentfiles.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QLabel>

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
