#pragma once

#include "recordindex.h"
#include "recordtraits.h"
#include "repository.h"
#include "sqlitelibrary.h"
#include "storetext.h"

#include <QCoreApplication>

namespace temaplan::store {

// One kind of record in the `record` table: the row holds the record's JSON; saving
// rebuilds its derived rows and those of the records that show its name.
template<class T>
class SqliteRepository final : public Repository<T>
{
public:
    explicit SqliteRepository(SqliteLibrary &library) : m_library(library) {}

    Result<QList<T>> all() const override
    {
        sql::Statement q(m_library.db(), "SELECT data FROM record WHERE kind = ? ORDER BY title COLLATE da, id");
        q.bind(1, QString::fromLatin1(Traits::kind));
        QList<T> records;
        while (q.step()) {
            Result<T> r = decodeRow(q.bytes(0));
            if (!r)
                return r.error();
            records.append(std::move(r).value());
        }
        if (q.failure())
            return m_library.failure(*q.failure(), Store::tr("læse %1").arg(plural()));
        return records;
    }

    Result<T> get(const Id &id) const override
    {
        sql::Statement q(m_library.db(), "SELECT data FROM record WHERE id = ? AND kind = ?");
        q.bind(1, idToString(id)).bind(2, QString::fromLatin1(Traits::kind));
        if (q.step())
            return decodeRow(q.bytes(0));
        if (q.failure())
            return m_library.failure(*q.failure(), Store::tr("læse %1").arg(Traits::danishName()));
        return Error::make(Error::Code::NotFound,
                           Store::tr("%1 med id %2 findes ikke i biblioteket.")
                               .arg(capitalised(), idToString(id)));
    }

    Status save(const T &record) override
    {
        if (record.id.isNull())
            return Error::make(Error::Code::Invalid,
                               Store::tr("%1 har intet id og kan ikke gemmes.").arg(capitalised()));
        const QString title = Traits::title(record);
        if (title.trimmed().isEmpty())
            return Error::make(
                Error::Code::Invalid,
                Store::tr("%1 skal have et navn eller en titel.").arg(capitalised()));

        return m_library.transaction([&]() -> Status {
            sql::Database &db = m_library.db();
            const QString key = idToString(record.id);
            sql::Statement existing(db, "SELECT kind, rowid FROM record WHERE id = ?");
            existing.bind(1, key);
            const bool exists = existing.step();
            const qint64 existingRowid = exists ? existing.integer(1) : 0;
            if (exists && existing.text(0) != QLatin1StringView(Traits::kind)) {
                return Error::make(Error::Code::Invalid,
                                   Store::tr("Id'et %1 bruges allerede af %2.")
                                       .arg(key, danishKindName(existing.text(0))));
            }
            const std::string data = Traits::toJson(record).dump(-1, ' ', false, json::Json::error_handler_t::replace);
            sql::Statement upsert(db, "INSERT INTO record (id, kind, title, data) VALUES (?, ?, ?, ?) "
                                      "ON CONFLICT (id) DO UPDATE SET title = excluded.title, data = excluded.data");
            upsert.bind(1, key).bind(2, QString::fromLatin1(Traits::kind)).bind(3, title);
            upsert.bind(4, QByteArray::fromStdString(data));
            if (auto f = upsert.run())
                return m_library.failure(*f, Store::tr("gemme %1 «%2»").arg(Traits::danishName(), title));
            DeferredRows *deferred = m_library.deferredRows();
            if (deferred)
                deferred->saved(record.id, exists ? existingRowid : db.lastInsertRowid(), title);
            const QString doing = Store::tr("gemme %1 «%2»").arg(Traits::danishName(), title);
            if (Status s = reindex(db, record, exists ? Rows::MayExist : Rows::None, deferred); !s)
                return m_library.described(s, doing);
            return m_library.described(m_library.savedRecord(record.id), doing);
        });
    }

    Status remove(const Id &id) override
    {
        return m_library.transaction([&]() -> Status {
            Result<T> record = get(id);
            if (!record)
                return record.error();
            sql::Database &db = m_library.db();
            DeferredRows *deferred = m_library.deferredRows();
            // The references held back in a bulk transaction are what tells who uses it.
            if (deferred) {
                if (Status s = deferred->writeRows(db); !s)
                    return m_library.described(s, Store::tr("slette %1").arg(Traits::danishName()));
            }
            sql::Statement users(db, "SELECT r.title, r.kind, (SELECT count(DISTINCT from_id) FROM referrer "
                                     "WHERE to_id = ?1 AND from_id <> ?1) FROM referrer f JOIN record r "
                                     "ON r.id = f.from_id WHERE f.to_id = ?1 AND f.from_id <> ?1 LIMIT 1");
            users.bind(1, idToString(id));
            if (users.step()) {
                const qint64 count = users.integer(2);
                QString by = Store::tr("%1 «%2»").arg(danishKindName(users.text(1)), users.text(0));
                if (count > 1)
                    by += Store::tr(" og %n andre", nullptr, int(count - 1));
                return Error::make(Error::Code::Constraint,
                                   Store::tr("Kan ikke slette %1 «%2», fordi %3 henviser til %1.")
                                       .arg(Traits::danishName(), Traits::title(*record), by));
            }
            if (Status s = removeDerived(db, id, deferred); !s)
                return m_library.described(s, Store::tr("slette %1").arg(Traits::danishName()));
            sql::Statement del(db, "DELETE FROM record WHERE id = ?");
            del.bind(1, idToString(id));
            if (auto f = del.run())
                return m_library.failure(*f, Store::tr("slette %1").arg(Traits::danishName()));
            if (deferred)
                deferred->removed(id);
            return {};
        });
    }

private:
    using Traits = RecordTraits<T>;

    static QString capitalised()
    {
        QString s = Traits::danishName();
        if (!s.isEmpty())
            s[0] = s[0].toUpper();
        return s;
    }
    static QString plural() { return Store::tr("posterne"); }

    Result<T> decodeRow(const QByteArray &data) const
    {
        json::Json j;
        try {
            j = json::Json::parse(data.constData(), data.constData() + data.size());
        } catch (const json::Json::exception &e) {
            m_library.noteFailure(Error::Code::Corrupt);
            return Error::make(Error::Code::Corrupt,
                               Store::tr("Biblioteket %1 indeholder en ulæselig post.").arg(m_library.location()),
                               QString::fromUtf8(e.what()));
        }
        Result<T> r = Traits::fromJson(j);
        if (!r) {
            m_library.noteFailure(Error::Code::Corrupt);
            return Error::make(Error::Code::Corrupt,
                               Store::tr("Biblioteket %1 indeholder en ulæselig post.").arg(m_library.location()),
                               r.error().message);
        }
        return r;
    }

    SqliteLibrary &m_library;
};

} // namespace temaplan::store
