#pragma once

#include <QList>
#include <QString>

namespace temaplan {

// Programme text is paragraphs and bullet points, nothing richer: that is what the
// printed programmes use, and it survives PDF, HTML, .ics and JSON alike.
struct TextBlock
{
    enum class Kind { Paragraph, Bullet };
    Kind kind = Kind::Paragraph;
    QString text;

    friend bool operator==(const TextBlock &, const TextBlock &) = default;
};

using Description = QList<TextBlock>;

// The editable plain-text form: one block a line, bullets start with "• " (or "- ",
// "* " when typed). Blank lines are dropped. Round trip: fromMarkup(toMarkup(d)) == d
// for any description whose blocks are single-line and non-empty.
QString descriptionToMarkup(const Description &description);
Description descriptionFromMarkup(const QString &markup);

// All the words, for search and plain-text output.
QString descriptionToPlainText(const Description &description);

} // namespace temaplan
