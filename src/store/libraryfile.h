#pragma once

#include "library.h"

#include "core/result.h"

#include <QString>

#include <chrono>
#include <memory>

namespace temaplan {

enum class OpenMode {
    OpenExisting, // error if the file is missing
    CreateNew,    // error if the file exists
    OpenOrCreate,
    ReadOnly,     // an existing library, never written (browsing an archived copy)
};

// Opens a library file. A file that is not a Temaplan library, was written by a newer
// version, is corrupt or truncated, or is locked gives an Error naming the file and
// the cause, and the file is not touched. A file we may not write opens read-only.
// Older schema versions are migrated, each step in one transaction.
Result<std::unique_ptr<Library>> openLibrary(const QString &path, OpenMode mode = OpenMode::OpenExisting);

// As above, waiting at most `busyTimeout` for another program that is writing.
Result<std::unique_ptr<Library>> openLibrary(const QString &path, OpenMode mode,
                                             std::chrono::milliseconds busyTimeout);

// A library in memory, for tests and dry runs.
Result<std::unique_ptr<Library>> openMemoryLibrary();

// The schema version this build writes.
int currentSchemaVersion();

} // namespace temaplan
