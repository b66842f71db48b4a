#pragma once

#include "store/summaries.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;
class QPushButton;
class QTimer;

namespace temaplan::app {

// The facets beside the case list: owner, theme, start year and theme group, each
// value with the number of cases it holds. Ticking a value narrows the list (values of
// one facet are alternatives); the counts follow the list. Space ticks the current
// value, so the panel works from the keyboard as with the mouse.
class CaseFacetPanel final : public QWidget
{
    Q_OBJECT

public:
    enum Facet
    {
        OwnerFacet,
        ThemeFacet,
        YearFacet,
        ThemeGroupFacet,
        FacetCount
    };
    enum Column
    {
        ValueColumn,
        CountColumn
    };
    static constexpr int shortList = 8; // values shown before "Vis alle"
    static constexpr int countingDelayMs = 120;

    explicit CaseFacetPanel(QWidget *parent = nullptr);

    // Shows the counts; the chosen values stay ticked (with 0 if no case has them now).
    // Only the first `counted` facets are new (the others are still being counted):
    // those keep the values shown before, greyed, until their counts come.
    void setFacets(const CaseFacets &facets, const CaseFilter &chosen, int counted = FacetCount);
    CaseFilter chosen() const { return m_chosen; }
    void setChosen(const CaseFilter &chosen);
    // The counts shown are of the search before, new ones are on their way: after a
    // moment (a quick count shows nothing) they are greyed and "tæller …" is shown.
    void setCounting(bool counting);
    bool showsCounting() const;

    QTreeWidget *tree() const { return m_tree; }
    // The item of a value, or null.
    QTreeWidgetItem *item(Facet facet, const QString &key) const;

Q_SIGNALS:
    void chosenChanged(const temaplan::CaseFilter &chosen);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void toggle(int facet, const QString &key, bool on);
    void itemActivated(QTreeWidgetItem *item);

    QTreeWidget *m_tree;
    QPushButton *m_clear;
    QLabel *m_counting;
    QTimer *m_countingDelay;
    CaseFacets m_facets;
    int m_fresh = FacetCount; // facets whose counts are of the list shown
    CaseFilter m_chosen;
    QSet<int> m_collapsed;
    QSet<int> m_showAll;
    bool m_building = false;
    int m_rebuilt = 0; // rebuilds so far: whether telling a choice rebuilt the tree
};

} // namespace temaplan::app
