#include "linklist.h"

#include <QHeaderView>

#include <algorithm>

namespace temaplan::app {

namespace {

constexpr int kindRole = Qt::UserRole + 1;
constexpr int idRole = Qt::UserRole + 2;
constexpr int occurrenceRole = Qt::UserRole + 3;

} // namespace

LinkList::LinkList(const QString &objectName, const QStringList &headers, QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(objectName);
    setColumnCount(int(headers.size()));
    setHeaderLabels(headers);
    setHeaderHidden(headers.size() < 2);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
    // The first column (a date, a name) whole; the others share what is left.
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(QHeaderView::Stretch);
    if (headers.size() > 1)
        header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int row = indexOfTopLevelItem(item);
        if (row >= 0 && row < m_count)
            Q_EMIT linkActivated(target(row));
    });
}

void LinkList::clearLinks()
{
    clear();
    m_count = 0;
}

void LinkList::addLink(const QStringList &columns, const LinkTarget &target)
{
    auto *item = new QTreeWidgetItem(columns);
    for (int column = 0; column < columns.size(); ++column)
        item->setToolTip(column, columns.at(column));
    item->setData(0, kindRole, int(target.kind));
    item->setData(0, idRole, QVariant::fromValue(target.id));
    item->setData(0, occurrenceRole, QVariant::fromValue(target.occurrenceId));
    insertTopLevelItem(m_count++, item);
}

void LinkList::setEmptyText(const QString &text)
{
    m_emptyText = text;
}

void LinkList::finish()
{
    if (m_count == 0) {
        auto *item = new QTreeWidgetItem(QStringList{m_emptyText});
        item->setFlags(Qt::NoItemFlags);
        addTopLevelItem(item);
    }
    // Up to eight lines without a scroll bar; more scroll.
    const int lines = std::clamp(topLevelItemCount(), 1, 8);
    const int row = std::max(sizeHintForRow(0), fontMetrics().height() + 4);
    setFixedHeight(lines * row + (isHeaderHidden() ? 0 : header()->sizeHint().height()) +
                   2 * frameWidth() + 2);
}

LinkTarget LinkList::target(int row) const
{
    const QTreeWidgetItem *it = topLevelItem(row);
    if (!it || row >= m_count)
        return {};
    return {RecordKind(it->data(0, kindRole).toInt()), it->data(0, idRole).value<Id>(),
            it->data(0, occurrenceRole).value<Id>()};
}

QString LinkList::text(int row, int column) const
{
    const QTreeWidgetItem *it = topLevelItem(row);
    return it ? it->text(column) : QString();
}

} // namespace temaplan::app
