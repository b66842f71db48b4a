#include "savedsearchnavigation.h"

#include "casesavedsearches.h"

#include <QGuiApplication>
#include <QListWidget>
#include <QStyledItemDelegate>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

namespace {

// What a line of the navigation is, when it is not a room.
constexpr int KindRole = Qt::UserRole + 40;
constexpr int IndexRole = Qt::UserRole + 41;
enum Kind
{
    Room = 0,
    Heading = 1,
    Search = 2
};

Kind kindOf(const QListWidgetItem *item)
{
    return item ? Kind(item->data(KindRole).toInt()) : Room;
}

// The searches are drawn indented under "Cases", as its branches.
class IndentDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem indented = option;
        if (index.data(KindRole).toInt() != Room)
            indented.rect.adjust(indent(option), 0, 0, 0);
        QStyledItemDelegate::paint(painter, indented, index);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.data(KindRole).toInt() != Room)
            size.rwidth() += indent(option);
        return size;
    }

private:
    static int indent(const QStyleOptionViewItem &option)
    {
        return option.fontMetrics.height() + 6;
    }
};

QString describe(const CaseFilter &filter)
{
    QString text = filter.text.isEmpty() ? SavedSearchNavigation::tr("Alle cases")
                                         : SavedSearchNavigation::tr("Søger «%1»").arg(filter.text);
    if (filter.hasFacets())
        text = SavedSearchNavigation::tr("%1, med filtre").arg(text);
    return text;
}

} // namespace

SavedSearchNavigation::SavedSearchNavigation(QListWidget *navigation, QListWidgetItem *casesItem,
                                             CaseSavedSearches *saved, QObject *parent)
    : QObject(parent)
    , m_navigation(navigation)
    , m_cases(casesItem)
    , m_saved(saved)
{
    m_navigation->setItemDelegate(new IndentDelegate(m_navigation));
    connect(m_saved, &CaseSavedSearches::searchesChanged, this, &SavedSearchNavigation::rebuild);
    connect(m_navigation, &QListWidget::currentRowChanged, this,
            &SavedSearchNavigation::currentRowChanged);
    // A click on the search already chosen applies it again (the field may have changed since).
    connect(m_navigation, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { choose(item, false); });
    connect(m_navigation, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { choose(item, true); });
    rebuild();
}

int SavedSearchNavigation::roomAt(int row) const
{
    if (row < 0 || row >= m_navigation->count() || kindOf(m_navigation->item(row)) != Room)
        return -1;
    int room = 0;
    for (int r = 0; r < row; ++r)
        room += kindOf(m_navigation->item(r)) == Room ? 1 : 0;
    return room;
}

int SavedSearchNavigation::rowOfRoom(int room) const
{
    for (int r = 0, seen = 0; r < m_navigation->count(); ++r) {
        if (kindOf(m_navigation->item(r)) != Room)
            continue;
        if (seen++ == room)
            return r;
    }
    return -1;
}

int SavedSearchNavigation::rowOfSearch(int index) const
{
    for (int r = 0; r < m_navigation->count(); ++r) {
        const QListWidgetItem *item = m_navigation->item(r);
        if (kindOf(item) == Search && item->data(IndexRole).toInt() == index)
            return r;
    }
    return -1;
}

int SavedSearchNavigation::searchCount() const
{
    int n = 0;
    for (int r = 0; r < m_navigation->count(); ++r)
        n += kindOf(m_navigation->item(r)) == Search ? 1 : 0;
    return n;
}

void SavedSearchNavigation::rebuild()
{
    m_rebuilding = true;
    const int current = m_navigation->currentRow();
    const QListWidgetItem *currentItem = m_navigation->currentItem();
    const bool onSearch = kindOf(currentItem) == Search;
    const int currentSearch = onSearch ? currentItem->data(IndexRole).toInt() : -1;
    for (int r = m_navigation->count() - 1; r >= 0; --r)
        if (kindOf(m_navigation->item(r)) != Room)
            delete m_navigation->takeItem(r);

    const QList<SavedCaseSearch> searches = m_saved->searches();
    int row = m_navigation->row(m_cases) + 1;
    if (!searches.isEmpty()) {
        auto *heading = new QListWidgetItem(tr("Gemte søgninger"));
        heading->setData(KindRole, Heading);
        // Not enabled: the arrow keys pass over it.
        heading->setFlags(Qt::NoItemFlags);
        QFont small = heading->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        heading->setFont(small);
        m_navigation->insertItem(row++, heading);
    }
    for (int i = 0; i < searches.size(); ++i) {
        auto *item = new QListWidgetItem(searches.at(i).name);
        item->setData(KindRole, Search);
        item->setData(IndexRole, i);
        // The line may be cut short in the narrow navigation: the whole name in the tip.
        item->setToolTip(searches.at(i).name + u'\n' + describe(searches.at(i).filter));
        item->setData(Qt::AccessibleTextRole, tr("Gemt søgning: %1").arg(searches.at(i).name));
        m_navigation->insertItem(row++, item);
    }

    // The line that was current stays current; a search that is gone leaves "Cases".
    if (onSearch)
        m_navigation->setCurrentRow(currentSearch < searches.size() ? rowOfSearch(currentSearch)
                                                                    : m_navigation->row(m_cases));
    else if (currentItem)
        m_navigation->setCurrentItem(const_cast<QListWidgetItem *>(currentItem));
    else if (current >= 0)
        m_navigation->setCurrentRow(current);
    m_rebuilding = false;
}

void SavedSearchNavigation::currentRowChanged(int row)
{
    if (m_rebuilding || row < 0)
        return;
    QListWidgetItem *item = m_navigation->item(row);
    if (kindOf(item) == Room)
        Q_EMIT roomChosen(roomAt(row));
    else if (QGuiApplication::mouseButtons() == Qt::NoButton)
        choose(item, false); // by the keys; a click chooses when it is released
}

void SavedSearchNavigation::choose(QListWidgetItem *item, bool opened)
{
    if (m_rebuilding || kindOf(item) != Search)
        return;
    const int index = item->data(IndexRole).toInt();
    const QList<SavedCaseSearch> searches = m_saved->searches();
    if (index >= 0 && index < searches.size())
        Q_EMIT searchChosen(searches.at(index).filter, opened);
}

} // namespace temaplan::app
