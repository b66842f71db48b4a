#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace temaplan::sql {

// Thin RAII over the SQLite C API: the connection and statements close themselves,
// and every failure becomes an Error carrying SQLite's own text in `detail`.

// The SQLite result code of a failure, kept so callers can tell "busy" from "corrupt".
struct Failure
{
    int code = 0;
    QString message;
};

Error::Code errorCodeFor(int sqliteCode);

// A failure as an Error: the code mapped, SQLite's text as the detail. The message is
// left to the caller, who knows what was being done.
Error toError(const Failure &failure, const QString &message = {});
Status toStatus(const std::optional<Failure> &failure);

class Statement;

class Database
{
public:
    Database() = default;
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // flags: SQLITE_OPEN_* (readonly, readwrite, create). Never creates unless asked.
    static std::optional<Failure> open(const QString &path, int flags, Database &out);

    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }

    void setBusyTimeout(std::chrono::milliseconds timeout);

    // Runs one or more statements without results.
    std::optional<Failure> exec(const char *sql);
    Failure lastFailure() const;
    // The rowid of the row the last successful INSERT on this connection added.
    qint64 lastInsertRowid() const;
    // How many parameters (`?`) one statement may have on this connection.
    int parameterLimit() const;

private:
    friend class Statement;
    // Prepared statements are kept for reuse: preparing costs more than running a
    // small statement, and an import runs the same dozen statements thousands of times.
    sqlite3_stmt *acquire(const char *sql, int &rc);
    void release(const char *sql, sqlite3_stmt *stmt);
    void clearCache();

    sqlite3 *m_db = nullptr;
    std::unordered_map<std::string, std::vector<sqlite3_stmt *>> m_cache;
};

class Statement
{
public:
    Statement(Database &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool prepared() const { return m_stmt != nullptr; }

    Statement &bind(int index, const QString &value); // 1-based; a null QString binds ""
    Statement &bindOrNull(int index, const QString &value); // empty binds NULL
    Statement &bind(int index, const QByteArray &utf8);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bindNull(int index);

    // True while there is a row; false when done. A failure is kept in failure().
    bool step();
    // For statements without rows: runs to the end; the failure if any.
    std::optional<Failure> run();
    void reset();

    QString text(int column) const;
    QByteArray bytes(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;

    const std::optional<Failure> &failure() const { return m_failure; }

private:
    Database &m_db;
    std::string m_sql;
    sqlite3_stmt *m_stmt = nullptr;
    std::optional<Failure> m_failure;
    // The texts bound to the parameters, by index: SQLite points into them.
    std::vector<QByteArray> m_texts;
};

} // namespace temaplan::sql
