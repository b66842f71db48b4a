#pragma once

#include "core/result.h"

#include <QString>

namespace temaplan::app {

// Where a first run keeps its library: AppDataLocation/bibliotek.temaplan.
QString defaultLibraryPath();

// The default library, made from the bundled demo when it does not exist yet, so a new
// user sees real programmes and cases instead of an empty window. A half-made file is
// removed again when filling it fails.
Result<QString> ensureDefaultLibrary();

// Creates a library file and fills it with the demo (for "Nyt bibliotek" with demo data
// and for the first run).
Status createDemoLibrary(const QString &path);

} // namespace temaplan::app
