#pragma once

#include <QString>

namespace temaplan {

// Folds text so that the ways Danes spell the same word meet: lower case, æ→ae,
// ø→oe, å→aa, other accents dropped (é→e, ü→u). "Århus" and "Aarhus" both fold to
// "aarhus", "bæredygtig" and "baeredygtig" to "baeredygtig". Applied to the text
// when it is indexed and to the query when it is searched.
QString foldForSearch(const QString &text);

} // namespace temaplan

namespace temaplan {

// A key whose plain (binary) order is Danish alphabetical order: … x y z æ ø å, "aa"
// as å, ü as y, case and other accents ignored, numbers by value. Stored beside a
// title it lets SQLite order and page a long list by an ordinary index, instead of
// calling back into QCollator for every comparison of every query.
QString danishSortKey(const QString &text);

} // namespace temaplan
