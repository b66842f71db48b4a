#include "apptestsupport.h"

#include "app/firstrun.h"
#include "store/libraryfile.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace temaplan;

TEST_CASE("a first run makes the demo library in the data folder, and a second run keeps it")
{
    const QString path = app::defaultLibraryPath();
    CHECK(QFileInfo(path).fileName() == u"bibliotek.temaplan"_s);
    QFile::remove(path);

    auto made = app::ensureDefaultLibrary();
    REQUIRE(made);
    CHECK(*made == path);
    auto library = openLibrary(path);
    REQUIRE(library);
    auto events = (*library)->findEvents({});
    REQUIRE(events);
    CHECK(events->size() == 7);
    library->reset();

    const qint64 size = QFileInfo(path).size();
    auto again = app::ensureDefaultLibrary();
    REQUIRE(again);
    CHECK(QFileInfo(path).size() == size);
    QFile::remove(path);
}

TEST_CASE("temaplan --screenshot paints the window on a library into a PNG")
{
    test::DemoLibraryFile file;
    const QString png = file.dir.filePath(u"vindue.png"_s);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    // Its own settings and data folders: the run must not remember this library for the user.
    env.insert(u"XDG_CONFIG_HOME"_s, file.dir.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, file.dir.filePath(u"data"_s));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TEMAPLAN_BIN_DIR "/temaplan"),
                  {u"--screenshot"_s, png, file.path});
    REQUIRE(process.waitForFinished(60000));
    CHECK(process.exitCode() == 0);
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() >= 1000);
    CHECK(image.height() >= 600);
}
