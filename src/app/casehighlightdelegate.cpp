#include "casehighlightdelegate.h"

#include "caselistmodel.h"

#include "core/searchhighlight.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace temaplan::app {

void CaseHighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QList<TextRange> ranges =
        searchHighlights(opt.text, index.data(CaseListModel::HighlightRole).toString());
    if (ranges.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    // The style paints the cell (background, selection, focus) without its text; the
    // text is laid out here with the marks as formats.
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    textRect.adjust(margin, 0, -margin, 0);

    const bool selected = opt.state & QStyle::State_Selected;
    auto formatsUpTo = [&](qsizetype kept) {
        QList<QTextLayout::FormatRange> formats;
        for (const TextRange &r : ranges) {
            if (r.start >= kept)
                break;
            QTextLayout::FormatRange f;
            f.start = int(r.start);
            f.length = int(std::min(r.length, kept - r.start));
            f.format.setFontWeight(QFont::Bold);
            if (!selected)
                f.format.setBackground(QColor(0xff, 0xe8, 0x8c));
            formats.append(f);
        }
        return formats;
    };
    auto layOut = [&](QTextLayout &layout, const QString &shown, qsizetype kept) {
        layout.setText(shown);
        layout.setFont(opt.font);
        layout.setFormats(formatsUpTo(kept));
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(1e6); // one line, never wrapped
        layout.endLayout();
        return line;
    };

    // Elided at the end, as the style would, but measured with the marks (bold is
    // wider): the text is cut where the laid-out line reaches the cell's edge.
    QTextLayout layout;
    QTextLine line = layOut(layout, text, text.size());
    if (line.naturalTextWidth() > textRect.width()) {
        const QString ellipsis(QChar(0x2026));
        const qreal room = textRect.width() - QFontMetricsF(opt.font).horizontalAdvance(ellipsis) - 2;
        qsizetype kept = line.xToCursor(std::max<qreal>(0, room), QTextLine::CursorBetweenCharacters);
        while (kept > 0 && line.cursorToX(int(kept)) > room)
            --kept;
        line = layOut(layout, text.left(kept) + ellipsis, kept);
    }

    painter->save();
    painter->setClipRect(textRect);
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const qreal y = textRect.top() + (textRect.height() - line.height()) / 2.0;
    layout.draw(painter, QPointF(textRect.left(), y));
    painter->restore();
}

} // namespace temaplan::app
