#include "sampledata.h"

#include "store/checkedlibraries.h"
#include "store/libraryfile.h"
#include "store/sqlite.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>

using namespace temaplan;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

QString makeSampleFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"bibliotek.temaplan"_s);
    auto lib = openLibrary(path, OpenMode::CreateNew);
    REQUIRE(lib.ok());
    sample::fill(**lib);
    return path;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void overwrite(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

Error refused(const QString &path)
{
    const QByteArray before = readAll(path);
    auto lib = openLibrary(path, OpenMode::OpenExisting, 200ms);
    REQUIRE_FALSE(lib.ok());
    CHECK(lib.error().code == Error::Code::Corrupt);
    CHECK(lib.error().message.contains(u"beskadiget"_s));
    CHECK(readAll(path) == before);
    return lib.error();
}

} // namespace

TEST_CASE("a library closed properly opens without the full check; edits keep it so",
          "[store][file][checked]")
{
    QTemporaryDir dir;
    const QString path = makeSampleFile(dir);
    CHECK(store::wasCheckedBefore(path));
    {
        auto lib = openLibrary(path);
        REQUIRE(lib.ok());
        Case c = *(*lib)->cases().get(sample::caseId);
        c.title += u" (rettet)"_s;
        REQUIRE((*lib)->cases().save(c).ok());
        // While open, the file's header has changed: a second program would check it.
        CHECK_FALSE(store::wasCheckedBefore(path));
    }
    CHECK(store::wasCheckedBefore(path));
    auto again = openLibrary(path, OpenMode::ReadOnly);
    REQUIRE(again.ok());
    CHECK((*again)->cases().get(sample::caseId)->title.endsWith(u"(rettet)"_s));
}

TEST_CASE("a remembered library damaged in place is checked again and refused",
          "[store][file][checked]")
{
    QTemporaryDir dir;
    const QString path = makeSampleFile(dir);
    REQUIRE(store::wasCheckedBefore(path));
    QByteArray bytes = readAll(path);
    REQUIRE(bytes.size() > 8192);

    SECTION("noise in the middle, same size")
    {
        for (qsizetype i = 4096; i < bytes.size() - 1024; i += 7)
            bytes[i] = char(i * 31);
        overwrite(path, bytes);
        CHECK_FALSE(store::wasCheckedBefore(path));
        refused(path);
    }
    SECTION("cut short: told from the header's page count, before SQLite reads a page")
    {
        overwrite(path, bytes.left(bytes.size() - 4096));
        const Error e = refused(path);
        CHECK(e.detail.contains(u"shorter than its header says"_s));
    }
}

TEST_CASE("a library with a journal beside it is checked again", "[store][file][checked]")
{
    QTemporaryDir dir;
    const QString path = makeSampleFile(dir);
    REQUIRE(store::wasCheckedBefore(path));
    overwrite(path + u"-journal"_s, QByteArray(512, 'x'));
    CHECK_FALSE(store::wasCheckedBefore(path));
    QFile::remove(path + u"-journal"_s);
    CHECK(store::wasCheckedBefore(path));
    store::forgetChecked(path);
    CHECK_FALSE(store::wasCheckedBefore(path));
}

TEST_CASE("a library found damaged while open is not remembered as checked",
          "[store][file][checked]")
{
    QTemporaryDir dir;
    const QString path = makeSampleFile(dir);
    {
        auto lib = openLibrary(path);
        REQUIRE(lib.ok());
        {
            // Another program writes a record Temaplan cannot read.
            sql::Database other;
            REQUIRE_FALSE(sql::Database::open(path, SQLITE_OPEN_READWRITE, other));
            const QByteArray update = "UPDATE record SET data = '{\"x\": 1}' WHERE id = '" +
                                      idToString(sample::caseId).toLatin1() + "'";
            REQUIRE_FALSE(other.exec(update.constData()));
        }
        const auto c = (*lib)->cases().get(sample::caseId);
        REQUIRE_FALSE(c.ok());
        CHECK(c.error().code == Error::Code::Corrupt);
    }
    CHECK_FALSE(store::wasCheckedBefore(path));
}

TEST_CASE("the memory of checked libraries keeps the newest, forgetting files that are gone first",
          "[store][file][checked]")
{
    // Files a tester would not open: a test's own home, not the user's.
    CHECK(QStandardPaths::isTestModeEnabled());
    CHECK(QDir::homePath().startsWith(QDir::tempPath()));
    CHECK(store::checkedLibrariesFile().startsWith(QDir::homePath() + u'/'));
    QFile::remove(store::checkedLibrariesFile());

    // Any file of a header's length can be remembered; none of these is a library.
    QTemporaryDir dir;
    const auto made = [&](int i) {
        const QString path = dir.filePath(u"fil-%1.temaplan"_s.arg(i));
        overwrite(path, QByteArray(200, char('a' + i % 26)));
        return path;
    };
    const QString gone = made(0);
    store::rememberChecked(gone);
    QThread::msleep(5);
    const QString oldest = made(1);
    store::rememberChecked(oldest);
    QFile::remove(gone);
    QThread::msleep(5);
    QStringList paths;
    for (int i = 2; i < store::rememberedFiles + 1; ++i) {
        paths << made(i);
        store::rememberChecked(paths.last());
    }
    // One more than it keeps, the file that is gone forgotten first: the oldest stays.
    const auto remembered = [] {
        const QSettings memory(store::checkedLibrariesFile(), QSettings::IniFormat);
        return memory.childGroups().size();
    };
    CHECK(remembered() == store::rememberedFiles);
    CHECK(store::wasCheckedBefore(oldest));
    // Another one: now the oldest goes, and every newer one stays.
    paths << made(store::rememberedFiles + 1);
    store::rememberChecked(paths.last());
    CHECK(remembered() == store::rememberedFiles);
    CHECK_FALSE(store::wasCheckedBefore(oldest));
    for (const QString &path : std::as_const(paths))
        CHECK(store::wasCheckedBefore(path));
}
