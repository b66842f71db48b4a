#pragma once

#include <QStyledItemDelegate>

namespace temaplan::app {

// Paints a case title with the words of the search marked (bold on a soft yellow),
// where searchHighlights finds them: folded as the search is, so "aarhus" marks "Århus".
class CaseHighlightDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace temaplan::app
