#pragma once

#include "libraryexchange.h"

namespace temaplan {

// The demo library bundled with the program: the seed programmes, theme group,
// theme day, meeting series and partner conference (resources/demo/README.md).
QByteArray demoLibraryJson();

// Imports the demo into a library (normally a new, empty one).
Result<ImportReport> importDemo(Library &library);

} // namespace temaplan
