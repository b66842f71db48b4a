#include <catch2/catch.hpp>

#include "core/searchfolding.h"

using namespace temaplan;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("folding makes Danish spellings meet", "[core][search]")
{
    CHECK(foldForSearch(u"Århus"_s) == foldForSearch(u"Aarhus"_s));
    CHECK(foldForSearch(u"bæredygtig"_s) == foldForSearch(u"baeredygtig"_s));
    CHECK(foldForSearch(u"Skøtt"_s) == foldForSearch(u"skoett"_s));
    CHECK(foldForSearch(u"Middelfart"_s) == foldForSearch(u"middelfart"_s));
    CHECK(foldForSearch(u"ÆØÅ"_s) == u"aeoeaa"_s);
    CHECK(foldForSearch(u"Café Noël"_s) == u"cafe noel"_s);
}

TEST_CASE("folding keeps what is not a letter variant", "[core][search]")
{
    CHECK(foldForSearch(u"LUP'er 2025-2028"_s) == u"lup'er 2025-2028"_s);
    CHECK(foldForSearch(QString()).isEmpty());
}
