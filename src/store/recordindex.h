#pragma once

#include "sqlite.h"

#include "core/librarycontents.h"
#include "core/result.h"

namespace temaplan::store {

// The derived rows of a record — its references, an event's occurrences and slots,
// its search text — rebuilt from the record as saved. Names of other records are
// copied in (a case is found by its owner's name), so when a record is saved, the
// records that refer to it are rebuilt too.
Status reindex(sql::Database &db, const Organisation &record);
Status reindex(sql::Database &db, const Person &record);
Status reindex(sql::Database &db, const Venue &record);
Status reindex(sql::Database &db, const ThemeGroup &record);
Status reindex(sql::Database &db, const EventSeries &record);
Status reindex(sql::Database &db, const Case &record);
Status reindex(sql::Database &db, const Event &record);
Status reindex(sql::Database &db, const AgendaTemplate &record);

// Removes a record's derived rows, before the record itself is deleted.
Status removeDerived(sql::Database &db, const Id &id);

// Rebuilds the rows of every record that refers to `id`.
Status reindexReferrers(sql::Database &db, const Id &id);

// Rebuilds everything derived, for every record (the migration that adds a table).
Status reindexAll(sql::Database &db);

// Rebuilds the case list rows (case_list, case_theme) of every case and nothing else.
Status reindexCaseLists(sql::Database &db);

} // namespace temaplan::store
