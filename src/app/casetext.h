#pragma once

#include "store/summaries.h"

#include <QString>

namespace temaplan::app {

// "2019–2021", "2019", "til 2021"; empty when no year is known.
QString casePeriod(int startYear, int endYear);

// Where a case was presented, as one line: "6. december 2024: Temagruppemøde om
// lokalsamfund, Gladsaxe".
QString presentedAtLine(const SlotReference &reference);

} // namespace temaplan::app
