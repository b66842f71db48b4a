#pragma once

#include "core/event.h"
#include "core/lookups.h"

#include <QStringList>

namespace temaplan {
class Library;
}

namespace temaplan::app {

// What the window warns of beyond the agenda's own times: a speaker booked in two
// slots that overlap (in this programme, or in another event the same day) and an
// occurrence without a venue. Danish sentences; warnings only, nothing is refused.
// `library` may be null: then other events are not looked at.
QStringList planningWarnings(const Event &event, const Occurrence &occurrence,
                             const Lookups &lookups, Library *library);

} // namespace temaplan::app
