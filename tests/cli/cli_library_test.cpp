#include "clirun.h"
#include "sampledata.h"

#include "store/libraryfile.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

TEST_CASE("temaplan-cli without a command prints usage and exits 2", "[cli]")
{
    const CliResult r = runCli({});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"Kommandoer"_s));
}

TEST_CASE("temaplan-cli --help lists every command and exits 0", "[cli]")
{
    const CliResult r = runCli({u"--help"_s});
    CHECK(r.exitCode == 0);
    for (const char *name : {"init", "check", "events", "event", "cases", "case"})
        CHECK(r.out.contains(QLatin1String("  ") + QLatin1String(name)));
}

TEST_CASE("each command has its own --help", "[cli]")
{
    const CliResult r = runCli({u"events"_s, u"--help"_s});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"--from"_s));
    CHECK(r.out.contains(u"--group"_s));
}

TEST_CASE("unknown commands and options are usage errors", "[cli]")
{
    CHECK(runCli({u"frobnicate"_s}).exitCode == 2);
    CHECK(runCli({u"--nonsense"_s, u"events"_s}).exitCode == 2);
    CHECK(runCli({u"--library"_s}).exitCode == 2);
    const CliResult r = runCli({u"--library"_s, u"x.temaplan"_s, u"events"_s, u"--bogus"_s});
    CHECK(r.exitCode == 2);
    CHECK_FALSE(r.err.isEmpty());
}

TEST_CASE("a command that needs a library says so when none is given", "[cli]")
{
    qunsetenv("TEMAPLAN_LIBRARY");
    const CliResult r = runCli({u"events"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"--library"_s));
}

TEST_CASE("init creates a library and refuses to overwrite one", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ny.temaplan"_s);
    const CliResult made = runCli({u"init"_s, path});
    CHECK(made.exitCode == 0);
    CHECK(QFile::exists(path));
    const CliResult again = runCli({u"init"_s, path});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(u"ny.temaplan"_s));
    CHECK(runCli({u"--library"_s, path, u"check"_s}).exitCode == 0);
}

TEST_CASE("check passes on a sound library", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"lib.temaplan"_s);
    {
        auto lib = temaplan::openLibrary(path, temaplan::OpenMode::CreateNew);
        REQUIRE(lib.ok());
        sample::fill(*lib.value());
    }
    const CliResult r = runCli({u"--library"_s, path, u"check"_s});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"Ingen fejl fundet."_s));
}

TEST_CASE("a file that is not a library is a data error naming the file", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"noter.txt"_s);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Dette er ikke en database.\n");
    f.close();
    const CliResult r = runCli({u"--library"_s, path, u"events"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"noter.txt"_s));
    CHECK(r.out.isEmpty());
}

TEST_CASE("copy writes a library that checks clean", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"lib.temaplan"_s);
    REQUIRE(runCli({u"demo"_s, path}).exitCode == 0);
    const QString copy = dir.filePath(u"kopi.temaplan"_s);
    const CliResult r = runCli({u"--library"_s, path, u"copy"_s, copy});
    CHECK(r.exitCode == 0);
    CHECK(runCli({u"--library"_s, copy, u"check"_s}).exitCode == 0);
    CHECK(runCli({u"--library"_s, path, u"copy"_s, dir.filePath(u"x/y.temaplan"_s)}).exitCode == 1);
    CHECK(runCli({u"--library"_s, path, u"copy"_s}).exitCode == 2);
}
