#pragma once

#include "core/ids.h"
#include "core/references.h"
#include "core/result.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QListWidget;
class QStackedWidget;
class QUndoView;

namespace temaplan::app {

class CasesView;
class EmptyRoom;
class EventActions;
class EventsView;
class HelpActions;
class LibraryFileActions;
class LibrarySession;
class OrganisationsView;
class PeopleView;
class RecordRoom;
class SeriesView;
class ThemeGroupsView;
struct LinkTarget;
class SavedSearchNavigation;
class WelcomePanel;

// The window: navigation on the left (Arrangementer, Cases, Personer, Organisationer,
// Temagrupper, Serier), the chosen room beside it. It wires rooms, menus and the session together; the work is done in the rooms
// and the action classes.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Room
    {
        EventsRoom,
        CasesRoom,
        PeopleRoom,
        OrganisationsRoom,
        ThemeGroupsRoom,
        SeriesRoom
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    LibrarySession *session() const { return m_session; }
    LibraryFileActions *fileActions() const { return m_fileActions; }
    EventsView *eventsView() const { return m_events; }
    CasesView *casesView() const { return m_cases; }
    PeopleView *peopleView() const { return m_people; }
    OrganisationsView *organisationsView() const { return m_organisations; }
    ThemeGroupsView *themeGroupsView() const { return m_themeGroups; }
    SeriesView *seriesView() const { return m_series; }
    QLabel *readOnlyBanner() const { return m_banner; }
    EventActions *eventActions() const { return m_eventActions; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QDockWidget *historyDock() const { return m_historyDock; }
    QListWidget *navigation() const { return m_navigation; }
    SavedSearchNavigation *savedSearchNavigation() const { return m_savedSearches; }
    WelcomePanel *welcomePanel() const { return m_welcome; }
    EmptyRoom *emptyEventsRoom() const { return m_emptyEvents; }
    EmptyRoom *emptyCasesRoom() const { return m_emptyCases; }
    HelpActions *helpActions() const { return m_help; }

    void showRoom(Room room);
    Room currentRoom() const;
    void openEvent(const Id &eventId, const Id &occurrenceId = {});
    void openCase(const Id &caseId);
    // A person, organisation, theme group or series in its room; an event or a case.
    void openRecord(const LinkTarget &target);

private:
    void buildMenus();
    void buildEditMenu();
    void buildRecordRooms();
    RecordRoom *recordRoom(RecordKind kind) const;
    void libraryChanged();
    void showFailure(const Error &error);
    QString countText() const;
    void buildFirstSteps();
    void updateFirstSteps();

    LibrarySession *m_session;
    LibraryFileActions *m_fileActions;
    QLabel *m_banner;
    QListWidget *m_navigation;
    QStackedWidget *m_rooms;
    EventsView *m_events;
    CasesView *m_cases;
    PeopleView *m_people;
    OrganisationsView *m_organisations;
    ThemeGroupsView *m_themeGroups;
    SeriesView *m_series;
    // Rooms that show names written in the record rooms since they were last read.
    bool m_eventsStale = false;
    bool m_casesStale = false;
    QLabel *m_counts;
    EventActions *m_eventActions;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QDockWidget *m_historyDock = nullptr;
    SavedSearchNavigation *m_savedSearches = nullptr;
    HelpActions *m_help;
    WelcomePanel *m_welcome = nullptr;
    EmptyRoom *m_emptyEvents = nullptr;
    EmptyRoom *m_emptyCases = nullptr;
};

} // namespace temaplan::app
