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

} // namespace temaplan
