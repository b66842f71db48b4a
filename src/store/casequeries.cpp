// The case list: pages of cases for a filter, its facet counts and look-alike cases,
// read from the derived tables case_list and case_theme (schema version 4).

#include "sqlitelibrary.h"
#include "storetext.h"

#include "core/kinds.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::store {

namespace {

enum class Facet { None, Owner, Theme, StartYear, ThemeGroup };

QString jsonArray(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QString jsonArray(const QList<int> &values)
{
    QJsonArray array;
    for (int v : values)
        array.append(v);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// The filter as conditions on `case_list f`, leaving out one facet's own choices when
// that facet is being counted. Values travel as JSON arrays, so the statement's text
// does not depend on how many values were chosen.
struct Conditions
{
    QByteArrayList sql;
    QStringList binds;

    QByteArray where() const { return sql.isEmpty() ? QByteArray("1") : sql.join(" AND "); }
};

enum class Text { Match, Ignore, Hits };

// `Text::Hits`: the matches were put in temp.case_hits first, so that the five counts
// of caseFacets read the search index once, not five times.
Conditions conditionsFor(const CaseFilter &filter, Facet except, Text text = Text::Match)
{
    Conditions c;
    const QString expression = searchExpression(filter.text);
    if (text == Text::Match && !expression.isEmpty()) {
        c.sql << "f.case_rowid IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)";
        c.binds << expression;
    } else if (text == Text::Hits && !expression.isEmpty()) {
        c.sql << "f.case_rowid IN temp.case_hits";
    }
    if (except != Facet::Owner && !filter.ownerIds.isEmpty()) {
        c.sql << "f.owner_id IN (SELECT value FROM json_each(?))";
        c.binds << jsonArray(filter.ownerIds);
    }
    if (except != Facet::Theme && !filter.themes.isEmpty()) {
        c.sql << "f.case_rowid IN (SELECT case_rowid FROM case_theme WHERE theme IN (SELECT value FROM json_each(?)))";
        c.binds << jsonArray(filter.themes);
    }
    if (except != Facet::StartYear && !filter.startYears.isEmpty()) {
        c.sql << "f.start_year IN (SELECT value FROM json_each(?))";
        c.binds << jsonArray(filter.startYears);
    }
    if (except != Facet::ThemeGroup && !filter.themeGroupIds.isEmpty()) {
        c.sql << "f.case_id IN (SELECT sc.case_id FROM slot_case sc JOIN slot s ON s.id = sc.slot_id "
                 "JOIN occurrence o ON o.id = s.occurrence_id "
                 "WHERE o.theme_group_id IN (SELECT value FROM json_each(?)))";
        c.binds << jsonArray(filter.themeGroupIds);
    }
    return c;
}

void bindAll(sql::Statement &q, const QStringList &binds, int first = 1)
{
    for (int i = 0; i < binds.size(); ++i)
        q.bind(first + i, binds.at(i));
}

const char *const rowColumns = "f.case_id, f.title, f.owner, f.themes, f.start_year, f.end_year";

CaseRow caseRowFrom(const sql::Statement &q)
{
    CaseRow r;
    r.caseId = idFromString(q.text(0));
    r.title = q.text(1);
    r.owner = q.text(2);
    for (const QJsonValue &v : QJsonDocument::fromJson(q.bytes(3)).array())
        r.themes.append(v.toString());
    r.startYear = int(q.integer(4));
    r.endYear = int(q.integer(5));
    return r;
}

QByteArray orderBy(const CaseFilter &filter)
{
    const QByteArray dir = filter.descending ? " DESC" : "";
    switch (filter.order) {
    case CaseFilter::Order::Owner:
        return "f.owner_sort_key" + dir + ", f.sort_key, f.case_rowid";
    case CaseFilter::Order::StartYear:
        return "f.start_year" + dir + ", f.sort_key, f.case_rowid";
    case CaseFilter::Order::Title:
    case CaseFilter::Order::Relevance:
        break;
    }
    return "f.sort_key" + dir + ", f.case_rowid" + dir;
}

} // namespace

Result<QList<CaseRow>> SqliteLibrary::findCases(const CaseFilter &filter, int offset, int limit) const
{
    QList<CaseRow> rows;
    if (limit <= 0 || offset < 0)
        return rows;
    const bool ranked = filter.order == CaseFilter::Order::Relevance && !searchExpression(filter.text).isEmpty();
    if (ranked) {
        // The search's own order (bm25, or title matches first when the search is
        // broad), the facets as a restriction on it; a later page reads the earlier
        // ones again, which the search's cap on ranking keeps cheap.
        std::optional<sql::Failure> failed;
        Restriction restriction;
        if (filter.hasFacets()) {
            const Conditions c = conditionsFor(filter, Facet::None, Text::Ignore);
            restriction.sql = "SELECT f.case_rowid FROM case_list f WHERE " + c.where();
            restriction.binds = c.binds;
        }
        const QList<SearchRow> hits = searchTable("case_search", filter.text, offset + limit, failed, restriction);
        if (failed)
            return failure(*failed, Store::tr("søge i cases"));
        const QByteArray byRowid = QByteArray("SELECT ") + rowColumns + " FROM case_list f WHERE f.case_rowid = ?";
        sql::Statement q(m_db, byRowid.constData());
        for (qsizetype i = offset; i < hits.size(); ++i) {
            q.reset();
            q.bind(1, hits.at(i).rowid);
            if (q.step())
                rows.append(caseRowFrom(q));
        }
        if (q.failure())
            return failure(*q.failure(), Store::tr("søge i cases"));
        return rows;
    }

    const Conditions c = conditionsFor(filter, Facet::None);
    const QByteArray sqlText = QByteArray("SELECT ") + rowColumns + " FROM case_list f WHERE " + c.where()
                               + " ORDER BY " + orderBy(filter) + " LIMIT ? OFFSET ?";
    sql::Statement q(m_db, sqlText.constData());
    bindAll(q, c.binds);
    q.bind(int(c.binds.size()) + 1, limit).bind(int(c.binds.size()) + 2, offset);
    while (q.step())
        rows.append(caseRowFrom(q));
    if (q.failure())
        return failure(*q.failure(), Store::tr("finde cases"));
    return rows;
}

Result<CaseFacets> SqliteLibrary::caseFacets(const CaseFilter &filter) const
{
    return caseFacetsInSteps(filter, {});
}

Result<CaseFacets> SqliteLibrary::caseFacetsInSteps(const CaseFilter &filter, const FacetStep &step) const
{
    CaseFacets facets;
    std::optional<sql::Failure> failed;
    int counted = 0;
    auto stepDone = [&] {
        ++counted;
        if (step && !failed)
            step(facets, counted);
    };
    const QString expression = searchExpression(filter.text);
    if (!expression.isEmpty()) {
        // A temporary table lives beside the file, not in it: this works on a library
        // opened read-only too.
        if (auto f = m_db.exec("CREATE TEMP TABLE IF NOT EXISTS case_hits (rowid INTEGER PRIMARY KEY); "
                               "DELETE FROM temp.case_hits"))
            return failure(*f, Store::tr("tælle cases"));
        sql::Statement fill(m_db, "INSERT INTO temp.case_hits SELECT rowid FROM case_search WHERE case_search MATCH ?");
        fill.bind(1, expression);
        if (auto f = fill.run())
            return failure(*f, Store::tr("tælle cases"));
    }
    // `select` is completed by the conditions: on case_list f itself, or as the set of
    // its rows (`column` IN …) for the facets counted from another table, which then
    // need not join case_list at all when nothing narrows the list.
    auto run = [&](Facet facet, const QByteArray &select, const char *column, const QByteArray &rest,
                   const std::function<void(const sql::Statement &)> &take) {
        if (failed)
            return;
        const Conditions c = conditionsFor(filter, facet, Text::Hits);
        QByteArray where;
        if (!column)
            where = " WHERE " + c.where();
        else if (c.sql == QByteArrayList{"f.case_rowid IN temp.case_hits"})
            where = QByteArray(" WHERE ") + column + " IN temp.case_hits";
        else if (!c.sql.isEmpty())
            where = QByteArray(" WHERE ") + column + " IN (SELECT f.case_rowid FROM case_list f WHERE " + c.where() + ")";
        const QByteArray sqlText = select + where + rest;
        sql::Statement q(m_db, sqlText.constData());
        bindAll(q, c.binds);
        while (q.step())
            take(q);
        if (q.failure())
            failed = q.failure();
    };

    run(Facet::None, "SELECT count(*) FROM case_list f", nullptr, "",
        [&](const sql::Statement &q) { facets.total = int(q.integer(0)); });
    run(Facet::Owner, "SELECT f.owner_id, max(f.owner), count(*) FROM case_list f", nullptr,
        " GROUP BY f.owner_id ORDER BY count(*) DESC, max(f.owner_sort_key)",
        [&](const sql::Statement &q) {
            const QString label = q.text(0).isEmpty() ? Store::tr("Uden ejer") : q.text(1);
            facets.owners.append({q.text(0), label, int(q.integer(2))});
        });
    stepDone();
    run(Facet::Theme, "SELECT t.theme, count(*) FROM case_theme t", "t.case_rowid",
        " GROUP BY t.theme ORDER BY count(*) DESC, t.theme", [&](const sql::Statement &q) {
            facets.themes.append({q.text(0), q.text(0), int(q.integer(1))});
        });
    stepDone();
    run(Facet::StartYear, "SELECT f.start_year, count(*) FROM case_list f", nullptr,
        " GROUP BY f.start_year ORDER BY f.start_year = 0, f.start_year DESC", [&](const sql::Statement &q) {
            const int year = int(q.integer(0));
            facets.startYears.append({QString::number(year),
                                      year == 0 ? Store::tr("Ukendt år") : QString::number(year),
                                      int(q.integer(1))});
        });
    stepDone();
    // Joined, not `IN (…)`: a few thousand linked slots look up their case, rather
    // than a set of every matching case's id being built first.
    run(Facet::ThemeGroup,
        "SELECT o.theme_group_id, max(o.theme_group), count(DISTINCT sc.case_id) FROM slot_case sc "
        "JOIN case_list f ON f.case_id = sc.case_id JOIN slot s ON s.id = sc.slot_id "
        "JOIN occurrence o ON o.id = s.occurrence_id AND o.theme_group_id IS NOT NULL",
        nullptr,
        " GROUP BY o.theme_group_id ORDER BY count(DISTINCT sc.case_id) DESC, max(o.theme_group)",
        [&](const sql::Statement &q) { facets.themeGroups.append({q.text(0), q.text(1), int(q.integer(2))}); });
    stepDone();
    if (failed)
        return failure(*failed, Store::tr("tælle cases"));
    return facets;
}

Result<int> SqliteLibrary::countCases(const CaseFilter &filter) const
{
    const Conditions c = conditionsFor(filter, Facet::None);
    const QByteArray sqlText = "SELECT count(*) FROM case_list f WHERE " + c.where();
    sql::Statement q(m_db, sqlText.constData());
    bindAll(q, c.binds);
    if (q.step())
        return int(q.integer(0));
    return failure(q.failure() ? *q.failure() : m_db.lastFailure(), Store::tr("tælle cases"));
}

Result<QList<CaseRow>> SqliteLibrary::casesWithContact(const Id &personId) const
{
    // The reference rows a case's save writes, joined to the case list: a person's page
    // never decodes the cases to find its own.
    const QByteArray sqlText = QByteArray("SELECT ") + rowColumns
                               + " FROM reference r JOIN case_list f ON f.case_id = r.from_id "
                                 "WHERE r.to_id = ? AND r.role = 'contact' ORDER BY f.sort_key, f.case_rowid";
    sql::Statement q(m_db, sqlText.constData());
    q.bind(1, idToString(personId));
    QList<CaseRow> rows;
    while (q.step())
        rows.append(caseRowFrom(q));
    if (q.failure())
        return failure(*q.failure(), Store::tr("finde cases med personen som kontakt"));
    return rows;
}

Result<QList<DuplicateCases>> SqliteLibrary::duplicateCases(int limit) const
{
    sql::Statement q(m_db, "SELECT a.case_id, b.case_id, a.title, a.owner FROM case_list a "
                           "JOIN case_list b ON b.duplicate_key = a.duplicate_key AND b.case_rowid > a.case_rowid "
                           "ORDER BY a.sort_key, a.case_rowid, b.case_rowid LIMIT ?");
    q.bind(1, limit);
    QList<DuplicateCases> pairs;
    while (q.step())
        pairs.append({idFromString(q.text(0)), idFromString(q.text(1)), q.text(2), q.text(3)});
    if (q.failure())
        return failure(*q.failure(), Store::tr("finde dubletter"));
    return pairs;
}

} // namespace temaplan::store
