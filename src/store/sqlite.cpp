#include "sqlite.h"

#include <sqlite3.h>

#include <utility>

namespace temaplan::sql {

Error::Code errorCodeFor(int sqliteCode)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_NOTADB:
        return Error::Code::NotALibrary;
    case SQLITE_CORRUPT:
        return Error::Code::Corrupt;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::Code::Locked;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Error::Code::ReadOnly;
    case SQLITE_CONSTRAINT:
        return Error::Code::Constraint;
    case SQLITE_INTERRUPT:
        return Error::Code::Interrupted;
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
        return Error::Code::Io;
    default:
        return Error::Code::Generic;
    }
}

Error toError(const Failure &failure, const QString &message)
{
    return Error::make(errorCodeFor(failure.code), message, failure.message);
}

Status toStatus(const std::optional<Failure> &failure)
{
    if (failure)
        return toError(*failure);
    return {};
}

Database::~Database()
{
    clearCache();
    if (m_db)
        sqlite3_close_v2(m_db);
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_cache(std::move(other.m_cache))
{
    other.m_cache.clear();
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        clearCache();
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_cache = std::move(other.m_cache);
        other.m_cache.clear();
    }
    return *this;
}

void Database::clearCache()
{
    for (auto &[sql, statements] : m_cache) {
        for (sqlite3_stmt *stmt : statements)
            sqlite3_finalize(stmt);
    }
    m_cache.clear();
}

sqlite3_stmt *Database::acquire(const char *sqlText, int &rc)
{
    rc = SQLITE_OK;
    const auto it = m_cache.find(sqlText);
    if (it != m_cache.end() && !it->second.empty()) {
        sqlite3_stmt *stmt = it->second.back();
        it->second.pop_back();
        return stmt;
    }
    sqlite3_stmt *stmt = nullptr;
    rc = sqlite3_prepare_v3(m_db, sqlText, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    return rc == SQLITE_OK ? stmt : nullptr;
}

void Database::release(const char *sqlText, sqlite3_stmt *stmt)
{
    // Reset first: a statement left mid-way holds its read lock and blocks schema
    // changes (a migration's DROP TABLE) until it is.
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    m_cache[sqlText].push_back(stmt);
}

std::optional<Failure> Database::open(const QString &path, int flags, Database &out)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        Failure f{rc, db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc))};
        if (db)
            sqlite3_close_v2(db);
        return f;
    }
    sqlite3_extended_result_codes(db, 1);
    out = Database();
    out.m_db = db;
    return std::nullopt;
}

void Database::setBusyTimeout(std::chrono::milliseconds timeout)
{
    sqlite3_busy_timeout(m_db, int(timeout.count()));
}

std::optional<Failure> Database::exec(const char *sqlText)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sqlText, nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return std::nullopt;
    Failure f{rc, QString::fromUtf8(message ? message : sqlite3_errstr(rc))};
    sqlite3_free(message);
    return f;
}

qint64 Database::lastInsertRowid() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::parameterLimit() const
{
    return sqlite3_limit(m_db, SQLITE_LIMIT_VARIABLE_NUMBER, -1);
}

Failure Database::lastFailure() const
{
    return {sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db))};
}

Statement::Statement(Database &db, const char *sqlText) : m_db(db), m_sql(sqlText)
{
    int rc = SQLITE_OK;
    m_stmt = db.acquire(sqlText, rc);
    if (rc != SQLITE_OK)
        m_failure = db.lastFailure();
}

Statement::~Statement()
{
    if (m_stmt)
        m_db.release(m_sql.c_str(), m_stmt);
}

Statement &Statement::bind(int index, const QString &value)
{
    // toUtf8() of a null string is a null array; bind "" for it, so NOT NULL columns
    // take empty text. Nullable columns use bindOrNull.
    if (m_stmt)
        bind(index, value.toUtf8());
    return *this;
}

Statement &Statement::bindOrNull(int index, const QString &value)
{
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

Statement &Statement::bind(int index, const QByteArray &utf8)
{
    if (!m_stmt || index < 1)
        return *this;
    if (utf8.isNull()) {
        sqlite3_bind_text(m_stmt, index, "", 0, SQLITE_STATIC);
        return *this;
    }
    // Bound without a copy: the statement points into the array, which is kept here
    // until the parameter is bound again or the statement is reset (an import binds
    // some hundred thousand texts; SQLite's own copy of each cost a tenth of binding).
    QByteArray kept = utf8;
    if (sqlite3_bind_text64(m_stmt, index, kept.constData(), sqlite3_uint64(kept.size()), SQLITE_STATIC,
                            SQLITE_UTF8)
        != SQLITE_OK)
        return *this;
    const auto slot = std::size_t(index);
    if (m_texts.size() <= slot)
        m_texts.resize(slot + 1);
    m_texts[slot] = std::move(kept);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (m_stmt)
        sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::step()
{
    if (!m_stmt || m_failure)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_failure = m_db.lastFailure();
    return false;
}

std::optional<Failure> Statement::run()
{
    while (step()) {
    }
    return m_failure;
}

void Statement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_texts.clear();
    m_failure.reset();
}

QString Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray Statement::bytes(int column) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

qint64 Statement::integer(int column) const { return sqlite3_column_int64(m_stmt, column); }

double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }

bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

} // namespace temaplan::sql
