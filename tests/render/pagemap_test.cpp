#include "render/pagemap.h"

#include <catch2/catch.hpp>

using namespace temaplan::render;

TEST_CASE("rows that fit stay on the first page under the title", "[pagemap]")
{
    const PageMap map = paginate({100, 20, {30, 30, 20}, {}, {}});
    REQUIRE(map.pageCount() == 1);
    CHECK(map.pages[0].titleBlock);
    CHECK(map.pages[0].pieces == QList<RowPiece>{{0, 20, 0, 30}, {1, 50, 0, 30}, {2, 80, 0, 20}});
}

TEST_CASE("a row that does not fit what is left of a page starts the next page whole", "[pagemap]")
{
    const PageMap map = paginate({100, 20, {50, 40, 60, 10}, {}, {}});
    REQUIRE(map.pageCount() == 3);
    CHECK(map.pages[0].pieces == QList<RowPiece>{{0, 20, 0, 50}});
    CHECK(map.pages[1].pieces ==
          QList<RowPiece>{{1, 0, 0, 40}, {2, 40, 0, 60}}); // fills it exactly
    CHECK(map.pages[2].pieces == QList<RowPiece>{{3, 0, 0, 10}});
    CHECK_FALSE(map.pages[1].titleBlock);
    // A page filled to the last unit sends even the smallest row on.
    const PageMap exact = paginate({100, 0, {100, 1}, {}, {}});
    CHECK(exact.pageCount() == 2);
    CHECK(exact.pagesOfRow(1) == QList<int>{1});
}

TEST_CASE("a row taller than a page is cut at line boundaries", "[pagemap]")
{
    // Lines every 15 units: cuts fall on multiples of 15.
    auto lines = [](int, qreal from, qreal room) {
        const qreal limit = from + room;
        qreal best = from;
        for (qreal y = 15; y <= limit; y += 15)
            best = y;
        return best;
    };
    // Half the first page is free: the tall row begins there.
    const PageMap map = paginate({100, 30, {20, 250, 10}, lines, {}});
    REQUIRE(map.pageCount() == 4);
    CHECK(map.pages[0].pieces == QList<RowPiece>{{0, 30, 0, 20}, {1, 50, 0, 45}});
    CHECK(map.pages[1].pieces == QList<RowPiece>{{1, 0, 45, 90}});
    CHECK(map.pages[2].pieces == QList<RowPiece>{{1, 0, 135, 90}});
    CHECK(map.pages[3].pieces == QList<RowPiece>{{1, 0, 225, 25}, {2, 25, 0, 10}});
    CHECK(map.pagesOfRow(1) == QList<int>{0, 1, 2, 3});

    // Only a sliver is free: it begins on the next page.
    const PageMap late = paginate({100, 90, {250}, lines, {}});
    CHECK(late.pages[0].pieces.isEmpty());
    CHECK(late.pages[1].pieces.first() == RowPiece{0, 0, 0, 90});
}

TEST_CASE("pagination ends even with no room at all", "[pagemap]")
{
    const PageMap map = paginate({0, 0, {5, 5}, {}, {}});
    CHECK(map.pageCount() >= 2);
    CHECK(map.pagesOfRow(0).size() >= 1);
}

TEST_CASE("a title block taller than a page is cut at lines and the rows follow it", "[pagemap]")
{
    auto lines = [](qreal from, qreal room) {
        qreal best = from;
        for (qreal y = 15; y <= from + room; y += 15)
            best = y;
        return best;
    };
    PaginationInput input{100, 250, {20, 30}, {}, lines};
    const PageMap map = paginate(input);
    REQUIRE(map.pageCount() == 4);
    CHECK(map.pages[0].titleBlock);
    CHECK(map.pages[0].titleFrom == 0);
    CHECK(map.pages[0].titleHeight == 90);
    CHECK(map.pages[0].pieces.isEmpty());
    CHECK(map.pages[1].titleBlock);
    CHECK(map.pages[1].titleFrom == 90);
    CHECK(map.pages[1].titleHeight == 90);
    CHECK(map.pages[2].titleFrom == 180);
    CHECK(map.pages[2].titleHeight == 70);
    CHECK(map.pages[2].pieces == QList<RowPiece>{{0, 70, 0, 20}});
    CHECK_FALSE(map.pages[3].titleBlock);
    CHECK(map.pages[3].pieces == QList<RowPiece>{{1, 0, 0, 30}});

    // A title that fits is shown whole on the first page.
    const PageMap small = paginate({100, 20, {30}, {}, {}});
    CHECK(small.pages[0].titleFrom == 0);
    CHECK(small.pages[0].titleHeight == 20);
}
