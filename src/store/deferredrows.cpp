#include "deferredrows.h"

#include "derivedtables.h"

#include "core/searchfolding.h"

#include <algorithm>

namespace temaplan::store {

using derived::insertRows;
using derived::insertText;
using derived::shapeOf;
using derived::storedRowid;
using derived::storedTitle;

void DeferredRows::add(Table table, std::initializer_list<Value> values)
{
    QList<Value> &held = m_rows[std::size_t(table)];
    for (const Value &v : values)
        held.append(v);
    ++m_held;
}

void DeferredRows::addSearch(SearchTable table, const QString &id, std::optional<qint64> rowid,
                             const QString &title, const QString &body)
{
    if (!m_search.contains(id))
        m_searchOrder.append(id);
    m_search.insert(id, SearchRow{table, rowid, title, body});
}

void DeferredRows::forget(const QString &id)
{
    m_search.remove(id);
}

Status DeferredRows::writeRows(sql::Database &db)
{
    if (m_held == 0)
        return {};
    for (int t = 0; t < tableCount; ++t) {
        const Table table = Table(t);
        QList<Value> &held = m_rows[std::size_t(t)];
        const int columns = shapeOf(table).columnCount;
        // Many rows to a statement, within the 999 parameters any SQLite allows.
        const qsizetype perStatement = std::min(128, 999 / columns);
        const qsizetype rows = held.size() / columns;
        QByteArray &fullText = m_insertTexts[std::size_t(t)];
        for (qsizetype first = 0; first < rows; first += perStatement) {
            const qsizetype count = std::min(perStatement, rows - first);
            if (count == perStatement && fullText.isEmpty())
                fullText = insertText(table, count);
            const QByteArray sqlText = count == perStatement ? fullText : insertText(table, count);
            if (Status s =
                    insertRows(db, table, held.constData() + first * columns, count, sqlText);
                !s)
                return s;
        }
        held.clear();
    }
    m_held = 0;
    return {};
}

Status DeferredRows::write(sql::Database &db)
{
    if (Status s = writeRows(db); !s)
        return s;
    return writeSearch(db);
}

Status DeferredRows::writeSearch(sql::Database &db)
{
    // Many rows to a statement: FTS5 keeps a statement's terms in memory together and
    // writes them out as a segment when the statement ends, so fewer statements make
    // fewer segments to merge again. Preparing a statement costs as much again for each
    // row it names, so past a couple of thousand rows the preparing (done once for all
    // full statements) cost more than the segments saved. Within what SQLite allows.
    // (A JSON array of all rows, read by json_each, cost more in escaping than it saved.)
    const int rowsPerStatement = std::clamp(db.parameterLimit() / 3, 1, 2048);
    // A record saved again after its row was dropped is in the order twice: taken once.
    QList<SearchRow> cases;
    QList<SearchRow> events;
    for (const QString &id : std::as_const(m_searchOrder)) {
        const auto row = m_search.constFind(id);
        if (row == m_search.constEnd())
            continue;
        (row->table == SearchTable::Cases ? cases : events).append(*row);
        m_search.erase(row);
    }
    for (const auto &[rows, table] :
         {std::pair{&cases, "case_search"}, std::pair{&events, "event_search"}}) {
        for (qsizetype first = 0; first < rows->size(); first += rowsPerStatement) {
            const qsizetype count = std::min<qsizetype>(rowsPerStatement, rows->size() - first);
            QByteArray sqlText =
                "INSERT INTO " + QByteArray(table) + " (rowid, title, body) VALUES ";
            for (qsizetype i = 0; i < count; ++i)
                sqlText += i == 0 ? "(?, ?, ?)" : ", (?, ?, ?)";
            sql::Statement q(db, sqlText.constData());
            for (qsizetype i = 0; i < count; ++i) {
                const SearchRow &row = rows->at(first + i);
                if (row.rowid)
                    q.bind(int(3 * i + 1), *row.rowid);
                else
                    q.bindNull(int(3 * i + 1));
                q.bind(int(3 * i + 2), row.title).bind(int(3 * i + 3), row.body);
            }
            if (Status s = sql::toStatus(q.run()); !s)
                return s;
        }
    }
    m_search.clear();
    m_searchOrder.clear();
    return {};
}

void DeferredRows::saved(const Id &id, qint64 rowid, const QString &title)
{
    m_rowids.insert(id, rowid);
    // The title as the file gives it back: text that UTF-8 cannot hold (a lone
    // surrogate) is read back changed, so such a title is asked of the file.
    const bool plain =
        std::none_of(title.cbegin(), title.cend(), [](QChar c) { return c.isSurrogate(); });
    if (plain)
        m_titles.insert(id, title);
    else
        m_titles.remove(id);
    m_places.remove(id);
    m_formerNames.remove(id);
}

void DeferredRows::removed(const Id &id)
{
    m_rowids.remove(id);
    m_titles.insert(id, QString());
    m_places.remove(id);
    m_formerNames.remove(id);
}

QString DeferredRows::titleOf(sql::Database &db, const Id &id)
{
    const auto known = m_titles.constFind(id);
    if (known != m_titles.constEnd())
        return *known;
    const QString title = storedTitle(db, id);
    m_titles.insert(id, title);
    return title;
}

std::optional<qint64> DeferredRows::rowidOf(sql::Database &db, const Id &id)
{
    const auto known = m_rowids.constFind(id);
    if (known != m_rowids.constEnd())
        return *known;
    return storedRowid(db, id);
}

std::optional<QString> DeferredRows::place(const Id &venueId) const
{
    const auto known = m_places.constFind(venueId);
    return known == m_places.constEnd() ? std::nullopt : std::optional<QString>(*known);
}

std::optional<QStringList> DeferredRows::formerNames(const Id &groupId) const
{
    const auto known = m_formerNames.constFind(groupId);
    return known == m_formerNames.constEnd() ? std::nullopt : std::optional<QStringList>(*known);
}

QString DeferredRows::sortKeyOf(const QString &name)
{
    auto known = m_sortKeys.constFind(name);
    if (known == m_sortKeys.constEnd())
        known = m_sortKeys.insert(name, danishSortKey(name));
    return *known;
}

} // namespace temaplan::store
