#include "pagemap.h"

#include <functional>

namespace temaplan::render {

namespace {

// A row that must be cut anyway starts on the current page if this much of it is free.
constexpr qreal minimumStartShare = 0.2;

} // namespace

QList<int> PageMap::pagesOfRow(int row) const
{
    QList<int> result;
    for (int p = 0; p < pages.size(); ++p) {
        for (const RowPiece &piece : pages[p].pieces) {
            if (piece.row == row) {
                result << p;
                break;
            }
        }
    }
    return result;
}

PageMap paginate(const PaginationInput &input)
{
    PageMap map;
    map.pages.append(PagePlan{true, {}});
    qreal y = 0;
    // A body of zero height (absurd margins) must still end: treat it as one unit tall.
    const qreal body = input.bodyHeight > 0 ? input.bodyHeight : 1;

    auto newPage = [&] {
        map.pages.append(PagePlan{});
        y = 0;
    };

    // Cuts something taller than what is left of the page into pieces, one a page,
    // each ending at a line boundary where `lineBefore` knows one.
    auto cutIntoPages = [&](qreal height, const std::function<qreal(qreal, qreal)> &lineBefore,
                            const std::function<void(qreal from, qreal piece)> &place) {
        qreal from = 0;
        while (from < height) {
            const qreal room = body - y;
            qreal cut = from + room;
            if (cut < height && lineBefore) {
                const qreal line = lineBefore(from, room);
                if (line > from)
                    cut = line; // else a single line taller than a page: cut it anyway
            }
            cut = qMin(cut, height);
            place(from, cut - from);
            y += cut - from;
            from = cut;
            if (from < height)
                newPage();
        }
    };

    // The title block: whole on page 1 when it fits, else over as many pages as it takes
    // (a title of a thousand words must not run over the letterhead or off the sheet).
    cutIntoPages(input.titleHeight, input.cutTitleBefore, [&](qreal from, qreal piece) {
        PagePlan &page = map.pages.last();
        page.titleBlock = true;
        page.titleFrom = from;
        page.titleHeight = piece;
    });

    for (int row = 0; row < input.rowHeights.size(); ++row) {
        const qreal height = input.rowHeights[row];
        if (y + height <= body) {
            map.pages.last().pieces.append({row, y, 0, height});
            y += height;
            continue;
        }
        if (height <= body) {
            newPage();
            map.pages.last().pieces.append({row, 0, 0, height});
            y = height;
            continue;
        }
        // Taller than a page: it will be cut anyway, so it starts where it is unless
        // only a sliver of the page is left; the cuts fall between lines.
        if (y > 0 && body - y < body * minimumStartShare)
            newPage();
        std::function<qreal(qreal, qreal)> rowLine;
        if (input.cutBefore)
            rowLine = [&](qreal from, qreal room) {
                return input.cutBefore(row, from, room);
            };
        cutIntoPages(height, rowLine, [&](qreal from, qreal piece) {
            map.pages.last().pieces.append({row, y, from, piece});
        });
    }
    return map;
}

} // namespace temaplan::render
