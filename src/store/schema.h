#pragma once

#include "sqlite.h"

#include "core/result.h"

namespace temaplan::store {

// "TPLN": marks a SQLite file as a Temaplan library, so that any other SQLite file
// is refused instead of being "migrated" into one.
inline constexpr int applicationId = 0x54504C4E;

// The schema version this build writes (PRAGMA user_version).
int schemaVersion();

// Brings a library from its version to `target`, one step per version, each step in
// its own transaction: a failed step leaves the file at the previous version.
// A new, empty file is at version 0.
Status migrate(sql::Database &db, int fromVersion, int target);

} // namespace temaplan::store
