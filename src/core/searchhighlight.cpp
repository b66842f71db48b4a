#include "searchhighlight.h"

#include "searchfolding.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace temaplan {

QList<TextRange> searchHighlights(const QString &text, const QString &typed)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    const QStringList words = foldForSearch(typed).split(separators, Qt::SkipEmptyParts);
    if (words.isEmpty() || text.isEmpty())
        return {};

    // Folding changes lengths (å → aa), so each folded character remembers the
    // character of `text` it came from.
    QString folded;
    QList<qsizetype> origin;
    folded.reserve(text.size() + 8);
    origin.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QString part = foldForSearch(QString(text.at(i)));
        folded += part;
        for (qsizetype k = 0; k < part.size(); ++k)
            origin.append(i);
    }
    auto isWordChar = [](QChar c) { return c.isLetterOrNumber(); };

    QList<TextRange> found;
    for (const QString &word : words) {
        qsizetype from = 0;
        while ((from = folded.indexOf(word, from)) >= 0) {
            if (from == 0 || !isWordChar(folded.at(from - 1))) {
                const qsizetype first = origin.at(from);
                const qsizetype last = origin.at(from + word.size() - 1);
                found.append({first, last - first + 1});
            }
            from += 1;
        }
    }
    std::sort(found.begin(), found.end(), [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
    QList<TextRange> merged;
    for (const TextRange &r : found) {
        if (!merged.isEmpty() && r.start <= merged.last().start + merged.last().length) {
            TextRange &m = merged.last();
            m.length = std::max(m.start + m.length, r.start + r.length) - m.start;
        } else {
            merged.append(r);
        }
    }
    return merged;
}

} // namespace temaplan
