#pragma once

#include "core/ids.h"
#include "core/references.h"
#include "core/result.h"

#include <QMainWindow>

#include <array>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QListWidget;
class QStackedWidget;
class QUndoView;

namespace temaplan::app {

class CaseSavedSearches;
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
    // The case room is built when first shown or asked for, as the record rooms are.
    CasesView *casesView();
    // The case room, if it has been built: for tests of what is built when.
    CasesView *builtCasesView() const { return m_cases; }
    // The record rooms are built when first shown or asked for (see recordRoom).
    PeopleView *peopleView();
    OrganisationsView *organisationsView();
    ThemeGroupsView *themeGroupsView();
    SeriesView *seriesView();
    // A record room, if it has been built: for tests of what is built when.
    RecordRoom *builtRecordRoom(Room room) const;
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
    RecordRoom *recordRoom(Room room);
    // The room's widgets, built on first need; the events room is always built.
    void buildRoom(Room room);
    static std::optional<Room> roomOf(RecordKind kind);
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
    // The case room is built inside its place when first needed. Its saved searches are
    // made at once: the navigation lists them under "Cases" from the start.
    QWidget *m_casesPlace;
    CaseSavedSearches *m_savedSearchList;
    CasesView *m_cases = nullptr;
    // People, organisations, theme groups, series: a room is built inside its place in
    // the stack when first needed, so the window's first picture waits for none of them.
    static constexpr int recordRoomCount = SeriesRoom - PeopleRoom + 1;
    std::array<QWidget *, recordRoomCount> m_recordPlaces{};
    std::array<RecordRoom *, recordRoomCount> m_recordRooms{};
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
