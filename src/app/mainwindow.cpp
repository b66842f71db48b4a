#include "mainwindow.h"

#include "casesview.h"
#include "errormessage.h"
#include "eventdetailview.h"
#include "eventlistmodel.h"
#include "eventsview.h"
#include "libraryfileactions.h"
#include "librarysession.h"
#include "programmeactions.h"

#include "render/programmefont.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

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
    , m_cases(new CasesView(m_session, this))
    , m_counts(new QLabel(this))
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
    m_rooms->addWidget(m_cases);

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
    layout->addWidget(body, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_counts);

    buildMenus();

    connect(m_navigation, &QListWidget::currentRowChanged, m_rooms,
            &QStackedWidget::setCurrentIndex);
    connect(m_session, &LibrarySession::libraryChanged, this, &MainWindow::libraryChanged);
    connect(m_fileActions, &LibraryFileActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_events->detail()->programmeActions(), &ProgrammeActions::saved, this,
            [this](const QString &path) {
                statusBar()->showMessage(tr("Gemte %1").arg(QDir::toNativeSeparators(path)), 8000);
            });
    connect(m_events, &EventsView::failed, this, &MainWindow::showFailure);
    connect(m_cases, &CasesView::failed, this, &MainWindow::showFailure);
    connect(m_events, &EventsView::caseRequested, this, &MainWindow::openCase);
    connect(m_cases, &CasesView::eventRequested, this, &MainWindow::openEvent);

    showRoom(EventsRoom);
    resize(1280, 800);
    libraryChanged();
}

MainWindow::~MainWindow() = default;

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

    QMenu *programme = menuBar()->addMenu(tr("&Program"));
    programme->addActions(m_events->detail()->programmeActions()->actions());

    QMenu *view = menuBar()->addMenu(tr("&Vis"));
    QAction *events = view->addAction(tr("&Arrangementer"), this, [this] { showRoom(EventsRoom); });
    events->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *cases = view->addAction(tr("&Cases"), this, [this] { showRoom(CasesRoom); });
    cases->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    view->addSeparator();
    QAction *find = view->addAction(tr("&Søg i cases"), this, [this] {
        showRoom(CasesRoom);
        m_cases->focusSearch();
    });
    find->setObjectName(u"findCases"_s);
    find->setShortcut(QKeySequence::Find);

    QMenu *help = menuBar()->addMenu(tr("&Hjælp"));
    help->addAction(tr("&Om Temaplan"), this, [this] {
        QMessageBox::about(
            this, tr("Om Temaplan"),
            tr("<h3>Temaplan %1</h3><p>Programmer for temagruppemøder og et bibliotek over "
               "kommunale cases for Sund By Netværket.</p>")
                .arg(QStringLiteral(TEMAPLAN_VERSION)));
    });
}

void MainWindow::showRoom(Room room)
{
    m_navigation->setCurrentRow(room);
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
    m_cases->selectCase(caseId);
}

void MainWindow::libraryChanged()
{
    const bool readOnly = m_session->isReadOnly();
    m_banner->setVisible(readOnly);
    m_fileActions->updateActions();
    setWindowTitle(m_session->hasLibrary() ? tr("Temaplan – %1").arg(m_session->fileName())
                                           : tr("Temaplan"));
    m_events->reload();
    m_cases->reload();
    const int events = m_events->model()->eventCount();
    m_counts->setText(!m_session->hasLibrary() ? QString()
                      : events == 1            ? tr("1 arrangement")
                                               : tr("%1 arrangementer").arg(events));
    const render::ProgrammeFont &font = render::programmeFont();
    if (!font.houseFont)
        statusBar()->showMessage(font.note);
}

void MainWindow::showFailure(const Error &error)
{
    showError(this, tr("Fejl i biblioteket"), error);
}

} // namespace temaplan::app
