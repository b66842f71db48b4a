#pragma once

#include "store/summaries.h"

#include <QObject>

class QListWidget;
class QListWidgetItem;

namespace temaplan::app {

class CaseSavedSearches;

// The saved searches in the window's navigation, under "Cases": a heading, "Gemte
// søgninger", and a line per search, kept in step with the cases room's list (saved,
// renamed, removed, another library's). Choosing a search — a click, the arrow keys,
// Enter — asks for the cases room with it. The navigation's other lines are rooms in
// order: a room's row is found by counting the lines that are rooms, so rooms keep
// their numbers however many searches stand between them.
class SavedSearchNavigation final : public QObject
{
    Q_OBJECT

public:
    SavedSearchNavigation(QListWidget *navigation, QListWidgetItem *casesItem,
                          CaseSavedSearches *saved, QObject *parent = nullptr);

    // The room a row of the navigation stands for; -1 for the heading or a search.
    int roomAt(int row) const;
    // The row of a room.
    int rowOfRoom(int room) const;
    // The row of the saved search at `index`; -1 if there is none.
    int rowOfSearch(int index) const;
    int searchCount() const;

Q_SIGNALS:
    void roomChosen(int room);
    // `opened`: chosen with Enter or a double-click, so the list of cases takes the keys.
    void searchChosen(const temaplan::CaseFilter &filter, bool opened);

private:
    void rebuild();
    void currentRowChanged(int row);
    void choose(QListWidgetItem *item, bool opened);

    QListWidget *m_navigation;
    QListWidgetItem *m_cases;
    CaseSavedSearches *m_saved;
    bool m_rebuilding = false;
};

} // namespace temaplan::app
