#pragma once

#include "store/library.h"

#include <QString>

// A small library in the shape of seed 000: one theme group (renamed), one meeting
// with a few slots, speakers and cases. Ids are fixed so tests can name prefixes.
namespace sample {

extern const temaplan::Id eventId;   // "11111111-…"
extern const temaplan::Id caseId;    // "22222222-…" Social balance
extern const temaplan::Id aarhusCaseId;

void fill(temaplan::Library &library);

} // namespace sample
