#pragma once

#include "library.h"

#include "core/librarycontents.h"
#include "core/result.h"

#include <QString>

namespace temaplan {

// What an import did, record by record: new, changed (replaced by id) or already the same.
struct ImportReport
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;

    int total() const { return added + updated + unchanged; }
};

// Merges records into the library by id, all in one transaction: when any record
// is refused (a reference to nothing, an id used by another kind), nothing is saved.
Result<ImportReport> importContents(Library &library, const LibraryContents &contents);

// Reads a JSON file (docs/json-format.md) and imports it. Errors name the file and,
// for bad JSON, the line and column or the JSON pointer of the bad value.
Result<ImportReport> importJsonFile(Library &library, const QString &path);

// Writes the records named by `roots` and all they refer to (everything when empty)
// as JSON. The file is replaced only when the whole of it was written.
Status exportJsonFile(const Library &library, const QString &path, const QList<Id> &roots = {});

// Reads a JSON file without importing it.
Result<LibraryContents> readJsonFile(const QString &path);

} // namespace temaplan
