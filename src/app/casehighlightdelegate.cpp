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

    // Elided at the end, as the style would: the marks before the cut keep their places.
    const QString shown = opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width());
    const qsizetype kept = shown == text ? text.size() : shown.size() - 1;

    const bool selected = opt.state & QStyle::State_Selected;
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

    QTextLayout layout(shown, opt.font);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(textRect.width());
    layout.endLayout();

    painter->save();
    painter->setClipRect(textRect);
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const qreal y = textRect.top() + (textRect.height() - line.height()) / 2.0;
    layout.draw(painter, QPointF(textRect.left(), y));
    painter->restore();
}

} // namespace temaplan::app
