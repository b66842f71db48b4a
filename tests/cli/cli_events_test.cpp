#include "clirun.h"
#include "sampledata.h"

#include "store/libraryfile.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace {

QString sampleLibrary(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"lib.temaplan"_s);
    auto lib = temaplan::openLibrary(path, temaplan::OpenMode::CreateNew);
    REQUIRE(lib.ok());
    sample::fill(*lib.value());
    return path;
}

} // namespace

TEST_CASE("events lists every event by date with a short id", "[cli]")
{
    QTemporaryDir dir;
    const QString path = sampleLibrary(dir);
    const CliResult r = runCli({u"--library"_s, path, u"events"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"11111111"_s));
    CHECK(r.out.contains(u"6. december 2024"_s));
    CHECK(r.out.contains(u"Temagruppemøde om lokalsamfund"_s));
    CHECK(r.out.indexOf(u"Ledernetværket"_s) < r.out.indexOf(u"Temagruppemøde"_s));
}

TEST_CASE("events filters by date and by theme group, also under its former name", "[cli]")
{
    QTemporaryDir dir;
    const QString path = sampleLibrary(dir);
    const CliResult later = runCli({u"--library"_s, path, u"events"_s, u"--from"_s, u"2020-01-01"_s});
    REQUIRE(later.exitCode == 0);
    CHECK(later.out.contains(u"Temagruppemøde"_s));
    CHECK_FALSE(later.out.contains(u"Ledernetværket"_s));

    const CliResult group = runCli({u"--library"_s, path, u"events"_s, u"--group"_s, u"sundhed og lokalsamfund"_s});
    REQUIRE(group.exitCode == 0);
    CHECK(group.out.contains(u"Temagruppemøde"_s));
    CHECK_FALSE(group.out.contains(u"Ledernetværket"_s));

    CHECK(runCli({u"--library"_s, path, u"events"_s, u"--group"_s, u"findes ikke"_s}).exitCode == 1);
    const CliResult bad = runCli({u"--library"_s, path, u"events"_s, u"--from"_s, u"6/12"_s});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(u"ÅÅÅÅ-MM-DD"_s));
}

TEST_CASE("event prints the agenda with Danish times and speakers", "[cli]")
{
    QTemporaryDir dir;
    const QString path = sampleLibrary(dir);
    const CliResult r = runCli({u"--library"_s, path, u"event"_s, u"1111"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"Den 6. december 2024 i Gladsaxe"_s));
    CHECK(r.out.contains(u"9.30"_s));
    CHECK(r.out.contains(u"10.30"_s));
    CHECK(r.out.contains(u"ved leder af strategien Mette Dybkjær"_s));
    CHECK(r.out.contains(u"• Kort om Strategien Social Balance"_s));
    CHECK(r.out.contains(u"Link til casen: Social balance <https://"_s));
    CHECK(r.out.contains(u"Vi slutter kl. 15.00."_s));
    CHECK(r.out.indexOf(u"9.30"_s) < r.out.indexOf(u"10.30"_s));
}

TEST_CASE("event ids that match nothing are data errors", "[cli]")
{
    QTemporaryDir dir;
    const QString path = sampleLibrary(dir);
    const CliResult none = runCli({u"--library"_s, path, u"event"_s, u"ffff"_s});
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(u"ffff"_s));
    CHECK(runCli({u"--library"_s, path, u"event"_s}).exitCode == 2);
}
