#pragma once

#include "command.h"

#include "core/ids.h"
#include "store/library.h"
#include "store/libraryexchange.h"
#include "store/libraryfile.h"

#include <QList>

#include <functional>
#include <memory>

namespace temaplan::cli {

// Opens the library named by --library for a command, or prints why not.
// Returns null and sets `exitCode` on failure.
std::unique_ptr<Library> openForCommand(Context &ctx, int &exitCode);

// Creates a new library file and fills it; when filling fails, the half-made file is
// removed again (it was ours: CreateNew never opens an existing file).
Result<ImportReport> createAndFill(const QString &path,
                                   const std::function<Result<ImportReport>(Library &)> &fill);

// Prints an error in the house form: "temaplan-cli: <message>".
int fail(Context &ctx, const Error &error, int code = DataError);

// The record whose id starts with `prefix` (case-insensitive, dashes optional).
// Errors name what was looked for: none or several matches.
Result<Id> resolveId(const QString &prefix, const QList<Id> &ids, const QString &what);

// The event whose id starts with `prefix`.
Result<Event> eventByPrefix(Library &library, const QString &prefix);

// The first eight characters of an id: enough to be a unique prefix in practice.
QString shortId(const Id &id);

} // namespace temaplan::cli
