#include "libraryfile.h"

#include "checkedlibraries.h"
#include "schema.h"
#include "sqlitelibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace temaplan {

namespace {

struct LibraryFile
{
    Q_DECLARE_TR_FUNCTIONS(LibraryFile)
};

using LibraryResult = Result<std::unique_ptr<Library>>;

// The message for a failure while opening, by what SQLite says went wrong. Each one
// tells the user that the file was left as it was: opening never writes to a file
// it has not recognised.
Error openFailure(const QString &shown, const sql::Failure &f)
{
    QString message;
    switch (sql::errorCodeFor(f.code)) {
    case Error::Code::NotALibrary:
        message = LibraryFile::tr("%1 er ikke et Temaplan-bibliotek.");
        break;
    case Error::Code::Corrupt:
        message =
            LibraryFile::tr("Biblioteket %1 er beskadiget og kan ikke åbnes. Filen er ikke ændret; "
                            "åbn en sikkerhedskopi.");
        break;
    case Error::Code::Locked:
        message =
            LibraryFile::tr("Biblioteket %1 er låst af et andet program. Luk det, og prøv igen.");
        break;
    case Error::Code::ReadOnly:
        // A program that stopped in the middle of a change left its journal behind;
        // the file itself may well be writable, so "write-protected" would mislead.
        if (f.code == SQLITE_READONLY_ROLLBACK)
            message = LibraryFile::tr(
                "Biblioteket %1 blev ikke lukket rigtigt: et program stoppede midt i en ændring, "
                "som skal rulles tilbage, før biblioteket kan vises. Åbn det med skriveadgang "
                "(ikke skrivebeskyttet), så sker det. Filen er ikke ændret.");
        else
            message = LibraryFile::tr("Biblioteket %1 er skrivebeskyttet.");
        break;
    default:
        message = LibraryFile::tr("Biblioteket %1 kunne ikke åbnes.");
        break;
    }
    return sql::toError(f, message.arg(shown));
}

// Settings of every connection: integrity first, and a journal that keeps the
// library one self-contained file (no -wal beside it to lose when copying).
std::optional<sql::Failure> configure(sql::Database &db, bool writable)
{
    store::registerDanishCollation(db);
    if (auto f = db.exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL"))
        return f;
    if (writable)
        return db.exec("PRAGMA journal_mode = DELETE");
    return std::nullopt;
}

std::optional<qint64> pragmaValue(sql::Database &db, const char *pragma, std::optional<sql::Failure> &failure)
{
    sql::Statement q(db, pragma);
    if (q.step())
        return q.integer(0);
    failure = q.failure() ? q.failure() : std::optional<sql::Failure>(db.lastFailure());
    return std::nullopt;
}

bool hasJournal(const QString &path)
{
    return QFile::exists(path + u"-journal"_s) || QFile::exists(path + u"-wal"_s);
}

// A big-endian number of the header, as SQLite writes them.
quint64 headerNumber(const QByteArray &header, int at, int bytes)
{
    quint64 v = 0;
    for (int i = 0; i < bytes; ++i)
        v = (v << 8) | quint8(header[at + i]);
    return v;
}

// How much shorter the file is than the page count in its header says, when that count
// is valid (SQLite writes it with the change counter it was valid for); a file cut off
// by a copy or a full disk is told at once, whichever page the cut hit.
std::optional<qint64> missingBytes(const QByteArray &header, qint64 size)
{
    if (header.size() < 100)
        return std::nullopt;
    const quint64 pageSize = headerNumber(header, 16, 2) == 1 ? 65536 : headerNumber(header, 16, 2);
    const quint64 pages = headerNumber(header, 28, 4);
    if (pages == 0 || pageSize < 512 || headerNumber(header, 92, 4) != headerNumber(header, 24, 4))
        return std::nullopt;
    const qint64 expected = qint64(pages * pageSize);
    if (size >= expected)
        return std::nullopt;
    return expected - size;
}

// What in the header's format numbers no SQLite 3 writes: a file-format version above 2
// (SQLite would refuse to read, or open read-only and then refuse every edit) or a schema
// format above 4 (SQLite says only "unsupported file format"). Temaplan only ever makes
// libraries SQLite 3 reads and writes, so such a header is damage, told as such.
std::optional<QString> formatProblem(const QByteArray &header)
{
    if (header.size() < 100)
        return std::nullopt;
    const quint64 writeVersion = headerNumber(header, 18, 1);
    const quint64 readVersion = headerNumber(header, 19, 1);
    if (writeVersion < 1 || writeVersion > 2 || readVersion < 1 || readVersion > 2)
        return u"file format versions %1/%2 in the header"_s.arg(writeVersion).arg(readVersion);
    if (const quint64 schemaFormat = headerNumber(header, 44, 4); schemaFormat > 4)
        return u"schema format %1 in the header"_s.arg(schemaFormat);
    return std::nullopt;
}

LibraryResult createLibrary(const QString &path, const QString &shown, std::chrono::milliseconds busyTimeout)
{
    sql::Database db;
    if (auto f = sql::Database::open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, db))
        return sql::toError(*f, LibraryFile::tr("Biblioteket %1 kunne ikke oprettes.").arg(shown));
    db.setBusyTimeout(busyTimeout);
    Status s = sql::toStatus(configure(db, true));
    if (s)
        s = store::migrate(db, 0, store::schemaVersion());
    if (!s) {
        db = sql::Database();
        // Only a file we just made is removed; an existing file never reaches here.
        QFile::remove(path);
        QFile::remove(path + u"-journal"_s);
        Error e = s.error();
        e.message = LibraryFile::tr("Biblioteket %1 kunne ikke oprettes.").arg(shown);
        return e;
    }
    auto library = std::make_unique<store::SqliteLibrary>(std::move(db), path, false);
    library->setOnCleanClose([path] { store::rememberChecked(path); });
    return std::unique_ptr<Library>(std::move(library));
}

LibraryResult openExisting(const QString &path, const QString &shown, bool readOnly,
                           std::chrono::milliseconds busyTimeout)
{
    const QFileInfo info(path);
    {
        // Look at the header ourselves first: SQLite would treat an empty file as a
        // new database, and we never want to turn a stranger's file into a library.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(Error::Code::Io, LibraryFile::tr("Biblioteket %1 kan ikke læses: %2")
                                                    .arg(shown, file.errorString()));
        if (file.size() == 0)
            return Error::make(Error::Code::NotALibrary, LibraryFile::tr("%1 er tom og er ikke et Temaplan-bibliotek.").arg(shown));
        const QByteArray header = file.read(100);
        if (!header.startsWith(QByteArray("SQLite format 3", 16)))
            return Error::make(Error::Code::NotALibrary, LibraryFile::tr("%1 er ikke et Temaplan-bibliotek.").arg(shown));
        if (const auto shortBy = missingBytes(header, file.size()); shortBy && !hasJournal(path))
            return openFailure(shown, sql::Failure{SQLITE_CORRUPT, u"the file is %1 bytes shorter than its header says"_s.arg(*shortBy)});
        if (const auto problem = formatProblem(header))
            return openFailure(shown, sql::Failure{SQLITE_CORRUPT, *problem});
    }

    const bool writable = !readOnly && info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
    sql::Database db;
    if (auto f = sql::Database::open(path, writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY, db))
        return openFailure(shown, *f);
    db.setBusyTimeout(busyTimeout);

    std::optional<sql::Failure> failure;
    const auto appId = pragmaValue(db, "PRAGMA application_id", failure);
    if (!appId)
        return openFailure(shown, *failure);
    if (*appId != store::applicationId)
        return Error::make(
            Error::Code::NotALibrary,
            LibraryFile::tr(
                "%1 er en SQLite-database, men ikke et Temaplan-bibliotek. Filen er ikke ændret.")
                .arg(shown));
    const auto version = pragmaValue(db, "PRAGMA user_version", failure);
    if (!version)
        return openFailure(shown, *failure);
    if (*version > store::schemaVersion()) {
        return Error::make(
            Error::Code::NewerVersion,
            LibraryFile::tr(
                "Biblioteket %1 er gemt af en nyere version af Temaplan (skemaversion %2; denne "
                "version kender op til %3). Opdatér Temaplan for at åbne det. Filen er ikke "
                "ændret.")
                .arg(shown)
                .arg(*version)
                .arg(store::schemaVersion()));
    }

    // Every page is read and checked, unless this file passed the check before and has
    // since been changed only by Temaplan's own transactions and closed properly.
    const bool checkedBefore = store::wasCheckedBefore(path);
    if (!checkedBefore) {
        // Scoped: a statement left open would keep the schema locked for migration.
        sql::Statement quickCheck(db, "PRAGMA quick_check");
        if (!quickCheck.step())
            return openFailure(shown, quickCheck.failure() ? *quickCheck.failure() : db.lastFailure());
        if (quickCheck.text(0) != u"ok"_s)
            return openFailure(shown, sql::Failure{SQLITE_CORRUPT, quickCheck.text(0)});
    }

    if (writable) {
        // Another program in the middle of writing holds the lock past our patience:
        // say so now rather than at the user's first save.
        if (auto f = db.exec("BEGIN IMMEDIATE"))
            return openFailure(shown, *f);
        (void)db.exec("ROLLBACK");
    }
    if (auto f = configure(db, writable))
        return openFailure(shown, *f);

    if (*version < store::schemaVersion()) {
        if (!writable) {
            return Error::make(
                Error::Code::ReadOnly,
                LibraryFile::tr(
                    "Biblioteket %1 er fra en ældre version af Temaplan og skal opgraderes, men "
                    "filen er skrivebeskyttet. Gør filen skrivbar, og prøv igen.")
                    .arg(shown));
        }
        if (Status s = store::migrate(db, int(*version), store::schemaVersion()); !s) {
            Error e = s.error();
            e.message = LibraryFile::tr("Biblioteket %1 kunne ikke opgraderes; filen er uændret.")
                            .arg(shown);
            return e;
        }
    }
    auto library = std::make_unique<store::SqliteLibrary>(std::move(db), path, !writable);
    if (!checkedBefore)
        store::rememberChecked(path);
    library->setOnCleanClose([path] { store::rememberChecked(path); });
    return std::unique_ptr<Library>(std::move(library));
}

} // namespace

int currentSchemaVersion() { return store::schemaVersion(); }

Result<std::unique_ptr<Library>> openLibrary(const QString &path, OpenMode mode)
{
    return openLibrary(path, mode, 3s);
}

Result<std::unique_ptr<Library>> openLibrary(const QString &path, OpenMode mode, std::chrono::milliseconds busyTimeout)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return Error::make(Error::Code::Invalid,
                           LibraryFile::tr("Der er ikke angivet nogen biblioteksfil."));
    const QFileInfo info(path);
    if (info.isDir())
        return Error::make(Error::Code::Io,
                           LibraryFile::tr("%1 er en mappe, ikke en biblioteksfil.").arg(shown));
    if (info.exists()) {
        if (mode == OpenMode::CreateNew)
            return Error::make(
                Error::Code::Invalid,
                LibraryFile::tr("Der findes allerede en fil med navnet %1.").arg(shown));
        return openExisting(path, shown, mode == OpenMode::ReadOnly, busyTimeout);
    }
    if (mode == OpenMode::OpenExisting || mode == OpenMode::ReadOnly)
        return Error::make(Error::Code::NotFound,
                           LibraryFile::tr("Biblioteket %1 findes ikke.").arg(shown));
    if (!QFileInfo(info.absolutePath()).isDir())
        return Error::make(Error::Code::Io,
                           LibraryFile::tr("Mappen %1 findes ikke.")
                               .arg(QDir::toNativeSeparators(info.absolutePath())));
    return createLibrary(path, shown, busyTimeout);
}

namespace store {

Result<std::unique_ptr<Library>> openLibraryReader(const QString &path,
                                                   std::shared_ptr<const std::atomic<int>> writing,
                                                   std::function<bool()> stop)
{
    const QString shown = QDir::toNativeSeparators(path);
    sql::Database db;
    if (auto f = sql::Database::open(path, SQLITE_OPEN_READONLY, db))
        return openFailure(shown, *f);
    // No busy timeout: a reader that finds the file being written stops at once and
    // asks again later, rather than wait where it cannot be stopped.
    std::optional<sql::Failure> failure;
    const auto appId = pragmaValue(db, "PRAGMA application_id", failure);
    if (!appId)
        return openFailure(shown, *failure);
    const auto version = pragmaValue(db, "PRAGMA user_version", failure);
    if (!version)
        return openFailure(shown, *failure);
    if (*appId != applicationId || *version != schemaVersion())
        return Error::make(Error::Code::NotALibrary,
                           QCoreApplication::translate("LibraryFile",
                                                       "%1 er ikke længere det bibliotek, der blev åbnet.")
                               .arg(shown));
    registerDanishCollation(db);
    auto library = std::make_unique<SqliteLibrary>(std::move(db), path, true);
    library->stopWhen([writing = std::move(writing), stop = std::move(stop)] {
        return (writing && writing->load(std::memory_order_relaxed) > 0) || (stop && stop());
    });
    return std::unique_ptr<Library>(std::move(library));
}

} // namespace store

Result<std::unique_ptr<Library>> openMemoryLibrary()
{
    sql::Database db;
    if (auto f = sql::Database::open(u":memory:"_s, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_MEMORY, db))
        return sql::toError(*f, LibraryFile::tr("Et bibliotek i hukommelsen kunne ikke oprettes."));
    Status s = sql::toStatus(configure(db, false));
    if (s)
        s = store::migrate(db, 0, store::schemaVersion());
    if (!s)
        return s.error();
    return std::unique_ptr<Library>(std::make_unique<store::SqliteLibrary>(std::move(db), u":memory:"_s, false));
}

} // namespace temaplan
