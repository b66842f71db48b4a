#include "searchfolding.h"

namespace temaplan {

QString foldForSearch(const QString &text)
{
    // Decompose first so that accents become separate marks we can drop; Danish
    // letters are handled before, because NFD would turn å into a + ring and lose
    // the "aa" spelling, and æ/ø do not decompose at all.
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'æ': case u'Æ': out += QLatin1String("ae"); break;
        case u'ø': case u'Ø': out += QLatin1String("oe"); break;
        case u'å': case u'Å': out += QLatin1String("aa"); break;
        case u'ä': case u'Ä': out += QLatin1String("ae"); break;
        case u'ö': case u'Ö': out += QLatin1String("oe"); break;
        default: out += c;
        }
    }
    const QString decomposed = out.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_Enclosing
            || c.category() == QChar::Mark_SpacingCombining)
            continue;
        folded += c;
    }
    return folded.toCaseFolded();
}

QString danishSortKey(const QString &text)
{
    // Æ, Ø and Å follow z: the three code points after 'z' keep that order in UTF-8.
    const QString lower = text.toLower();
    QString out;
    out.reserve(lower.size() + 8);
    for (qsizetype i = 0; i < lower.size(); ++i) {
        const QChar c = lower.at(i);
        switch (c.unicode()) {
        case u'æ': case u'ä': out += u'{'; continue;
        case u'ø': case u'ö': out += u'|'; continue;
        case u'å': out += u'}'; continue;
        case u'ü': out += u'y'; continue;
        case u'a':
            if (i + 1 < lower.size() && lower.at(i + 1) == u'a') {
                out += u'}';
                ++i;
                continue;
            }
            break;
        default:
            break;
        }
        if (c.isDigit()) {
            // A run of digits padded to one width sorts by value: "Uge 9" before "Uge 10".
            qsizetype end = i;
            while (end < lower.size() && lower.at(end).isDigit())
                ++end;
            const QString digits = lower.mid(i, end - i);
            out += QString(qMax<qsizetype>(0, 12 - digits.size()), u'0') + digits;
            i = end - 1;
            continue;
        }
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_KD);
        for (const QChar d : decomposed) {
            if (d.category() != QChar::Mark_NonSpacing && d.category() != QChar::Mark_Enclosing
                && d.category() != QChar::Mark_SpacingCombining)
                out += d;
        }
    }
    return out;
}

} // namespace temaplan
