#include "clirun.h"
#include "sampledata.h"

#include "core/libraryjson.h"
#include "store/libraryfile.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

using namespace temaplan;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QString sampleFile(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    auto lib = openLibrary(path, OpenMode::CreateNew);
    REQUIRE(lib.ok());
    sample::fill(**lib);
    return path;
}

} // namespace

TEST_CASE("demo creates the bundled demo library from the seeds", "[cli][exchange]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.temaplan"_s);
    const CliResult r = runCli({u"demo"_s, path});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"nye"_s));
    const CliResult events = runCli({u"--library"_s, path, u"events"_s});
    CHECK(events.exitCode == 0);
    CHECK(events.out.contains(u"Vejle"_s));
    CHECK(runCli({u"--library"_s, path, u"check"_s}).exitCode == 0);
    // Not over an existing file.
    CHECK(runCli({u"demo"_s, path}).exitCode == 1);
}

TEST_CASE("export then import into an empty library gives the same library", "[cli][exchange]")
{
    QTemporaryDir dir;
    const QString source = sampleFile(dir, u"a.temaplan"_s);
    const QString json = dir.filePath(u"a.json"_s);
    REQUIRE(runCli({u"--library"_s, source, u"export"_s, u"-o"_s, json}).exitCode == 0);

    const QString copy = dir.filePath(u"b.temaplan"_s);
    REQUIRE(runCli({u"init"_s, copy}).exitCode == 0);
    const CliResult imported = runCli({u"--library"_s, copy, u"import"_s, json});
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(u"0 ændrede"_s));

    const QString again = dir.filePath(u"b.json"_s);
    REQUIRE(runCli({u"--library"_s, copy, u"export"_s, u"--output"_s, again}).exitCode == 0);
    CHECK(readAll(json) == readAll(again));

    // Importing the same file twice changes nothing.
    const CliResult twice = runCli({u"--library"_s, copy, u"import"_s, json});
    CHECK(twice.out.contains(u"0 nye, 0 ændrede"_s));
}

TEST_CASE("export of one event carries everything it refers to and nothing else", "[cli][exchange]")
{
    QTemporaryDir dir;
    const QString source = sampleFile(dir, u"a.temaplan"_s);
    const CliResult r = runCli({u"--library"_s, source, u"export"_s, u"--event"_s, u"11111111"_s});
    REQUIRE(r.exitCode == 0);
    const auto contents = json::readLibraryJson(r.out.toUtf8());
    REQUIRE(contents.ok());
    CHECK(contents->events.size() == 1);
    CHECK(contents->cases.size() == 1);          // Social balance, not the Aarhus case
    CHECK(contents->organisations.size() == 2);  // the network and Gladsaxe, not Aarhus
    CHECK(contents->themeGroups.size() == 1);
    CHECK(contents->venues.size() == 1);
    CHECK(contents->people.size() == 1);

    // And it imports on its own into an empty library.
    const QString json = dir.filePath(u"e.json"_s);
    writeAll(json, r.out.toUtf8());
    const QString empty = dir.filePath(u"tom.temaplan"_s);
    REQUIRE(runCli({u"init"_s, empty}).exitCode == 0);
    CHECK(runCli({u"--library"_s, empty, u"import"_s, json}).exitCode == 0);
}

TEST_CASE("a bad import names the place of the fault and changes nothing", "[cli][exchange]")
{
    QTemporaryDir dir;
    const QString library = sampleFile(dir, u"a.temaplan"_s);
    const QByteArray before = QCryptographicHash::hash(readAll(library), QCryptographicHash::Sha256);

    const QString broken = dir.filePath(u"broken.json"_s);
    writeAll(broken, "{\n  \"format\": \"temaplan-library\",\n  \"version\": 1,\n  \"cases\": [ { \"id\": 12 ]\n}\n");
    CliResult r = runCli({u"--library"_s, library, u"import"_s, broken});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"broken.json"_s));
    CHECK(r.err.contains(u"linje 4"_s));

    // Valid JSON, but the second case refers to an organisation that is nowhere.
    const QString dangling = dir.filePath(u"dangling.json"_s);
    writeAll(dangling, R"({"format": "temaplan-library", "version": 1, "cases": [
        {"id": "33333333-0000-4000-8000-000000000001", "title": "Først"},
        {"id": "33333333-0000-4000-8000-000000000002", "title": "Dernæst",
         "owner": "44444444-0000-4000-8000-000000000001"}]})");
    r = runCli({u"--library"_s, library, u"import"_s, dangling});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"/cases/1/owner: henviser til en organisation"_s));
    CHECK(r.err.contains(u"44444444-0000-4000-8000-000000000001"_s));

    // A reference to a record of the wrong kind: the case's owner is a person.
    const QString wrongKind = dir.filePath(u"kind.json"_s);
    writeAll(wrongKind, R"({"format": "temaplan-library", "version": 1,
        "people": [{"id": "55555555-0000-4000-8000-000000000001", "name": "Mette"}],
        "cases": [{"id": "33333333-0000-4000-8000-000000000005", "title": "Sag",
                   "owner": "55555555-0000-4000-8000-000000000001"}]})");
    r = runCli({u"--library"_s, library, u"import"_s, wrongKind});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"/cases/0/owner: skal henvise til en organisation"_s));

    const QString wrongType = dir.filePath(u"wrong.json"_s);
    writeAll(wrongType, R"({"format": "temaplan-library", "version": 1, "events": [
        {"id": "33333333-0000-4000-8000-000000000003", "title": "Møde",
         "occurrences": [{"id": "33333333-0000-4000-8000-000000000004", "date": "2024-02-30"}]}]})");
    r = runCli({u"--library"_s, library, u"import"_s, wrongType});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"/events/0/occurrences/0/date"_s));

    const QString newer = dir.filePath(u"newer.json"_s);
    writeAll(newer, R"({"format": "temaplan-library", "version": 99})");
    r = runCli({u"--library"_s, library, u"import"_s, newer});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"nyere version"_s));

    CHECK(QCryptographicHash::hash(readAll(library), QCryptographicHash::Sha256) == before);
    CHECK(runCli({u"--library"_s, library, u"cases"_s}).out.contains(u"Social balance"_s));
    CHECK_FALSE(runCli({u"--library"_s, library, u"cases"_s}).out.contains(u"Først"_s));
}

TEST_CASE("export never leaves a half-written file", "[cli][exchange]")
{
    QTemporaryDir dir;
    const QString library = sampleFile(dir, u"a.temaplan"_s);
    const CliResult r = runCli({u"--library"_s, library, u"export"_s, u"-o"_s, dir.filePath(u"ingen/mappe/x.json"_s)});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"Kunne ikke skrive"_s));
    CHECK(runCli({u"--library"_s, library, u"export"_s, u"--event"_s, u"ffff"_s}).exitCode == 1);
}
