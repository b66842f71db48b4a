#include "mainwindow.h"

#include "casesavedsearches.h"
#include "casesview.h"
#include "emptyroom.h"
#include "errormessage.h"
#include "eventactions.h"
#include "eventdetailview.h"
#include "eventlistmodel.h"
#include "eventsview.h"
#include "fieldundokeys.h"
#include "helpactions.h"
#include "libraryfileactions.h"
#include "librarysession.h"
#include "organisationsview.h"
#include "peopleview.h"
#include "programmeactions.h"
#include "programmeeditor.h"
#include "templateactions.h"
#include "seriesview.h"
#include "themegroupsview.h"
#include "savedsearchnavigation.h"
#include "welcomepanel.h"

#include "app/editor/agendaeditor.h"

#include "render/programmefont.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new LibrarySession(this))
    , m_fileActions(new LibraryFileActions(m_session, this))
    , m_banner(new QLabel(this))
    , m_navigation(new QListWidget(this))
    , m_rooms(new QStackedWidget(this))
    , m_events(new EventsView(m_session, this))
    , m_casesPlace(new QWidget(this))
    , m_savedSearchList(
          new CaseSavedSearches([this] { return m_session->library(); }, m_casesPlace))
    , m_counts(new QLabel(this))
    , m_eventActions(new EventActions(
          m_session,
          [this] {
              return std::pair{m_events->detail()->eventId(),
                               m_events->detail()->occurrenceId()};
          },
          this))
    , m_help(new HelpActions(this))
{
    m_banner->setObjectName(u"readOnlyBanner"_s);
    m_banner->setText(tr("Biblioteket er åbnet skrivebeskyttet. Du kan se og udskrive, men ikke "
                         "ændre eller importere."));
    m_banner->setWordWrap(true);
    m_banner->setContentsMargins(10, 6, 10, 6);
    m_banner->setStyleSheet(u"QLabel#readOnlyBanner { background: #fff3b0; color: #3d3200; "
                            "border-bottom: 1px solid #e0c200; }"_s);
    m_banner->hide();

    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->addItem(new QListWidgetItem(
        style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Arrangementer")));
    m_navigation->addItem(
        new QListWidgetItem(style()->standardIcon(QStyle::SP_DirOpenIcon), tr("Cases")));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(3);
    m_navigation->setFixedWidth(m_navigation->fontMetrics().horizontalAdvance(tr("Arrangementer")) +
                                64);
    m_rooms->addWidget(m_events);
    // Until the case room is built its place holds the saved searches, out of any layout
    // and out of sight; the room takes them into its own layout.
    auto *casesLayout = new QVBoxLayout(m_casesPlace);
    casesLayout->setContentsMargins(0, 0, 0, 0);
    m_rooms->addWidget(m_casesPlace);
    buildRecordRooms();

    auto *body = new QWidget(this);
    auto *bodyLayout = new QHBoxLayout(body);
    bodyLayout->setContentsMargins(6, 6, 6, 6);
    bodyLayout->addWidget(m_navigation);
    bodyLayout->addWidget(m_rooms, 1);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    m_welcome = new WelcomePanel(m_fileActions->newAction(), m_help->guideAction(), this);
    layout->addWidget(m_welcome);
    layout->addWidget(body, 1);
    setCentralWidget(central);
    m_counts->setObjectName(u"roomCount"_s);
    statusBar()->addPermanentWidget(m_counts);

    buildMenus();
    buildFirstSteps();

    // Saved searches stand under "Cases" in the navigation; it tells rooms from searches.
    m_savedSearches = new SavedSearchNavigation(m_navigation, m_navigation->item(CasesRoom),
                                                m_savedSearchList, this);
    connect(m_savedSearches, &SavedSearchNavigation::roomChosen, this, [this](int room) {
        buildRoom(Room(room));
        m_rooms->setCurrentIndex(room);
    });
    connect(m_savedSearches, &SavedSearchNavigation::searchChosen, this,
            [this](const CaseFilter &filter, bool opened) {
                buildRoom(CasesRoom);
                m_rooms->setCurrentIndex(CasesRoom);
                m_cases->applyFilter(filter);
                if (opened)
                    m_cases->table()->setFocus(Qt::OtherFocusReason);
            });
    connect(m_savedSearchList, &CaseSavedSearches::failed, this, &MainWindow::showFailure);
    // An import or a case made in a programme changes what the saved searches find; a
    // built case room counts them again as it reloads.
    connect(m_session, &LibrarySession::recordsWritten, this, [this] {
        if (!m_cases)
            m_savedSearchList->setLibraryPath(m_session->path());
    });
    // A case corrected in its form (or the correction undone) may move into a saved search
    // or out of it; so may a renamed owner or contact, whose names find their cases.
    connect(m_session, &LibrarySession::recordWritten, this, [this](RecordKind kind, const Id &) {
        if (kind == RecordKind::Case || kind == RecordKind::Organisation ||
            kind == RecordKind::Person)
            m_savedSearchList->recount();
    });
    connect(m_session, &LibrarySession::libraryChanged, this, &MainWindow::libraryChanged);
    connect(m_fileActions, &LibraryFileActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_events->detail()->programmeActions(), &ProgrammeActions::saved, this,
            [this](const QString &path) {
                statusBar()->showMessage(tr("Gemte %1").arg(QDir::toNativeSeparators(path)), 8000);
            });
    connect(m_events, &EventsView::failed, this, &MainWindow::showFailure);
    connect(m_session, &LibrarySession::writeFailed, this, [this](const Error &error) {
        showError(this, tr("Ændringen blev ikke gemt"), error);
    });
    // Fortryd shows what it undoes; an edit of another event brings that event into view.
    connect(m_session, &LibrarySession::eventWritten, this, [this] {
        if (currentRoom() != EventsRoom)
            showRoom(EventsRoom);
        m_eventActions->updateActions();
        m_counts->setText(countText());
        m_emptyEvents->setEmpty(m_session->hasLibrary() && m_events->model()->eventCount() == 0);
    });
    connect(m_eventActions, &EventActions::eventCreated, this,
            [this] { m_events->detail()->focusTitle(); });
    connect(m_events->table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_eventActions->updateActions(); });
    connect(m_events, &EventsView::caseRequested, this, &MainWindow::openCase);

    showRoom(EventsRoom);
    resize(1280, 800);
    libraryChanged();
}

MainWindow::~MainWindow()
{
    // A field being typed in is written when it loses focus. Let that happen now, while
    // the window is whole: ~QWidget takes the focus away only after this class is gone,
    // and the write's signals would reach a half-destroyed window.
    if (QWidget *focused = QApplication::focusWidget(); focused && isAncestorOf(focused))
        focused->clearFocus();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&Filer"));
    file->addAction(m_fileActions->newAction());
    file->addAction(m_fileActions->openAction());
    file->addAction(m_fileActions->openReadOnlyAction());
    file->addMenu(m_fileActions->recentMenu());
    file->addSeparator();
    file->addAction(m_fileActions->importAction());
    file->addAction(m_fileActions->exportAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Afslut"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    buildEditMenu();

    QMenu *programme = menuBar()->addMenu(tr("&Program"));
    programme->addAction(m_eventActions->newAction());
    programme->addAction(m_eventActions->duplicateAction());
    programme->addAction(m_eventActions->deleteAction());
    programme->addSeparator();
    programme->addAction(m_eventActions->addOccurrenceAction());
    programme->addAction(m_eventActions->removeOccurrenceAction());
    programme->addSeparator();
    programme->addActions(m_eventActions->templateActions()->actions());
    programme->addSeparator();
    QMenu *presets = programme->addMenu(tr("Indsæt &skabelon"));
    presets->addActions(m_events->detail()->programmeEditor()->agendaEditor()->presetActions());
    programme->addSeparator();
    programme->addActions(m_events->detail()->programmeActions()->actions());

    QMenu *view = menuBar()->addMenu(tr("&Vis"));
    QAction *events = view->addAction(tr("&Arrangementer"), this, [this] { showRoom(EventsRoom); });
    events->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *cases = view->addAction(tr("&Cases"), this, [this] { showRoom(CasesRoom); });
    cases->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    const std::pair<QString, Room> recordRooms[] = {{tr("&Personer"), PeopleRoom},
                                                    {tr("&Organisationer"), OrganisationsRoom},
                                                    {tr("&Temagrupper"), ThemeGroupsRoom},
                                                    {tr("S&erier"), SeriesRoom}};
    for (const auto &[text, room] : recordRooms) {
        QAction *show = view->addAction(text, this, [this, room] { showRoom(room); });
        show->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + int(room))));
    }
    view->addSeparator();
    QAction *find = view->addAction(tr("&Søg i cases"), this, [this] {
        showRoom(CasesRoom);
        casesView()->focusSearch();
    });
    find->setObjectName(u"findCases"_s);
    find->setShortcut(QKeySequence::Find);

    QMenu *help = menuBar()->addMenu(tr("&Hjælp"));
    help->addAction(m_help->guideAction());
    help->addSeparator();
    help->addAction(m_help->aboutAction());
}

void MainWindow::buildEditMenu()
{
    QUndoStack *stack = m_session->undoStack();
    // The keys below reach these actions from a text field whose typing is saved.
    qApp->installEventFilter(new FieldUndoKeys(this));
    QMenu *edit = menuBar()->addMenu(tr("&Rediger"));
    // The stack's own actions would say "Fortryd Ret titel"; the house style quotes it.
    m_undo = edit->addAction(tr("&Fortryd"), stack, &QUndoStack::undo);
    m_undo->setObjectName(u"undo"_s);
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo = edit->addAction(tr("&Gendan"), stack, &QUndoStack::redo);
    m_redo->setObjectName(u"redo"_s);
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addSeparator();

    auto *view = new QUndoView(stack, this);
    view->setObjectName(u"undoView"_s);
    view->setEmptyLabel(tr("<åbnet>"));
    m_historyDock = new QDockWidget(tr("Fortrydelseshistorik"), this);
    m_historyDock->setObjectName(u"historyDock"_s);
    m_historyDock->setWidget(view);
    m_historyDock->hide();
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    QAction *history = m_historyDock->toggleViewAction();
    history->setText(tr("Fortrydelses&historik"));
    history->setObjectName(u"showHistory"_s);
    edit->addAction(history);

    const auto update = [this, stack] {
        const bool writable = m_session->hasLibrary() && !m_session->isReadOnly();
        m_undo->setEnabled(writable && stack->canUndo());
        m_redo->setEnabled(writable && stack->canRedo());
        // "Slet «Sund & Ældre»" must not turn its ampersand into a mnemonic.
        const auto menuText = [](QString text) { return text.replace(u'&', u"&&"_s); };
        m_undo->setText(stack->canUndo() ? tr("&Fortryd «%1»").arg(menuText(stack->undoText()))
                                         : tr("&Fortryd"));
        m_redo->setText(stack->canRedo() ? tr("&Gendan «%1»").arg(menuText(stack->redoText()))
                                         : tr("&Gendan"));
    };
    connect(stack, &QUndoStack::indexChanged, this, update);
    connect(stack, &QUndoStack::cleanChanged, this, update);
    connect(m_session, &LibrarySession::libraryChanged, this, update);
    update();
}

void MainWindow::buildRecordRooms()
{
    const std::pair<QStyle::StandardPixmap, QString> items[] = {
        {QStyle::SP_DirHomeIcon, tr("Personer")},
        {QStyle::SP_DriveNetIcon, tr("Organisationer")},
        {QStyle::SP_FileDialogListView, tr("Temagrupper")},
        {QStyle::SP_FileDialogContentsView, tr("Serier")}};
    for (const auto &[icon, text] : items) {
        m_navigation->addItem(new QListWidgetItem(style()->standardIcon(icon), text));
        m_navigation->setFixedWidth(std::max(
            m_navigation->minimumWidth(), m_navigation->fontMetrics().horizontalAdvance(text) + 64));
    }
    for (QWidget *&place : m_recordPlaces) {
        place = new QWidget(m_rooms);
        auto *layout = new QVBoxLayout(place);
        layout->setContentsMargins(0, 0, 0, 0);
        m_rooms->addWidget(place);
    }
    // Fortryd shows what it undoes. The events and cases show the names just written
    // (a renamed theme group, an organiser's letterhead): read again when seen.
    connect(m_session, &LibrarySession::recordWritten, this, [this](RecordKind kind, const Id &id) {
        m_eventsStale = m_casesStale = true;
        // A case's links are edited in the case room, which shows the case again itself.
        if (kind == RecordKind::Case) {
            if (currentRoom() != CasesRoom)
                openCase(id);
            return;
        }
        if (const std::optional<Room> room = roomOf(kind); room && currentRoom() != *room)
            showRoom(*room);
    });
    connect(m_rooms, &QStackedWidget::currentChanged, this, [this](int index) {
        if (index == EventsRoom && std::exchange(m_eventsStale, false))
            m_events->reload();
        if (index == CasesRoom && std::exchange(m_casesStale, false) && m_cases)
            m_cases->reload();
        m_counts->setText(countText());
    });
}

std::optional<MainWindow::Room> MainWindow::roomOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Person:
        return PeopleRoom;
    case RecordKind::Organisation:
        return OrganisationsRoom;
    case RecordKind::ThemeGroup:
        return ThemeGroupsRoom;
    case RecordKind::Series:
        return SeriesRoom;
    default:
        return std::nullopt;
    }
}

RecordRoom *MainWindow::builtRecordRoom(Room room) const
{
    if (room < PeopleRoom || room > SeriesRoom)
        return nullptr;
    return m_recordRooms[room - PeopleRoom];
}

void MainWindow::buildRoom(Room room)
{
    if (room == CasesRoom)
        casesView();
    else
        recordRoom(room);
}

CasesView *MainWindow::casesView()
{
    if (m_cases)
        return m_cases;
    m_cases = new CasesView(m_session, m_savedSearchList, m_casesPlace);
    m_casesPlace->layout()->addWidget(m_cases);
    // The first steps lie over the room.
    m_emptyCases->raise();
    connect(m_cases, &CasesView::failed, this, &MainWindow::showFailure);
    connect(m_cases, &CasesView::eventRequested, this, &MainWindow::openEvent);
    connect(m_cases, &CasesView::countChanged, this, [this] {
        if (currentRoom() == CasesRoom)
            m_counts->setText(countText());
    });
    // Built now, it reads what is open now: nothing it would have read before is stale.
    m_casesStale = false;
    m_cases->showLibrary();
    return m_cases;
}

RecordRoom *MainWindow::recordRoom(Room room)
{
    if (room < PeopleRoom || room > SeriesRoom)
        return nullptr;
    RecordRoom *&built = m_recordRooms[room - PeopleRoom];
    if (built)
        return built;
    // Built on its first showing: a new room reads the library when it comes into view.
    QWidget *place = m_recordPlaces[room - PeopleRoom];
    switch (room) {
    case PeopleRoom:
        built = new PeopleView(m_session, place);
        break;
    case OrganisationsRoom:
        built = new OrganisationsView(m_session, place);
        break;
    case ThemeGroupsRoom:
        built = new ThemeGroupsView(m_session, place);
        break;
    default:
        built = new SeriesView(m_session, place);
        break;
    }
    place->layout()->addWidget(built);
    connect(built, &RecordRoom::linkRequested, this, &MainWindow::openRecord);
    connect(built, &RecordRoom::failed, this, &MainWindow::showFailure);
    connect(built, &RecordRoom::countChanged, this, [this, room] {
        if (currentRoom() == room)
            m_counts->setText(countText());
    });
    return built;
}

PeopleView *MainWindow::peopleView()
{
    return static_cast<PeopleView *>(recordRoom(PeopleRoom));
}

OrganisationsView *MainWindow::organisationsView()
{
    return static_cast<OrganisationsView *>(recordRoom(OrganisationsRoom));
}

ThemeGroupsView *MainWindow::themeGroupsView()
{
    return static_cast<ThemeGroupsView *>(recordRoom(ThemeGroupsRoom));
}

SeriesView *MainWindow::seriesView()
{
    return static_cast<SeriesView *>(recordRoom(SeriesRoom));
}

void MainWindow::openRecord(const LinkTarget &target)
{
    if (target.kind == RecordKind::Event)
        return openEvent(target.id, target.occurrenceId);
    if (target.kind == RecordKind::Case)
        return openCase(target.id);
    if (const std::optional<Room> room = roomOf(target.kind)) {
        showRoom(*room);
        recordRoom(*room)->selectRecord(target.id);
    }
}

void MainWindow::showRoom(Room room)
{
    buildRoom(room);
    m_navigation->setCurrentRow(m_savedSearches->rowOfRoom(room));
    m_rooms->setCurrentIndex(room);
}

MainWindow::Room MainWindow::currentRoom() const
{
    return Room(m_rooms->currentIndex());
}

void MainWindow::openEvent(const Id &eventId, const Id &occurrenceId)
{
    showRoom(EventsRoom);
    m_events->selectEvent(eventId, occurrenceId);
}

void MainWindow::openCase(const Id &caseId)
{
    showRoom(CasesRoom);
    casesView()->selectCase(caseId);
}

void MainWindow::libraryChanged()
{
    const bool readOnly = m_session->isReadOnly();
    m_banner->setVisible(readOnly);
    m_eventActions->updateActions();
    m_fileActions->updateActions();
    setWindowTitle(m_session->hasLibrary() ? tr("Temaplan – %1").arg(m_session->fileName())
                                           : tr("Temaplan"));
    m_events->reload();
    if (m_cases)
        m_cases->reload();
    else
        m_savedSearchList->setLibraryPath(m_session->path());
    m_eventActions->updateActions();
    m_counts->setText(countText());
    updateFirstSteps();
    const render::ProgrammeFont &font = render::programmeFont();
    if (!font.houseFont)
        statusBar()->showMessage(font.note);
}

QString MainWindow::countText() const
{
    if (!m_session->hasLibrary())
        return {};
    // What the room on show lists; a room not built yet has nothing to count.
    const Room room = currentRoom();
    if (room == EventsRoom)
        return tr("%n arrangement(er)", nullptr, m_events->model()->eventCount());
    if (room == CasesRoom)
        return m_cases ? m_cases->countText() : QString();
    const RecordRoom *records = builtRecordRoom(room);
    return records ? records->countText() : QString();
}

void MainWindow::buildFirstSteps()
{
    m_emptyEvents = new EmptyRoom(
        m_events, tr("Ingen arrangementer endnu"),
        tr("Biblioteket er tomt. Opret det første møde med «Nyt arrangement», eller hent "
           "arrangementer og cases fra et andet bibliotek med «Importér JSON…»."),
        {{m_eventActions->newAction(), tr("Nyt arrangement")},
         {m_fileActions->importAction(), tr("Importér JSON…")}});
    m_emptyCases = new EmptyRoom(
        m_casesPlace, tr("Ingen cases endnu"),
        tr("Cases kommer ind i biblioteket med «Importér JSON…» fra et bibliotek, der har dem. "
           "Knyt dem siden til programpunkterne i et arrangements program."),
        {{m_fileActions->importAction(), tr("Importér JSON…")}});
}

void MainWindow::updateFirstSteps()
{
    // On opening a library; the cases change only by an import (or a merge, which leaves
    // one), while events come and go with every edit (see eventWritten).
    Library *library = m_session->library();
    m_welcome->follow(library);
    m_emptyEvents->setEmpty(library && m_events->model()->eventCount() == 0);
    const Result<int> cases = library ? library->countCases({}) : Result<int>(1);
    m_emptyCases->setEmpty(cases && *cases == 0);
}

void MainWindow::showFailure(const Error &error)
{
    showError(this, tr("Fejl i biblioteket"), error);
}

} // namespace temaplan::app
