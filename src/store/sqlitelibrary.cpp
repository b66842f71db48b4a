// The library as one SQLite connection: its repositories, transactions (and the bulk path
// an import takes), failures put into Danish, a copy of the file and its check. The read
// queries stand in casequeries, eventqueries, peoplequeries and searchqueries.

#include "sqlitelibrary.h"

#include "schema.h"
#include "recordindex.h"
#include "sqliterepository.h"
#include "storetext.h"

#include "core/kinds.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QLocale>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::store {

namespace {

// A bulk transaction saving at least this many records into a library of at most a
// quarter as many builds the derived tables' indexes at its end (dropDerivedIndexes).
constexpr qsizetype largeImport = 2000;

QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

int compareDanish(void *context, int leftSize, const void *left, int rightSize, const void *right)
{
    const auto *collator = static_cast<QCollator *>(context);
    return collator->compare(QString::fromUtf8(static_cast<const char *>(left), leftSize),
                             QString::fromUtf8(static_cast<const char *>(right), rightSize));
}

} // namespace

void registerDanishCollation(sql::Database &db)
{
    auto *collator = new QCollator(QLocale(QLocale::Danish, QLocale::Denmark));
    collator->setCaseSensitivity(Qt::CaseInsensitive);
    collator->setNumericMode(true);
    sqlite3_create_collation_v2(db.handle(), "da", SQLITE_UTF8, collator, compareDanish,
                                [](void *p) { delete static_cast<QCollator *>(p); });
}

SqliteLibrary::SqliteLibrary(sql::Database db, QString location, bool readOnly)
    : m_db(std::move(db)), m_location(std::move(location)), m_readOnly(readOnly),
      m_organisations(std::make_unique<SqliteRepository<Organisation>>(*this)),
      m_people(std::make_unique<SqliteRepository<Person>>(*this)),
      m_venues(std::make_unique<SqliteRepository<Venue>>(*this)),
      m_themeGroups(std::make_unique<SqliteRepository<ThemeGroup>>(*this)),
      m_series(std::make_unique<SqliteRepository<EventSeries>>(*this)),
      m_cases(std::make_unique<SqliteRepository<Case>>(*this)),
      m_events(std::make_unique<SqliteRepository<Event>>(*this)),
      m_templates(std::make_unique<SqliteRepository<AgendaTemplate>>(*this))
{
}

SqliteLibrary::~SqliteLibrary()
{
    m_db = sql::Database();
    if (m_onCleanClose && !m_damageSeen)
        m_onCleanClose();
}

int SqliteLibrary::schemaVersion() const
{
    sql::Statement q(m_db, "PRAGMA user_version");
    return q.step() ? int(q.integer(0)) : 0;
}

Repository<Organisation> &SqliteLibrary::organisations() { return *m_organisations; }
Repository<Person> &SqliteLibrary::people() { return *m_people; }
Repository<Venue> &SqliteLibrary::venues() { return *m_venues; }
Repository<ThemeGroup> &SqliteLibrary::themeGroups() { return *m_themeGroups; }
Repository<EventSeries> &SqliteLibrary::series() { return *m_series; }
Repository<Case> &SqliteLibrary::cases() { return *m_cases; }
Repository<Event> &SqliteLibrary::events() { return *m_events; }
Repository<AgendaTemplate> &SqliteLibrary::templates() { return *m_templates; }

Error SqliteLibrary::failure(const sql::Failure &f, const QString &doing) const
{
    noteFailure(sql::errorCodeFor(f.code));
    return sql::toError(f, messageFor(sql::errorCodeFor(f.code), doing));
}

Status SqliteLibrary::described(const Status &status, const QString &doing) const
{
    if (status || !status.error().message.isEmpty())
        return status;
    Error e = status.error();
    noteFailure(e.code);
    e.message = messageFor(e.code, doing);
    return e;
}

void SqliteLibrary::noteFailure(Error::Code code) const
{
    if (code == Error::Code::Corrupt || code == Error::Code::Io || code == Error::Code::NotALibrary)
        m_damageSeen = true;
}

QString SqliteLibrary::messageFor(Error::Code code, const QString &doing) const
{
    QString message;
    switch (code) {
    case Error::Code::Locked:
        message = Store::tr(
            "Kunne ikke %1: biblioteket %2 er optaget af et andet program. Prøv igen om lidt.");
        break;
    case Error::Code::ReadOnly:
        message = Store::tr("Kunne ikke %1: biblioteket %2 er skrivebeskyttet.");
        break;
    case Error::Code::Corrupt:
        message = Store::tr("Kunne ikke %1: biblioteket %2 er beskadiget.");
        break;
    case Error::Code::Io:
        message =
            Store::tr("Kunne ikke %1: biblioteket %2 kunne ikke læses eller skrives (fuld disk?).");
        break;
    default:
        message = Store::tr("Kunne ikke %1 i biblioteket %2.");
        break;
    }
    return message.arg(doing, m_location);
}

Library::ReaderOpener SqliteLibrary::readerOpener() const
{
    if (m_location == u":memory:"_s)
        return {};
    return [path = m_location, writing = std::shared_ptr<const std::atomic<int>>(m_writing)](
               std::function<bool()> stop) { return openLibraryReader(path, writing, std::move(stop)); };
}

void SqliteLibrary::stopWhen(std::function<bool()> stop)
{
    m_stop = std::move(stop);
    // Asked every thousand steps of SQLite's machine: a few microseconds apart.
    sqlite3_progress_handler(
        m_db.handle(), m_stop ? 1000 : 0,
        [](void *self) -> int { return static_cast<SqliteLibrary *>(self)->m_stop() ? 1 : 0; }, this);
}

Status SqliteLibrary::transaction(const std::function<Status()> &work)
{
    if (m_readOnly)
        return Error::make(
            Error::Code::ReadOnly,
            Store::tr("Biblioteket %1 er åbnet skrivebeskyttet; ændringen er ikke gemt.")
                .arg(m_location));

    // Inside a bulk transaction a failure undoes the whole of it, so the saves it is
    // made of need no savepoints: each one would also make the search tables write out
    // what they hold in memory, which cost a fifth of an import.
    if (m_bulk && m_depth > m_bulk->depth)
        return work();

    // Readers of this file on other threads yield while the transaction is open.
    struct Writing
    {
        std::atomic<int> *count;
        explicit Writing(std::atomic<int> *c) : count(c) { if (count) ++*count; }
        ~Writing() { if (count) --*count; }
        Writing(const Writing &) = delete;
        Writing &operator=(const Writing &) = delete;
    } writing(m_depth == 0 ? m_writing.get() : nullptr);

    const QByteArray savepoint = "sp" + QByteArray::number(m_depth);
    const QByteArray begin = m_depth == 0 ? QByteArray("BEGIN IMMEDIATE") : "SAVEPOINT " + savepoint;
    if (auto f = m_db.exec(begin.constData()))
        return failure(*f, Store::tr("begynde en ændring"));

    auto rollback = [&] {
        if (m_depth == 0) {
            (void)m_db.exec("ROLLBACK");
            // After a failed write (a full disk) SQLite may leave the journal for the
            // next reader to roll back. Read now, so the file is whole again before
            // the error reaches the user, not only at the next open.
            if (sqlite3_get_autocommit(m_db.handle()))
                (void)m_db.exec("SELECT count(*) FROM sqlite_schema");
        } else {
            (void)m_db.exec(("ROLLBACK TO " + savepoint).constData());
            (void)m_db.exec(("RELEASE " + savepoint).constData());
        }
    };

    ++m_depth;
    Status status;
    try {
        status = work();
    } catch (...) {
        --m_depth;
        rollback();
        throw;
    }
    --m_depth;

    if (!status) {
        rollback();
        return status;
    }
    if (m_depth > 0) {
        if (auto f = m_db.exec(("RELEASE " + savepoint).constData())) {
            rollback();
            return failure(*f, Store::tr("gemme ændringen"));
        }
        return {};
    }
    if (auto f = m_db.exec("COMMIT")) {
        // A deferred foreign key is checked here: say which reference is dangling.
        const Error error = (f->code & 0xff) == SQLITE_CONSTRAINT
                                ? danglingReferences()
                                : failure(*f, Store::tr("gemme ændringen"));
        rollback();
        return error;
    }
    return {};
}

Status SqliteLibrary::bulkTransaction(const std::function<Status()> &work, qsizetype expectedRecords)
{
    if (m_bulk)
        return transaction(work);
    if (m_readOnly)
        return transaction(work);
    // An import touches more pages than SQLite's default cache of 2 MB holds; past it,
    // pages are written out to the file and read back in the middle of the transaction.
    // The cache only grows as far as the import needs, and shrinks again afterwards.
    qint64 cacheSize = -2000;
    {
        sql::Statement q(m_db, "PRAGMA cache_size");
        if (q.step())
            cacheSize = q.integer(0);
    }
    (void)m_db.exec("PRAGMA cache_size = -262144");
    // The record table's CHECKs (a known kind, valid JSON) hold by construction for the
    // rows the saves write: the kind is the repository's own, the data the codec's
    // output. Checked again for every row, they cost a sixth of writing a record
    // (json_valid parses the record once more; `kind IN (…)` builds a table of the
    // kinds each time). Every other write in the file keeps them.
    (void)m_db.exec("PRAGMA ignore_check_constraints = ON");
    auto restore = [&] {
        (void)m_db.exec("PRAGMA ignore_check_constraints = OFF");
        (void)m_db.exec(("PRAGMA cache_size = " + QByteArray::number(cacheSize)).constData());
    };
    m_bulk = Bulk{m_depth, {}, {}, 0, {}};
    Status status;
    try {
        status = transaction([&]() -> Status {
            QList<QByteArray> dropped;
            if (expectedRecords >= largeImport) {
                Result<QList<QByteArray>> d = dropDerivedIndexes(expectedRecords);
                if (!d)
                    return d.error();
                dropped = std::move(d).value();
            }
            if (Status s = work(); !s)
                return s;
            if (Status s = described(m_bulk->rows.write(m_db), Store::tr("gemme ændringen")); !s)
                return s;
            for (const QByteArray &create : std::as_const(dropped)) {
                if (auto f = m_db.exec(create.constData()))
                    return failure(*f, Store::tr("gemme ændringen"));
            }
            return rebuildReferrersOfSaved();
        });
    } catch (...) {
        m_bulk.reset();
        restore();
        throw;
    }
    m_bulk.reset();
    restore();
    return status;
}

// Inserting rows one by one into tables with several indexes each spends most of the
// time finding each key's place in every index; an index made from all the rows at
// once sorts them instead. Only when the library holds few records compared to those
// coming: an index remade over a large library costs more than it saves, and the
// saves' own look-ups (clearing a changed record's rows) would read whole tables.
Result<QList<QByteArray>> SqliteLibrary::dropDerivedIndexes(qsizetype expectedRecords)
{
    QList<QByteArray> dropped;
    {
        sql::Statement count(m_db, "SELECT count(*) FROM record");
        if (!count.step())
            return failure(count.failure().value_or(sql::Failure{}), Store::tr("gemme ændringen"));
        if (count.integer(0) * 4 > expectedRecords)
            return dropped;
    }
    QList<std::pair<QByteArray, QByteArray>> indexes;
    sql::Statement q(m_db, "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
                           "AND tbl_name IN ('record', 'reference', 'occurrence', 'slot', 'slot_speaker', "
                           "'slot_case', 'case_list', 'case_theme') ORDER BY name");
    while (q.step())
        indexes.append({q.bytes(0), q.bytes(1)});
    if (q.failure())
        return failure(*q.failure(), Store::tr("gemme ændringen"));
    for (const auto &[name, create] : std::as_const(indexes)) {
        if (auto f = m_db.exec(("DROP INDEX \"" + name + "\"").constData()))
            return failure(*f, Store::tr("gemme ændringen"));
        dropped.append(create);
    }
    return dropped;
}

Status SqliteLibrary::savedRecord(const Id &id)
{
    if (!m_bulk)
        return reindexReferrers(m_db, id);
    if (!m_bulk->savedOrder.contains(id))
        m_bulk->saved.append(id);
    m_bulk->savedOrder.insert(id, ++m_bulk->lastOrder);
    return {};
}

// The records that copy a name saved in the bulk transaction, each rebuilt once. A
// record saved after the last save of every record it names copied the final names
// already (an import saves organisations before the cases they own): it is skipped.
Status SqliteLibrary::rebuildReferrersOfSaved()
{
    QHash<Id, int> lastNamed; // referrer → the latest save among the records it names
    auto note = [&](const Id &to, const Id &from) {
        const auto order = m_bulk->savedOrder.constFind(to);
        if (order == m_bulk->savedOrder.constEnd())
            return;
        int &latest = lastNamed[from];
        latest = std::max(latest, *order);
    };
    // An import of thousands of records: every reference is read once (asked once per
    // saved record, this cost a twelfth of an import). A few records: asked for each.
    constexpr int askEachBelow = 500;
    if (m_bulk->saved.size() >= askEachBelow) {
        sql::Statement q(m_db, "SELECT to_id, from_id FROM referrer");
        while (q.step())
            note(idFromString(q.text(0)), idFromString(q.text(1)));
        if (q.failure())
            return failure(*q.failure(), Store::tr("gemme ændringen"));
    } else {
        sql::Statement q(m_db, "SELECT DISTINCT from_id FROM referrer WHERE to_id = ?");
        for (const Id &target : std::as_const(m_bulk->saved)) {
            q.reset();
            q.bind(1, idToString(target));
            while (q.step())
                note(target, idFromString(q.text(0)));
            if (q.failure())
                return failure(*q.failure(), Store::tr("gemme ændringen"));
        }
    }
    QList<Id> stale;
    for (auto it = lastNamed.constBegin(); it != lastNamed.constEnd(); ++it) {
        const auto saved = m_bulk->savedOrder.constFind(it.key());
        if (saved == m_bulk->savedOrder.constEnd() || *saved < it.value())
            stale.append(it.key());
    }
    return reindexRecords(m_db, stale);
}

Error SqliteLibrary::danglingReferences() const
{
    sql::Statement q(m_db, "SELECT r.kind, r.title, f.to_id FROM referrer f JOIN record r ON r.id = f.from_id "
                           "WHERE f.to_id NOT IN (SELECT id FROM record) LIMIT 1");
    if (q.step()) {
        return Error::make(
            Error::Code::Constraint,
            Store::tr("%1 «%2» henviser til en post (id %3), der ikke findes i biblioteket. "
                      "Intet er gemt.")
                .arg(capitalised(danishKindName(q.text(0))), q.text(1), q.text(2)));
    }
    return Error::make(Error::Code::Constraint,
                       Store::tr("Ændringen ville efterlade en henvisning til en post, der ikke "
                                 "findes. Intet er gemt."));
}

Result<LibraryContents> SqliteLibrary::contents(const QList<Id> &roots) const
{
    QStringList rootIds;
    for (const Id &id : roots)
        rootIds.append(u'"' + idToString(id) + u'"');
    sql::Statement q(m_db, "WITH RECURSIVE needed (id) AS ("
                           "  SELECT value FROM json_each(?1)"
                           "  UNION SELECT f.to_id FROM referrer f JOIN needed n ON f.from_id = n.id) "
                           "SELECT kind, data FROM record "
                           "WHERE ?2 = 0 OR id IN (SELECT id FROM needed) ORDER BY id");
    q.bind(1, u'[' + rootIds.join(u',') + u']').bind(2, int(roots.size()));

    LibraryContents c;
    auto add = [&](auto &list, const QByteArray &data) -> Status {
        using T = typename std::decay_t<decltype(list)>::value_type;
        json::Json j = json::Json::parse(data.constData(), data.constData() + data.size(), nullptr, false);
        Result<T> r = RecordTraits<T>::fromJson(j);
        if (!r) {
            noteFailure(Error::Code::Corrupt);
            return Error::make(Error::Code::Corrupt, Store::tr("Biblioteket %1 indeholder en ulæselig post.").arg(m_location),
                               r.error().message);
        }
        list.append(std::move(r).value());
        return {};
    };
    while (q.step()) {
        const QByteArray data = q.bytes(1);
        Status s = Error::make(
            Error::Code::Corrupt,
            Store::tr("Biblioteket %1 indeholder en ukendt slags post.").arg(m_location));
        visitKind(q.text(0), [&](auto tag) {
            using T = typename decltype(tag)::type;
            s = add(recordsOf<T>(c), data);
        });
        if (!s) {
            noteFailure(s.error().code);
            return s.error();
        }
    }
    if (q.failure())
        return failure(*q.failure(), Store::tr("læse biblioteket"));
    return c;
}

Status SqliteLibrary::saveCopy(const QString &path) const
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_location).absoluteFilePath())
        return Error::make(Error::Code::Invalid,
                           Store::tr("En kopi kan ikke gemmes oven i biblioteket selv."));
    // Into a temporary file beside the target, renamed into place when complete: a
    // failed copy never leaves half a library where a good file was.
    QTemporaryFile temporary(QFileInfo(path).absolutePath() + u"/.temaplan-kopi-XXXXXX"_s);
    if (!temporary.open())
        return Error::make(
            Error::Code::Io,
            Store::tr("Kopien %1 kunne ikke gemmes: %2").arg(shown, temporary.errorString()));
    temporary.close();
    {
        sql::Database target;
        if (auto f = sql::Database::open(temporary.fileName(), SQLITE_OPEN_READWRITE, target))
            return sql::toError(*f, Store::tr("Kopien %1 kunne ikke gemmes.").arg(shown));
        sqlite3_backup *backup = sqlite3_backup_init(target.handle(), "main", m_db.handle(), "main");
        if (!backup)
            return sql::toError(target.lastFailure(),
                                Store::tr("Kopien %1 kunne ikke gemmes.").arg(shown));
        const int stepped = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        if (stepped != SQLITE_DONE)
            return sql::toError(sql::Failure{stepped, QString::fromUtf8(sqlite3_errstr(stepped))},
                                Store::tr("Kopien %1 kunne ikke gemmes.").arg(shown));
        // A copy of an in-memory library gets the settings of a file.
        if (auto f = target.exec("PRAGMA journal_mode = DELETE"))
            return sql::toError(*f, Store::tr("Kopien %1 kunne ikke gemmes.").arg(shown));
    }
    // rename(2) replaces the target in one step: there is never no file at `path`.
    if (std::rename(QFile::encodeName(temporary.fileName()).constData(), QFile::encodeName(path).constData()) != 0)
        return Error::make(Error::Code::Io, Store::tr("Kopien %1 kunne ikke gemmes.").arg(shown));
    temporary.setAutoRemove(false);
    return {};
}

Result<QStringList> SqliteLibrary::check() const
{
    QStringList problems;
    sql::Statement integrity(m_db, "PRAGMA integrity_check");
    while (integrity.step()) {
        if (integrity.text(0) != u"ok"_s)
            problems.append(Store::tr("Filen er beskadiget: %1").arg(integrity.text(0)));
    }
    if (integrity.failure())
        return failure(*integrity.failure(), Store::tr("kontrollere biblioteket"));

    sql::Statement dangling(m_db, "SELECT r.kind, r.title, f.to_id FROM referrer f JOIN record r ON r.id = f.from_id "
                                  "WHERE f.to_id NOT IN (SELECT id FROM record)");
    while (dangling.step()) {
        problems.append(Store::tr("%1 «%2» henviser til en post (id %3), der ikke findes.")
                            .arg(capitalised(danishKindName(dangling.text(0))), dangling.text(1),
                                 dangling.text(2)));
    }
    if (dangling.failure())
        return failure(*dangling.failure(), Store::tr("kontrollere biblioteket"));
    if (!problems.isEmpty())
        noteFailure(Error::Code::Corrupt);
    return problems;
}

} // namespace temaplan::store
