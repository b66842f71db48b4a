#pragma once

#include "deferredrows.h"
#include "sqlite.h"

#include "core/ids.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

// What saving a record and the rows held in a bulk transaction share: the derived
// tables' columns, their INSERT statements, and the look-ups of another record's title
// and rowid in the file.
namespace temaplan::store::derived {

using Table = DeferredRows::Table;
using Value = DeferredRows::Value;

struct TableShape
{
    const char *name;
    const char *columns;
    int columnCount;
};

const TableShape &shapeOf(Table table);

void bindValue(sql::Statement &q, int index, const Value &value);

// "INSERT INTO table (columns) VALUES (?, …), …" for `rows` rows.
QByteArray insertText(Table table, qsizetype rows);

// One statement (`sqlText`, from insertText) inserting `rows` rows of the table, their
// values one after another.
Status insertRows(sql::Database &db, Table table, const Value *values, qsizetype rows,
                  const QByteArray &sqlText);

QString storedTitle(sql::Database &db, const Id &id);
std::optional<qint64> storedRowid(sql::Database &db, const Id &id);

} // namespace temaplan::store::derived
