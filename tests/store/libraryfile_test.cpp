#include "sampledata.h"

#include "store/libraryfile.h"
#include "store/schema.h"
#include "store/sqlite.h"

#include "core/libraryjson.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QDir>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <unistd.h>

using namespace temaplan;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

QString makeSampleFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"bibliotek.temaplan"_s);
    auto lib = openLibrary(path, OpenMode::CreateNew);
    REQUIRE(lib.ok());
    sample::fill(**lib);
    return path;
}

// Opens `path`, expects `code`, and checks the file is byte for byte as it was.
Error expectRefused(const QString &path, Error::Code code)
{
    const QByteArray before = fileHash(path);
    auto lib = openLibrary(path, OpenMode::OpenExisting, 200ms);
    REQUIRE_FALSE(lib.ok());
    CHECK(lib.error().code == code);
    CHECK(lib.error().message.contains(path));
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + u"-journal"_s));
    return lib.error();
}

void rawSql(const QString &path, const char *sqlText)
{
    sql::Database db;
    REQUIRE_FALSE(sql::Database::open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, db));
    REQUIRE_FALSE(db.exec(sqlText));
}

} // namespace

TEST_CASE("a library file keeps its records between sessions", "[store][file]")
{
    QTemporaryDir dir;
    const QString path = makeSampleFile(dir);
    auto lib = openLibrary(path);
    INFO((lib.ok() ? QString() : lib.error().message + u" / "_s + lib.error().detail).toStdString());
    REQUIRE(lib.ok());
    CHECK_FALSE((*lib)->isReadOnly());
    CHECK((*lib)->schemaVersion() == currentSchemaVersion());
    CHECK((*lib)->events().get(sample::eventId).ok());
    CHECK((*lib)->check()->isEmpty());
}

TEST_CASE("open modes: missing file, existing file, a folder", "[store][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ny.temaplan"_s);
    auto missing = openLibrary(path, OpenMode::OpenExisting);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == Error::Code::NotFound);
    CHECK_FALSE(QFile::exists(path));

    REQUIRE(openLibrary(path, OpenMode::OpenOrCreate).ok());
    auto again = openLibrary(path, OpenMode::CreateNew);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(u"findes allerede"_s));

    CHECK_FALSE(openLibrary(dir.path(), OpenMode::OpenOrCreate).ok());
    CHECK_FALSE(openLibrary(dir.filePath(u"ingen/mappe/x.temaplan"_s), OpenMode::OpenOrCreate).ok());
}

TEST_CASE("files that are not libraries are refused and left untouched", "[store][file]")
{
    QTemporaryDir dir;

    const QString text = dir.filePath(u"noter.txt"_s);
    writeFile(text, "Dette er ikke en database.\n");
    expectRefused(text, Error::Code::NotALibrary);

    const QString empty = dir.filePath(u"tom.temaplan"_s);
    writeFile(empty, {});
    CHECK(expectRefused(empty, Error::Code::NotALibrary).message.contains(u"tom"_s));

    const QString other = dir.filePath(u"anden.sqlite"_s);
    rawSql(other, "CREATE TABLE t (x); INSERT INTO t VALUES (1);");
    expectRefused(other, Error::Code::NotALibrary);

    // Even opened with OpenOrCreate, an empty or foreign file is not turned into a library.
    const QByteArray before = fileHash(empty);
    CHECK_FALSE(openLibrary(empty, OpenMode::OpenOrCreate).ok());
    CHECK(fileHash(empty) == before);
}

TEST_CASE("a library from a newer version is refused and left untouched", "[store][file]")
{
    QTemporaryDir dir;
    const QString path = makeSampleFile(dir);
    const QByteArray bump = "PRAGMA user_version = " + QByteArray::number(currentSchemaVersion() + 1);
    rawSql(path, bump.constData());
    const Error e = expectRefused(path, Error::Code::NewerVersion);
    CHECK(e.message.contains(u"nyere version"_s));
}

TEST_CASE("a truncated or damaged library is refused and left untouched", "[store][file]")
{
    QTemporaryDir dir;
    const QString path = makeSampleFile(dir);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray whole = f.readAll();
    f.close();
    REQUIRE(whole.size() > 8192);

    const QString truncated = dir.filePath(u"afkortet.temaplan"_s);
    writeFile(truncated, whole.left(whole.size() / 2));
    expectRefused(truncated, Error::Code::Corrupt);

    // Overwrite the middle of the file (not the header) with noise.
    QByteArray damaged = whole;
    for (qsizetype i = 4096; i < damaged.size() - 1024; i += 7)
        damaged[i] = char(i * 31);
    const QString noisy = dir.filePath(u"stoej.temaplan"_s);
    writeFile(noisy, damaged);
    expectRefused(noisy, Error::Code::Corrupt);
}

TEST_CASE("a library whose header's format numbers are damaged is refused as damaged, untouched", "[store][file]")
{
    QTemporaryDir dir;
    const QString path = makeSampleFile(dir);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray whole = f.readAll();
    f.close();

    // The schema format's last byte (SQLite alone says "unsupported file format"), the
    // read version and the write version (which alone would open the file read-only).
    const std::pair<int, char> damages[] = {{47, char(0x05)}, {47, char(0x44)}, {19, char(3)}, {18, char(3)}};
    for (const auto &[at, byte] : damages) {
        INFO("byte " << at << " set to " << int(byte));
        QByteArray damaged = whole;
        damaged[at] = byte;
        const QString file = dir.filePath(u"hoved-%1-%2.temaplan"_s.arg(at).arg(int(byte)));
        writeFile(file, damaged);
        const Error error = expectRefused(file, Error::Code::Corrupt);
        CHECK(error.message.contains(u"beskadiget"_s));
    }
}

TEST_CASE("a library opened read-only can be read but not changed", "[store][file]")
{
    QTemporaryDir dir;
    const QString path = makeSampleFile(dir);
    const QByteArray before = fileHash(path);
    auto lib = openLibrary(path, OpenMode::ReadOnly);
    REQUIRE(lib.ok());
    CHECK((*lib)->isReadOnly());
    CHECK((*lib)->searchCases(u"social"_s, 5)->size() == 1);
    Case c = *(*lib)->cases().get(sample::caseId);
    c.title = u"Ændret"_s;
    const Status s = (*lib)->cases().save(c);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == Error::Code::ReadOnly);
    lib = Error{};
    CHECK(fileHash(path) == before);
}

TEST_CASE("a file without write permission opens read-only", "[store][file]")
{
    if (geteuid() == 0) {
        WARN("Springes over som root: root må skrive i alle filer.");
        return;
    }
    QTemporaryDir dir;
    const QString path = makeSampleFile(dir);
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner));
    auto lib = openLibrary(path);
    REQUIRE(lib.ok());
    CHECK((*lib)->isReadOnly());
}

TEST_CASE("a library locked by another program gives a clear error, not a hang", "[store][file]")
{
    QTemporaryDir dir;
    const QString path = makeSampleFile(dir);
    sql::Database other;
    REQUIRE_FALSE(sql::Database::open(path, SQLITE_OPEN_READWRITE, other));
    REQUIRE_FALSE(other.exec("BEGIN EXCLUSIVE"));

    auto lib = openLibrary(path, OpenMode::OpenExisting, 100ms);
    REQUIRE_FALSE(lib.ok());
    CHECK(lib.error().code == Error::Code::Locked);
    CHECK(lib.error().message.contains(u"låst"_s));

    REQUIRE_FALSE(other.exec("ROLLBACK"));
    auto opened = openLibrary(path, OpenMode::OpenExisting, 100ms);
    REQUIRE(opened.ok());

    // Locked while open: the save fails cleanly and the library stays usable.
    Case c = *(*opened)->cases().get(sample::caseId);
    REQUIRE_FALSE(other.exec("BEGIN EXCLUSIVE"));
    c.title = u"Ændret"_s;
    const Status s = (*opened)->cases().save(c);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == Error::Code::Locked);
    REQUIRE_FALSE(other.exec("ROLLBACK"));
    REQUIRE((*opened)->cases().save(c).ok());
}

TEST_CASE("a version 1 library is migrated and its records become searchable", "[store][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"gammel.temaplan"_s);
    {
        sql::Database db;
        REQUIRE_FALSE(sql::Database::open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, db));
        REQUIRE(store::migrate(db, 0, 1).ok());
        Case c;
        c.id = sample::caseId;
        c.title = u"Sundhedshuse i Ærøskøbing"_s;
        const std::string data = json::toJson(c).dump();
        sql::Statement insert(db, "INSERT INTO record (id, kind, title, data) VALUES (?, 'case', ?, ?)");
        insert.bind(1, idToString(c.id)).bind(2, c.title).bind(3, QByteArray::fromStdString(data));
        REQUIRE_FALSE(insert.run());
    }
    auto lib = openLibrary(path);
    INFO((lib.ok() ? QString() : lib.error().message + u" / "_s + lib.error().detail).toStdString());
    REQUIRE(lib.ok());
    CHECK((*lib)->schemaVersion() == currentSchemaVersion());
    const auto hits = (*lib)->searchCases(u"aeroeskoebing"_s, 5);
    REQUIRE(hits.ok());
    CHECK(hits->size() == 1);
}

namespace {

// A committed fixture (tests/store/fixtures, made by make_fixtures.py), copied so that
// even a faulty open could not change the committed file.
QString fixtureCopy(const QTemporaryDir &dir, const QString &name)
{
    const QString from = QStringLiteral(TEMAPLAN_FIXTURES_DIR) + u'/' + name;
    const QString to = dir.filePath(name);
    REQUIRE(QFile::copy(from, to));
    REQUIRE(QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner));
    return to;
}

} // namespace

TEST_CASE("each bad fixture is refused with its cause and left byte for byte", "[store][file][fixtures]")
{
    QTemporaryDir dir;
    const struct
    {
        const char *file;
        Error::Code code;
        const char16_t *words;
    } bad[] = {
        {"not-a-library.txt", Error::Code::NotALibrary, u"ikke et Temaplan-bibliotek"},
        {"empty.temaplan", Error::Code::NotALibrary, u"tom"},
        {"foreign.sqlite", Error::Code::NotALibrary, u"ikke et Temaplan-bibliotek"},
        {"newer-version.temaplan", Error::Code::NewerVersion, u"nyere version"},
        {"truncated.temaplan", Error::Code::Corrupt, u"beskadiget"},
    };
    for (const auto &b : bad) {
        INFO(b.file);
        const QString path = fixtureCopy(dir, QString::fromLatin1(b.file));
        const Error e = expectRefused(path, b.code);
        CHECK(e.message.contains(QString::fromUtf16(b.words)));
        // OpenOrCreate must not make a library out of it either.
        const QByteArray before = fileHash(path);
        CHECK_FALSE(openLibrary(path, OpenMode::OpenOrCreate, 100ms).ok());
        CHECK(fileHash(path) == before);
    }
}

TEST_CASE("libraries written by versions 1 and 2 are migrated to the current version", "[store][file][fixtures]")
{
    for (const QString &name : {u"version-1.temaplan"_s, u"version-2.temaplan"_s}) {
        INFO(name.toStdString());
        QTemporaryDir dir;
        const QString path = fixtureCopy(dir, name);
        auto lib = openLibrary(path);
        REQUIRE(lib.ok());
        CHECK((*lib)->schemaVersion() == currentSchemaVersion());
        CHECK((*lib)->check()->isEmpty());
        CHECK((*lib)->searchCases(u"aeroeskoebing"_s, 5)->size() == 1);
        CHECK((*lib)->searchCases(u"Ærø kommune"_s, 5)->size() == 1);
        CHECK((*lib)->cases().get(idFromString(u"22222222-bbbb-4bbb-8bbb-000000000001"_s))->themes
              == QStringList{u"bæredygtighed"_s});
        // Reopening finds nothing left to do.
        lib = Error{};
        REQUIRE(openLibrary(path).ok());
    }
}

TEST_CASE("a library that must be migrated but may not be written is refused, untouched", "[store][file][fixtures]")
{
    QTemporaryDir dir;
    const QString path = fixtureCopy(dir, u"version-1.temaplan"_s);
    const QByteArray before = fileHash(path);
    auto lib = openLibrary(path, OpenMode::ReadOnly);
    REQUIRE_FALSE(lib.ok());
    CHECK(lib.error().code == Error::Code::ReadOnly);
    CHECK(fileHash(path) == before);
}

TEST_CASE("a copy of an open library is a whole library of its own", "[store][file]")
{
    QTemporaryDir dir;
    const QString path = makeSampleFile(dir);
    auto lib = openLibrary(path);
    REQUIRE(lib.ok());
    const QString copy = dir.filePath(u"kopi.temaplan"_s);
    writeFile(copy, "en gammel fil");
    REQUIRE((*lib)->saveCopy(copy).ok());
    auto copied = openLibrary(copy);
    REQUIRE(copied.ok());
    CHECK((*copied)->events().get(sample::eventId).ok());
    CHECK((*copied)->searchCases(u"social"_s, 5)->size() == 1);
    CHECK((*copied)->check()->isEmpty());

    // Not over itself, not into a folder that is not there; the old copy stays.
    CHECK_FALSE((*lib)->saveCopy(path).ok());
    const Status failed = (*lib)->saveCopy(dir.filePath(u"ingen/kopi.temaplan"_s));
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().message.contains(u"kopi.temaplan"_s));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).filter(u".temaplan-kopi"_s).isEmpty());

    // An in-memory library saved as a file opens like any other.
    auto memory = openMemoryLibrary();
    REQUIRE(memory.ok());
    sample::fill(**memory);
    const QString fromMemory = dir.filePath(u"fra-hukommelsen.temaplan"_s);
    REQUIRE((*memory)->saveCopy(fromMemory).ok());
    CHECK(openLibrary(fromMemory).ok());
}
