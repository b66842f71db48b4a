#include "searchfolding.h"

#include <QHash>

#include <string>

namespace temaplan {

namespace {

// Decompose first so that accents become separate marks we can drop; Danish letters
// are handled before, because NFD would turn å into a + ring and lose the "aa"
// spelling, and æ/ø do not decompose at all.
QString foldGeneral(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'æ':
        case u'Æ':
            out += QLatin1String("ae");
            break;
        case u'ø':
        case u'Ø':
            out += QLatin1String("oe");
            break;
        case u'å':
        case u'Å':
            out += QLatin1String("aa");
            break;
        case u'ä':
        case u'Ä':
            out += QLatin1String("ae");
            break;
        case u'ö':
        case u'Ö':
            out += QLatin1String("oe");
            break;
        default:
            out += c;
        }
    }
    const QString decomposed = out.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_Enclosing ||
            c.category() == QChar::Mark_SpacingCombining)
            continue;
        folded += c;
    }
    return folded.toCaseFolded();
}

// The same, one character at a time: decomposition, dropping marks and case folding
// each work on one code point (reordering marks does not matter once they are
// dropped). Plain letters are folded here directly; any other character of the basic
// plane is folded the general way once and remembered. False for text holding a
// surrogate pair, which the general way takes whole.
bool foldByCharacter(const QString &text, std::u16string &out)
{
    thread_local QHash<char16_t, QString> folded;
    out.reserve(size_t(text.size()) + 8);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            out.push_back(u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u);
            continue;
        }
        if (c.isSurrogate())
            return false;
        auto it = folded.constFind(u);
        if (it == folded.constEnd())
            it = folded.insert(u, foldGeneral(QString(c)));
        out.append(reinterpret_cast<const char16_t *>(it->constData()), size_t(it->size()));
    }
    return true;
}

} // namespace

QString foldForSearch(const QString &text)
{
    if (std::u16string out; foldByCharacter(text, out))
        return QString::fromUtf16(out.data(), qsizetype(out.size()));
    return foldGeneral(text);
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
        case u'æ':
        case u'ä':
            out += u'{';
            continue;
        case u'ø':
        case u'ö':
            out += u'|';
            continue;
        case u'å':
            out += u'}';
            continue;
        case u'ü':
            out += u'y';
            continue;
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
        if (c.unicode() < 0x80) { // decomposes to itself
            out += c;
            continue;
        }
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_KD);
        for (const QChar d : decomposed) {
            if (d.category() != QChar::Mark_NonSpacing && d.category() != QChar::Mark_Enclosing &&
                d.category() != QChar::Mark_SpacingCombining)
                out += d;
        }
    }
    return out;
}

} // namespace temaplan
