#pragma once

#include <QList>
#include <QtGlobal>

#include <functional>

namespace temaplan::render {

// Which part of which agenda row goes where on a page. Units are those of the
// device being laid out; `top` is measured from the top of the page's body area.
struct RowPiece
{
    int row = 0;
    qreal top = 0;
    qreal from = 0; // 0 unless the row is taller than a page and continues here
    qreal height = 0;

    friend bool operator==(const RowPiece &, const RowPiece &) = default;
};

struct PagePlan
{
    bool titleBlock = false; // the title, note and date line open the first page
    QList<RowPiece> pieces;
    // The part of the title block on this page, from the top of the body: all of it,
    // unless the title block is taller than a page and continues over several.
    qreal titleFrom = 0;
    qreal titleHeight = 0;

    friend bool operator==(const PagePlan &, const PagePlan &) = default;
};

struct PageMap
{
    QList<PagePlan> pages;

    int pageCount() const { return int(pages.size()); }
    // The pages (0-based) a row is printed on: one, unless the row is taller than a page.
    QList<int> pagesOfRow(int row) const;
};

struct PaginationInput
{
    qreal bodyHeight = 0;    // room between header band and footer on every page
    qreal titleHeight = 0;   // the title block on page 1, spacing included
    QList<qreal> rowHeights; // each agenda row, padding included
    // Where a row taller than a page may be cut: the largest line boundary in
    // (from, from + room]. Without it such a row is cut at exactly `room`.
    std::function<qreal(int row, qreal from, qreal room)> cutBefore;
    // The same for the title block, for a title taller than a page.
    std::function<qreal(qreal from, qreal room)> cutTitleBefore;
};

// Rows are never split unless taller than a whole body: a row that does not fit in
// what is left of a page starts the next page. A taller row starts on the current
// page unless less than a fifth of it is left, and is cut at line boundaries. A title
// block taller than a page is cut the same way and the rows follow where it ends.
PageMap paginate(const PaginationInput &input);

} // namespace temaplan::render
