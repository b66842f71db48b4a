#include <catch2/catch.hpp>

#include "core/searchfolding.h"
#include "core/searchhighlight.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

using namespace temaplan;
using namespace Qt::Literals::StringLiterals;

namespace {

QStringList marked(const QString &text, const QString &typed)
{
    QStringList parts;
    for (const TextRange &r : searchHighlights(text, typed))
        parts.append(text.mid(r.start, r.length));
    return parts;
}

} // namespace

TEST_CASE("highlights follow the folding of the search", "[core][search]")
{
    CHECK(marked(u"Sundhedshus i Århus"_s, u"aarhus"_s) == QStringList{u"Århus"_s});
    CHECK(marked(u"Sundhedshus i Aarhus"_s, u"Århus"_s) == QStringList{u"Aarhus"_s});
    // The last word is a prefix, as in the search: "aar" is "År" of "Århus".
    CHECK(marked(u"Århus"_s, u"aar"_s) == QStringList{u"År"_s});
    CHECK(marked(u"Bæredygtig drift på Ærø"_s, u"baeredygtig aeroe"_s)
          == QStringList{u"Bæredygtig"_s, u"Ærø"_s});
    CHECK(marked(u"Café Noël"_s, u"noel"_s) == QStringList{u"Noël"_s});
}

TEST_CASE("highlights mark word beginnings only, merged and in order", "[core][search]")
{
    // "bo" inside "Robot" is not where a word begins; the index would not match it there.
    CHECK(marked(u"Robot i boligen"_s, u"bo"_s) == QStringList{u"bo"_s});
    CHECK(searchHighlights(u"Social balance"_s, u"balance social"_s)
          == QList<TextRange>{{0, 6}, {7, 7}});
    // Two words over the same letters give one range.
    CHECK(searchHighlights(u"Sundhedshuse"_s, u"sund sundheds"_s) == QList<TextRange>{{0, 8}});
    CHECK(searchHighlights(u"Sundhedshuse"_s, u"  "_s).isEmpty());
    CHECK(searchHighlights(u""_s, u"x"_s).isEmpty());
    CHECK(searchHighlights(u"Sundhedshuse"_s, u"xylofon"_s).isEmpty());
}

TEST_CASE("the Danish sort key orders as the Danish collation does", "[core][search]")
{
    QStringList names{u"Århus Kommune"_s, u"Ærø Kommune"_s, u"Zealand"_s, u"Østerbro"_s, u"bornholm"_s,
                      u"Aarhus"_s, u"Uge 10"_s, u"Uge 9"_s, u"Égebjerg"_s, u"Abildgaard"_s};
    QStringList byKey = names;
    std::stable_sort(byKey.begin(), byKey.end(),
                     [](const QString &a, const QString &b) { return danishSortKey(a) < danishSortKey(b); });
    QCollator collator(QLocale(QLocale::Danish, QLocale::Denmark));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    QStringList byCollator = names;
    std::stable_sort(byCollator.begin(), byCollator.end(),
                     [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    CHECK(byKey == byCollator);
}
