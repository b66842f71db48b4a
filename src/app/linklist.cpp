#include "linklist.h"

#include <algorithm>

namespace temaplan::app {

namespace {

constexpr int kindRole = Qt::UserRole + 1;
constexpr int idRole = Qt::UserRole + 2;
constexpr int occurrenceRole = Qt::UserRole + 3;

} // namespace

LinkList::LinkList(const QString &objectName, QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(objectName);
    setUniformItemSizes(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = this->row(item);
        if (row < m_count)
            Q_EMIT linkActivated(target(row));
    });
}

void LinkList::clearLinks()
{
    clear();
    m_count = 0;
}

void LinkList::addLink(const QString &text, const LinkTarget &target)
{
    auto *item = new QListWidgetItem(text);
    item->setToolTip(text);
    item->setData(kindRole, int(target.kind));
    item->setData(idRole, QVariant::fromValue(target.id));
    item->setData(occurrenceRole, QVariant::fromValue(target.occurrenceId));
    insertItem(m_count++, item);
}

void LinkList::setEmptyText(const QString &text)
{
    m_emptyText = text;
}

void LinkList::finish()
{
    if (m_count == 0) {
        auto *item = new QListWidgetItem(m_emptyText);
        item->setFlags(Qt::NoItemFlags);
        addItem(item);
    }
    // Up to eight lines without a scroll bar; more scroll.
    const int lines = std::clamp(count(), 1, 8);
    setFixedHeight(lines * std::max(sizeHintForRow(0), fontMetrics().height() + 4) +
                   2 * frameWidth() + 4);
}

LinkTarget LinkList::target(int row) const
{
    const QListWidgetItem *it = item(row);
    if (!it || row >= m_count)
        return {};
    return {RecordKind(it->data(kindRole).toInt()), it->data(idRole).value<Id>(),
            it->data(occurrenceRole).value<Id>()};
}

} // namespace temaplan::app
