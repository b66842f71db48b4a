#include "render/pagemap.h"

#include <catch2/catch.hpp>

using namespace temaplan::render;

TEST_CASE("rows that fit stay on the first page under the title", "[pagemap]")
{
    const PageMap map = paginate({100, 20, {30, 30, 20}, {}});
    REQUIRE(map.pageCount() == 1);
    CHECK(map.pages[0].titleBlock);
    CHECK(map.pages[0].pieces == QList<RowPiece>{{0, 20, 0, 30}, {1, 50, 0, 30}, {2, 80, 0, 20}});
}
