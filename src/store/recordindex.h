#pragma once

#include "deferredrows.h"
#include "sqlite.h"

#include "core/librarycontents.h"
#include "core/result.h"

namespace temaplan::store {

// The derived rows of a record — its references, an event's occurrences and slots,
// its search text — rebuilt from the record as saved. Names of other records are
// copied in (a case is found by its owner's name), so when a record is saved, the
// records that refer to it are rebuilt too.
// `Rows::None`: the record is saved for the first time, there are no rows to clear.
enum class Rows
{
    MayExist,
    None
};

Status reindex(sql::Database &db, const Organisation &record, Rows previous = Rows::MayExist,
               DeferredRows *deferred = nullptr);
Status reindex(sql::Database &db, const Person &record, Rows previous = Rows::MayExist,
               DeferredRows *deferred = nullptr);
Status reindex(sql::Database &db, const Venue &record, Rows previous = Rows::MayExist,
               DeferredRows *deferred = nullptr);
Status reindex(sql::Database &db, const ThemeGroup &record, Rows previous = Rows::MayExist,
               DeferredRows *deferred = nullptr);
Status reindex(sql::Database &db, const EventSeries &record, Rows previous = Rows::MayExist,
               DeferredRows *deferred = nullptr);
Status reindex(sql::Database &db, const Case &record, Rows previous = Rows::MayExist,
               DeferredRows *deferred = nullptr);
Status reindex(sql::Database &db, const Event &record, Rows previous = Rows::MayExist,
               DeferredRows *deferred = nullptr);
Status reindex(sql::Database &db, const AgendaTemplate &record, Rows previous = Rows::MayExist,
               DeferredRows *deferred = nullptr);

// Removes a record's derived rows, before the record itself is deleted.
Status removeDerived(sql::Database &db, const Id &id, DeferredRows *deferred = nullptr);

// Rebuilds the rows of every record that refers to `id`.
Status reindexReferrers(sql::Database &db, const Id &id);

// Rebuilds the rows of the given records.
Status reindexRecords(sql::Database &db, const QList<Id> &ids);

// Rebuilds everything derived, for every record (the migration that adds a table).
Status reindexAll(sql::Database &db);

// Rebuilds the case list rows (case_list, case_theme) of every case and nothing else.
Status reindexCaseLists(sql::Database &db);

} // namespace temaplan::store
