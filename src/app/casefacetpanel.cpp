#include "casefacetpanel.h"

#include "quiettext.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

namespace {

constexpr int KeyRole = Qt::UserRole;
constexpr int FacetRole = Qt::UserRole + 1;
constexpr int MoreRole = Qt::UserRole + 2; // the "Vis alle" item of a facet

QStringList &chosenOf(CaseFilter &f, int facet, QStringList &years)
{
    switch (facet) {
    case CaseFacetPanel::OwnerFacet:
        return f.ownerIds;
    case CaseFacetPanel::ThemeFacet:
        return f.themes;
    case CaseFacetPanel::ThemeGroupFacet:
        return f.themeGroupIds;
    default:
        return years;
    }
}

QStringList chosenKeys(const CaseFilter &f, int facet)
{
    if (facet == CaseFacetPanel::YearFacet) {
        QStringList keys;
        for (int year : f.startYears)
            keys.append(QString::number(year));
        return keys;
    }
    CaseFilter copy = f;
    QStringList unused;
    return chosenOf(copy, facet, unused);
}

} // namespace

CaseFacetPanel::CaseFacetPanel(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_clear(new QPushButton(tr("Nulstil filtre"), this))
    , m_counting(new QLabel(tr("tæller …"), this))
    , m_countingDelay(new QTimer(this))
{
    m_tree->setObjectName(u"caseFacets"_s);
    m_tree->setColumnCount(2);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("Filtre"));
    m_clear->setObjectName(u"clearFacets"_s);
    m_clear->setEnabled(false);

    m_counting->setObjectName(u"facetsCounting"_s);
    makeQuiet(m_counting);
    // Kept in its place while hidden: the button beside it does not move.
    QSizePolicy keep = m_counting->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_counting->setSizePolicy(keep);
    m_counting->hide();
    m_countingDelay->setSingleShot(true);
    m_countingDelay->setInterval(countingDelayMs);
    connect(m_countingDelay, &QTimer::timeout, this, [this] {
        m_counting->show();
        const QColor quiet = palette().color(QPalette::PlaceholderText);
        for (int facet = m_fresh; facet < m_tree->topLevelItemCount(); ++facet) {
            QTreeWidgetItem *top = m_tree->topLevelItem(facet);
            for (int i = 0; i < top->childCount(); ++i)
                top->child(i)->setForeground(CountColumn, quiet);
        }
    });

    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    bottom->addWidget(m_clear);
    bottom->addStretch(1);
    bottom->addWidget(m_counting);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    layout->addLayout(bottom);

    connect(m_tree, &QTreeWidget::itemClicked, this, &CaseFacetPanel::itemActivated);
    m_tree->installEventFilter(this);
    connect(m_tree, &QTreeWidget::itemCollapsed, this,
            [this](QTreeWidgetItem *item) { if (!m_building) m_collapsed.insert(item->data(0, FacetRole).toInt()); });
    connect(m_tree, &QTreeWidget::itemExpanded, this,
            [this](QTreeWidgetItem *item) { if (!m_building) m_collapsed.remove(item->data(0, FacetRole).toInt()); });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        setChosen({});
        Q_EMIT chosenChanged(m_chosen);
    });
    rebuild();
}

void CaseFacetPanel::setFacets(const CaseFacets &facets, const CaseFilter &chosen, int counted)
{
    m_fresh = std::clamp(counted, 0, int(FacetCount));
    QList<FacetValue> CaseFacets::*const members[FacetCount] = {&CaseFacets::owners, &CaseFacets::themes,
                                                                &CaseFacets::startYears, &CaseFacets::themeGroups};
    for (int facet = 0; facet < m_fresh; ++facet)
        m_facets.*members[facet] = facets.*members[facet];
    m_facets.total = facets.total;
    // `chosen` may be m_chosen itself (one who heard chosenChanged passing it back).
    CaseFilter kept;
    kept.ownerIds = chosen.ownerIds;
    kept.themes = chosen.themes;
    kept.startYears = chosen.startYears;
    kept.themeGroupIds = chosen.themeGroupIds;
    m_chosen = std::move(kept);
    rebuild();
}

void CaseFacetPanel::setChosen(const CaseFilter &chosen)
{
    setFacets(m_facets, chosen, m_fresh);
}

void CaseFacetPanel::setCounting(bool counting)
{
    if (counting) {
        // Every count shown is of the list before until the first new one comes.
        m_fresh = 0;
        if (!m_countingDelay->isActive() && m_counting->isHidden())
            m_countingDelay->start();
        return;
    }
    m_countingDelay->stop();
    if (!m_counting->isHidden()) {
        m_counting->hide();
        rebuild(); // the counts in their own colours again
    }
}

bool CaseFacetPanel::showsCounting() const
{
    return !m_counting->isHidden();
}

QTreeWidgetItem *CaseFacetPanel::item(Facet facet, const QString &key) const
{
    QTreeWidgetItem *top = m_tree->topLevelItem(facet);
    for (int i = 0; top && i < top->childCount(); ++i)
        if (!top->child(i)->data(0, MoreRole).toBool() && top->child(i)->data(0, KeyRole).toString() == key)
            return top->child(i);
    return nullptr;
}

void CaseFacetPanel::rebuild()
{
    ++m_rebuilt;
    m_building = true;
    // The current item is found again by what it stands for, not by its place.
    QString currentKey;
    int currentFacet = -1;
    if (QTreeWidgetItem *current = m_tree->currentItem()) {
        currentFacet = current->data(0, FacetRole).toInt();
        currentKey = current->parent() ? current->data(0, KeyRole).toString() : QString();
    }
    m_tree->clear();

    const QString names[FacetCount] = {tr("Ejer"), tr("Tema"), tr("Startår"), tr("Temagruppe")};
    const QList<FacetValue> *values[FacetCount] = {&m_facets.owners, &m_facets.themes, &m_facets.startYears,
                                                   &m_facets.themeGroups};
    QTreeWidgetItem *restore = nullptr;
    for (int facet = 0; facet < FacetCount; ++facet) {
        auto *top = new QTreeWidgetItem(m_tree, {names[facet]});
        top->setData(0, FacetRole, facet);
        top->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        if (facet == currentFacet && currentKey.isEmpty())
            restore = top;

        const QStringList chosen = chosenKeys(m_chosen, facet);
        QList<FacetValue> shown = *values[facet];
        // A chosen value no case has any more still shows, so it can be unticked.
        for (const QString &key : chosen) {
            if (std::none_of(shown.cbegin(), shown.cend(), [&](const FacetValue &v) { return v.key == key; }))
                shown.append({key, key, 0});
        }
        const bool all = m_showAll.contains(facet) || shown.size() <= shortList + 1;
        int added = 0;
        for (const FacetValue &v : shown) {
            const bool isChosen = chosen.contains(v.key);
            if (!all && added >= shortList && !isChosen)
                continue;
            auto *child = new QTreeWidgetItem(top, {v.label, QString::number(v.count)});
            child->setData(0, KeyRole, v.key);
            child->setData(0, FacetRole, facet);
            // Not ItemIsUserCheckable: the whole line ticks (a click anywhere on it, Space,
            // Enter), not just the small box.
            child->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            child->setCheckState(0, isChosen ? Qt::Checked : Qt::Unchecked);
            child->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
            child->setToolTip(0, v.label);
            // A count of the search before, still being counted for this one: greyed.
            if (v.count == 0 || facet >= m_fresh) {
                const QColor quiet = palette().color(QPalette::PlaceholderText);
                child->setForeground(ValueColumn, quiet);
                child->setForeground(CountColumn, quiet);
            }
            if (facet == currentFacet && v.key == currentKey)
                restore = child;
            ++added;
        }
        if (shown.isEmpty()) {
            auto *none = new QTreeWidgetItem(top, {tr("ingen")});
            none->setFlags(Qt::ItemIsEnabled);
            none->setData(0, FacetRole, facet);
            none->setData(0, MoreRole, false);
            none->setForeground(ValueColumn, palette().color(QPalette::PlaceholderText));
        }
        if (!all) {
            auto *more = new QTreeWidgetItem(top, {tr("Vis alle %1 …").arg(shown.size())});
            more->setData(0, MoreRole, true);
            more->setData(0, FacetRole, facet);
            more->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            QFont italic = more->font(0);
            italic.setItalic(true);
            more->setFont(0, italic);
        }
        top->setExpanded(!m_collapsed.contains(facet));
    }
    if (restore)
        m_tree->setCurrentItem(restore);
    m_clear->setEnabled(m_chosen.hasFacets());
    m_building = false;
}

void CaseFacetPanel::toggle(int facet, const QString &key, bool on)
{
    if (facet == YearFacet) {
        const int year = key.toInt();
        m_chosen.startYears.removeAll(year);
        if (on)
            m_chosen.startYears.append(year);
    } else {
        QStringList unused;
        QStringList &list = chosenOf(m_chosen, facet, unused);
        list.removeAll(key);
        if (on)
            list.append(key);
    }
    const int rebuiltBefore = m_rebuilt;
    Q_EMIT chosenChanged(m_chosen);
    // The room usually shows the new choice at once (a count it remembers); if not, the
    // tick is shown here.
    if (m_rebuilt == rebuiltBefore)
        rebuild();
}

bool CaseFacetPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter) && m_tree->currentItem()
            && m_tree->currentItem()->parent()) {
            itemActivated(m_tree->currentItem());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CaseFacetPanel::itemActivated(QTreeWidgetItem *item)
{
    if (item->data(0, MoreRole).toBool()) {
        m_showAll.insert(item->data(0, FacetRole).toInt());
        rebuild();
        return;
    }
    // Only values carry a key ("ingen" under an empty facet does not). The item is read
    // before the choice is told: the room may rebuild the tree, and the item with it,
    // while it hears of it.
    if (item->parent() && item->data(0, KeyRole).isValid())
        toggle(item->data(0, FacetRole).toInt(), item->data(0, KeyRole).toString(),
               item->checkState(0) != Qt::Checked);
}

} // namespace temaplan::app
