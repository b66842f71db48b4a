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

TEST_CASE("cases lists every case with its owner", "[cli]")
{
    QTemporaryDir dir;
    const QString path = sampleLibrary(dir);
    const CliResult r = runCli({u"--library"_s, path, u"cases"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"Social balance (Gladsaxe Kommune)"_s));
    CHECK(r.out.contains(u"Sundhedshuse i Århus (Aarhus Kommune)"_s));
}

TEST_CASE("cases --search folds Danish spelling", "[cli]")
{
    QTemporaryDir dir;
    const QString path = sampleLibrary(dir);
    const CliResult r = runCli({u"--library"_s, path, u"cases"_s, u"--search"_s, u"aarhus"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"Sundhedshuse i Århus"_s));
    CHECK_FALSE(r.out.contains(u"Social balance"_s));
    const CliResult prefix = runCli({u"--library"_s, path, u"cases"_s, u"--search"_s, u"sundh"_s});
    CHECK(prefix.out.contains(u"Sundhedshuse"_s));
    const CliResult none = runCli({u"--library"_s, path, u"cases"_s, u"--search"_s, u"zzzz"_s});
    CHECK(none.exitCode == 0);
    CHECK(none.out.contains(u"Ingen cases."_s));
}

TEST_CASE("case shows every event it was presented at", "[cli]")
{
    QTemporaryDir dir;
    const QString path = sampleLibrary(dir);
    const CliResult r = runCli({u"--library"_s, path, u"case"_s, u"22222222"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"Social balance"_s));
    CHECK(r.out.contains(u"Ejer: Gladsaxe Kommune"_s));
    CHECK(r.out.contains(u"Præsenteret ved:"_s));
    CHECK(r.out.contains(u"Temagruppemøde om lokalsamfund"_s));
    CHECK(r.out.contains(u"10.30 Gladsaxe – 'Social balance'"_s));
}

TEST_CASE("an ambiguous case prefix asks for more characters", "[cli]")
{
    QTemporaryDir dir;
    const QString path = sampleLibrary(dir);
    const CliResult r = runCli({u"--library"_s, path, u"case"_s, u"2222222"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"flere tegn"_s));
}
