// Full-text search over the case and event search tables (FTS5; the text is folded by
// foldForSearch before it is written and before it is matched).

#include "sqlitelibrary.h"
#include "storetext.h"

#include "core/searchfolding.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::store {

QString searchExpression(const QString &typed)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    const QStringList words = foldForSearch(typed).split(separators, Qt::SkipEmptyParts);
    QStringList terms;
    for (const QString &word : words)
        terms.append(u'"' + word + u'"');
    if (!terms.isEmpty())
        terms.last() += u'*';
    return terms.join(u' ');
}

// How a search is run on one of the search tables. Ranking by bm25 costs time for
// every matching row; past `rankedCap` matches (one or two letters typed into 50 000
// cases) a keystroke cannot afford it, and a rank over "b" says little anyway. Such a
// broad search lists title matches first, then the others, each in the order the
// index gives, and stops at the limit: it reads only as many rows as it shows.
QList<SqliteLibrary::SearchRow> SqliteLibrary::searchTable(const char *table, const QString &text, int limit,
                                                          std::optional<sql::Failure> &failure,
                                                          const Restriction &restriction) const
{
    QList<SearchRow> rows;
    const QString expression = searchExpression(text);
    if (expression.isEmpty() || limit <= 0)
        return rows;
    const QByteArray name(table);
    constexpr int rankedCap = 1000;
    // ?1 and ?2 are the match and the limit; the restriction's `?`s become ?3, ?4, …
    // (a bare `?` would take the number after the highest one seen before it).
    QByteArray restrict;
    if (!restriction.sql.isEmpty()) {
        restrict = " AND rowid IN (";
        int number = 3;
        for (const char c : restriction.sql)
            restrict += c == '?' ? "?" + QByteArray::number(number++) : QByteArray(1, c);
        restrict += ')';
    }
    auto bindRestriction = [&](sql::Statement &q) {
        for (int i = 0; i < restriction.binds.size(); ++i)
            q.bind(3 + i, restriction.binds.at(i));
    };

    const QByteArray probeSql = "SELECT count(*) FROM (SELECT 1 FROM " + name + " WHERE " + name + " MATCH ?1"
                                + restrict + " LIMIT ?2)";
    sql::Statement probe(m_db, probeSql.constData());
    probe.bind(1, expression).bind(2, rankedCap + 1);
    bindRestriction(probe);
    if (!probe.step()) {
        failure = probe.failure();
        return rows;
    }
    const bool broad = probe.integer(0) > rankedCap;

    QSet<qint64> seen;
    auto collect = [&](const QByteArray &sqlText, const QString &match, int wanted) {
        sql::Statement q(m_db, sqlText.constData());
        q.bind(1, match).bind(2, wanted);
        bindRestriction(q);
        while (q.step()) {
            const SearchRow row{q.integer(0), q.real(1)};
            if (!seen.contains(row.rowid)) {
                seen.insert(row.rowid);
                rows.append(row);
            }
        }
        if (q.failure())
            failure = q.failure();
    };
    if (!broad) {
        // The title weighs more than the rest: a case named for the word comes first.
        collect("SELECT rowid, bm25(" + name + ", 8.0, 1.0) AS r FROM " + name + " WHERE " + name
                    + " MATCH ?1" + restrict + " ORDER BY r LIMIT ?2",
                expression, limit);
        return rows;
    }
    collect("SELECT rowid, 0 FROM " + name + " WHERE " + name + " MATCH ?1" + restrict + " LIMIT ?2",
            u"title : (%1)"_s.arg(expression), limit);
    if (rows.size() < limit && !failure)
        collect("SELECT rowid, 0 FROM " + name + " WHERE " + name + " MATCH ?1" + restrict + " LIMIT ?2",
                expression, limit);
    if (rows.size() > limit)
        rows.resize(limit);
    return rows;
}

Result<QList<CaseHit>> SqliteLibrary::searchCases(const QString &text, int limit) const
{
    std::optional<sql::Failure> failed;
    const QList<SearchRow> rows = searchTable("case_search", text, limit, failed);
    if (failed)
        return failure(*failed, Store::tr("søge i cases"));
    sql::Statement q(m_db, "SELECT r.id, r.title, (SELECT o.title FROM reference f JOIN record o ON o.id = f.to_id "
                           "WHERE f.from_id = r.id AND f.role = 'owner') FROM record r WHERE r.rowid = ?");
    QList<CaseHit> hits;
    for (const SearchRow &row : rows) {
        q.reset();
        q.bind(1, row.rowid);
        if (q.step())
            hits.append({idFromString(q.text(0)), q.text(1), q.text(2), row.rank});
    }
    if (q.failure())
        return failure(*q.failure(), Store::tr("søge i cases"));
    return hits;
}

Result<QList<EventHit>> SqliteLibrary::searchEvents(const QString &text, int limit) const
{
    std::optional<sql::Failure> failed;
    const QList<SearchRow> rows = searchTable("event_search", text, limit, failed);
    if (failed)
        return failure(*failed, Store::tr("søge i arrangementer"));
    sql::Statement q(m_db, "SELECT id, title FROM record WHERE rowid = ?");
    QList<EventHit> hits;
    for (const SearchRow &row : rows) {
        q.reset();
        q.bind(1, row.rowid);
        if (q.step())
            hits.append({idFromString(q.text(0)), q.text(1), row.rank});
    }
    if (q.failure())
        return failure(*q.failure(), Store::tr("søge i arrangementer"));
    return hits;
}

} // namespace temaplan::store
