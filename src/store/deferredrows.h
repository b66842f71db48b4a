#pragma once

#include "sqlite.h"

#include "core/ids.h"
#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

#include <array>
#include <initializer_list>
#include <optional>
#include <variant>

namespace temaplan::store {

// What the saves of a bulk transaction derive, held back and written at its end, many
// rows to a statement; and the names the saves copy from other records, kept in memory.
//
// The search rows: FTS5 writes what it holds in memory out as a segment of its own at
// every statement savepoint, and most statements of an import open one: written as each
// record was saved, every record's terms became a segment, merged again and again.
// Written at the end, the terms of thousands of records go out together.
// The other derived rows (references, the case list, an event's occurrences and slots):
// a statement of its own for each row cost more in opening, checking and closing the
// statement than in writing the row, and a look-up of the record's rowid for each.
// They are written whenever something is about to read or delete derived rows
// (`writeRows`), and before the commit.
class DeferredRows
{
public:
    // The derived tables, in the order their rows are written: a row's parent first
    // (case_theme refers to case_list, slot to occurrence, slot_speaker to slot).
    enum class Table
    {
        Reference,
        CaseList,
        CaseTheme,
        Occurrence,
        Slot,
        SlotSpeaker,
        SlotCase,
    };
    static constexpr int tableCount = 7;
    // NULL, an integer, or text: a QString, or UTF-8 bytes (ids, made so without a
    // QString between). A null QString or QByteArray is written as ''.
    using Value = std::variant<std::monostate, qint64, QString, QByteArray>;

    void add(Table table, std::initializer_list<Value> values);

    enum class SearchTable
    {
        Cases,
        Events
    };
    void addSearch(SearchTable table, const QString &id, std::optional<qint64> rowid,
                   const QString &title, const QString &body);
    // The record's rows are cleared: a search row held for it is dropped too.
    void forget(const QString &id);

    // Writes the derived rows held, but not the search rows (nothing reads those in
    // the middle of a bulk transaction).
    Status writeRows(sql::Database &db);
    // Writes every row held and forgets them.
    Status write(sql::Database &db);

    // The records saved or removed in the transaction, as they now are in `record`: the
    // names, rowids and places the derived rows copy are taken from here, not asked of
    // the file each time.
    void saved(const Id &id, qint64 rowid, const QString &title);
    void removed(const Id &id);
    QString titleOf(sql::Database &db, const Id &id);
    std::optional<qint64> rowidOf(sql::Database &db, const Id &id);
    // Places (a venue's town) and former names (a theme group's): kept until the
    // record is saved again.
    std::optional<QString> place(const Id &venueId) const;
    void setPlace(const Id &venueId, const QString &place) { m_places.insert(venueId, place); }
    std::optional<QStringList> formerNames(const Id &groupId) const;
    void setFormerNames(const Id &groupId, const QStringList &names)
    {
        m_formerNames.insert(groupId, names);
    }

    // `danishSortKey(name)`, made once per name in the transaction.
    QString sortKeyOf(const QString &name);

private:
    Status writeSearch(sql::Database &db);

    struct SearchRow
    {
        SearchTable table;
        std::optional<qint64> rowid;
        QString title;
        QString body;
    };
    QHash<QString, SearchRow> m_search;
    QStringList m_searchOrder;
    std::array<QList<Value>, tableCount> m_rows;
    std::array<QByteArray, tableCount> m_insertTexts; // a full statement's text, made once
    qsizetype m_held = 0;

    QHash<Id, QString> m_titles;
    QHash<Id, qint64> m_rowids;
    QHash<Id, QString> m_places;
    QHash<Id, QStringList> m_formerNames;
    QHash<QString, QString> m_sortKeys;
};

} // namespace temaplan::store
