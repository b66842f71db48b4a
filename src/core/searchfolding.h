#pragma once

#include <QString>

namespace temaplan {

// Folds text so that the ways Danes spell the same word meet: lower case, æ→ae,
// ø→oe, å→aa, other accents dropped (é→e, ü→u). "Århus" and "Aarhus" both fold to
// "aarhus", "bæredygtig" and "baeredygtig" to "baeredygtig". Applied to the text
// when it is indexed and to the query when it is searched.
QString foldForSearch(const QString &text);

} // namespace temaplan
