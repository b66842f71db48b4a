#include "derivedtables.h"

using namespace Qt::Literals::StringLiterals;

namespace temaplan::store::derived {

namespace {

constexpr std::array<TableShape, DeferredRows::tableCount> shapes{{
    {"reference", "from_id, to_id, role, position", 4},
    {"case_list",
     "case_rowid, case_id, title, sort_key, owner_id, owner, owner_sort_key, start_year, "
     "end_year, themes, duplicate_key",
     11},
    {"case_theme", "case_rowid, theme", 2},
    {"occurrence",
     "id, event_id, position, date, start, venue_id, place, event_kind, event_title, "
     "organisers, theme_group_id, theme_group, series_id, series",
     14},
    {"slot", "id, occurrence_id, position, start, title", 5},
    {"slot_speaker", "slot_id, position, person_id, role_text", 4},
    {"slot_case", "slot_id, position, case_id", 3},
}};

} // namespace

const TableShape &shapeOf(Table table)
{
    return shapes[std::size_t(table)];
}

void bindValue(sql::Statement &q, int index, const Value &value)
{
    if (const auto *number = std::get_if<qint64>(&value))
        q.bind(index, *number);
    else if (const auto *text = std::get_if<QString>(&value))
        q.bind(index, *text);
    else if (const auto *bytes = std::get_if<QByteArray>(&value))
        q.bind(index, *bytes);
    else
        q.bindNull(index);
}

QByteArray insertText(Table table, qsizetype rows)
{
    const TableShape &shape = shapeOf(table);
    QByteArray row = "(?";
    for (int c = 1; c < shape.columnCount; ++c)
        row += ", ?";
    row += ')';
    QByteArray sqlText = "INSERT INTO " + QByteArray(shape.name) + " (" +
                         QByteArray(shape.columns) + ") VALUES " + row;
    sqlText.reserve(sqlText.size() + (rows - 1) * (row.size() + 2));
    for (qsizetype r = 1; r < rows; ++r)
        sqlText += ", " + row;
    return sqlText;
}

Status insertRows(sql::Database &db, Table table, const Value *values, qsizetype rows,
                  const QByteArray &sqlText)
{
    const TableShape &shape = shapeOf(table);
    sql::Statement q(db, sqlText.constData());
    if (q.failure()) {
        // While a library is being migrated, the list tables may not exist yet.
        if ((table == Table::CaseList || table == Table::CaseTheme) &&
            q.failure()->message.contains(u"no such table"_s))
            return {};
        return sql::toStatus(q.failure());
    }
    const qsizetype count = rows * shape.columnCount;
    for (qsizetype i = 0; i < count; ++i)
        bindValue(q, int(i + 1), values[i]);
    return sql::toStatus(q.run());
}

QString storedTitle(sql::Database &db, const Id &id)
{
    sql::Statement q(db, "SELECT title FROM record WHERE id = ?");
    q.bind(1, idToString(id));
    return q.step() ? q.text(0) : QString();
}

std::optional<qint64> storedRowid(sql::Database &db, const Id &id)
{
    sql::Statement q(db, "SELECT rowid FROM record WHERE id = ?");
    q.bind(1, idToString(id));
    if (q.step())
        return q.integer(0);
    return std::nullopt;
}

} // namespace temaplan::store::derived
