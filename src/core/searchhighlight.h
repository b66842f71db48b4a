#pragma once

#include <QList>
#include <QString>

namespace temaplan {

struct TextRange
{
    qsizetype start = 0;
    qsizetype length = 0;
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

// Where the words of a search stand in `text`, as the search matched them: folded as
// the index is (so "aarhus" marks "Århus" and "Ærø" marks "aeroe"), each word matched
// as the beginning of a word of the text. Ranges are in `text`'s own positions,
// sorted, not overlapping; empty when nothing matches.
QList<TextRange> searchHighlights(const QString &text, const QString &typed);

} // namespace temaplan
