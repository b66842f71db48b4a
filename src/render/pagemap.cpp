#include "pagemap.h"

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
    qreal y = input.titleHeight;
    // A body of zero height (absurd margins) must still end: treat it as one unit tall.
    const qreal body = input.bodyHeight > 0 ? input.bodyHeight : 1;

    auto newPage = [&] {
        map.pages.append(PagePlan{});
        y = 0;
    };

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
        qreal from = 0;
        while (from < height) {
            const qreal room = body - y;
            qreal cut = from + room;
            if (cut < height && input.cutBefore) {
                const qreal line = input.cutBefore(row, from, room);
                if (line > from)
                    cut = line; // else a single line taller than a page: cut it anyway
            }
            cut = qMin(cut, height);
            map.pages.last().pieces.append({row, y, from, cut - from});
            y += cut - from;
            from = cut;
            if (from < height)
                newPage();
        }
    }
    return map;
}

} // namespace temaplan::render
