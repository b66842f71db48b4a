#pragma once

#include "library.h"

#include "core/lookups.h"

namespace temaplan {

// Lookups that read from a library, one record at a time. The library must outlive
// the returned functions. A record that cannot be read is reported as absent: text
// output then leaves it out rather than printing an id.
Lookups lookupsFor(Library &library);

} // namespace temaplan
