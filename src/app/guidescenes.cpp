#include "guidescenes.h"

#include "casesview.h"
#include "eventactions.h"
#include "eventdetailview.h"
#include "eventlistmodel.h"
#include "eventsview.h"
#include "helpactions.h"
#include "libraryfileactions.h"
#include "librarysession.h"
#include "mainwindow.h"
#include "organisationsview.h"
#include "programmeactions.h"
#include "programmeeditor.h"
#include "programmepreview.h"
#include "templateactions.h"
#include "welcomepanel.h"

#include "app/editor/agendaeditor.h"
#include "app/editor/caselistedit.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

namespace {

// The meeting the guide follows: a theme-group meeting with a case in its programme.
const QString guideEvent = u"Temagruppemøde om lokalsamfund"_s;

Error sceneError(const QString &text)
{
    return Error::make(Error::Code::Invalid, text);
}

Status openGuideEvent(MainWindow &window)
{
    const EventListModel *events = window.eventsView()->model();
    for (int row = 0; row < events->rowCount(); ++row) {
        if (events->summary(row).title.contains(guideEvent)) {
            window.openEvent(events->summary(row).eventId, events->summary(row).occurrenceId);
            window.eventsView()->detail()->tabs()->setCurrentIndex(0);
            return {};
        }
    }
    return sceneError(QCoreApplication::translate("temaplan::app::GuideScenes",
                                                  "Arrangementet «%1» findes ikke i biblioteket.")
                          .arg(guideEvent));
}

AgendaEditor *agendaEditor(MainWindow &window)
{
    return window.eventsView()->detail()->programmeEditor()->agendaEditor();
}

// Opens a menu of the menu bar by its title, as a click on it would.
Status openMenu(MainWindow &window, const QString &title)
{
    for (QAction *action : window.menuBar()->actions()) {
        if (action->text().remove(u'&') == title && action->menu()) {
            window.menuBar()->setActiveAction(action);
            return {};
        }
    }
    return sceneError(u"no menu %1"_s.arg(title));
}

Status agendaScene(MainWindow &window, bool insert)
{
    if (Status opened = openGuideEvent(window); !opened)
        return opened;
    AgendaEditor *editor = agendaEditor(window);
    editor->setCurrentRow(3);
    if (insert) {
        editor->setNewSlotMinutes(15);
        editor->insertBefore();
    }
    window.eventsView()->detail()->programmeEditor()->preview()->renderNow();
    return {};
}

Status linkCaseScene(MainWindow &window)
{
    if (Status opened = openGuideEvent(window); !opened)
        return opened;
    AgendaEditor *editor = agendaEditor(window);
    const Agenda agenda = editor->occurrence().agenda;
    for (int row = 0; row < agenda.size(); ++row) {
        if (!agenda.at(row).caseIds.isEmpty()) {
            editor->setCurrentRow(row);
            window.eventsView()->detail()->programmeEditor()->preview()->renderNow();
            // The form scrolls; its Cases field is at the bottom.
            auto *cases = editor->findChild<CaseListEdit *>();
            for (QWidget *up = cases; up; up = up->parentWidget()) {
                if (auto *area = qobject_cast<QScrollArea *>(up)) {
                    area->ensureWidgetVisible(cases);
                    break;
                }
            }
            return {};
        }
    }
    return sceneError(u"no slot with a case in %1"_s.arg(guideEvent));
}

Status printScene(MainWindow &window)
{
    if (Status opened = openGuideEvent(window); !opened)
        return opened;
    // The preview dialog runs its own loop; the picture is taken from inside it.
    QTimer::singleShot(0, &window, [&window] {
        const QList<QAction *> actions =
            window.eventsView()->detail()->programmeActions()->actions();
        for (QAction *action : actions) {
            if (action->objectName() == u"print"_s)
                action->trigger();
        }
    });
    return {};
}

// The template dialogs run their own loops, as the print preview does; the picture is
// taken from inside them.
Status templateScene(MainWindow &window, bool fromTemplate)
{
    if (Status opened = openGuideEvent(window); !opened)
        return opened;
    TemplateActions *templates = window.eventActions()->templateActions();
    // The name the guide gives in both languages, as the demo's own Danish names.
    if (fromTemplate && !templates->saveAsTemplate(u"Temagruppemøde, formiddag"_s))
        return sceneError(u"cannot save a template of %1"_s.arg(guideEvent));
    QTimer::singleShot(0, &window, [templates, fromTemplate] {
        (fromTemplate ? templates->newEventAction() : templates->saveAction())->trigger();
    });
    return {};
}

// The network's own organisation, whose letterhead every programme carries.
Status organisationsScene(MainWindow &window)
{
    window.showRoom(MainWindow::OrganisationsRoom);
    window.organisationsView()->filterField()->setText(u"Sund By"_s);
    return {};
}

Status casesScene(MainWindow &window, const QString &search)
{
    window.showRoom(MainWindow::CasesRoom);
    window.casesView()->searchField()->setText(search);
    window.casesView()->reload();
    return {};
}

Status mergeScene(MainWindow &window)
{
    if (Status shown = casesScene(window, {}); !shown)
        return shown;
    QMenu *duplicates = window.casesView()->duplicatesMenu();
    // The menu is filled as it opens; it opens under its tool button. popup(), not the
    // button's showMenu(), which would wait in the menu's own loop.
    for (auto *button : window.casesView()->findChildren<QToolButton *>()) {
        if (button->defaultAction() && button->defaultAction()->menu() == duplicates) {
            duplicates->popup(button->mapToGlobal(QPoint(0, button->height())));
            return {};
        }
    }
    return sceneError(u"no Dubletter button"_s);
}

Status openErrorScene(MainWindow &window)
{
    if (Status opened = openGuideEvent(window); !opened)
        return opened;
    const QString path = QDir::temp().filePath(u"indkøbsliste.temaplan"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return sceneError(u"cannot write %1"_s.arg(path));
    file.write("mælk, æg, rugbrød\n");
    file.close();
    window.fileActions()->openFile(path);
    QFile::remove(path);
    return {};
}

Status emptyScene(MainWindow &window)
{
    // A folder of its own that goes with the window.
    auto *folder = new QTemporaryDir;
    QObject::connect(&window, &QObject::destroyed, [folder] { delete folder; });
    const QString path = folder->filePath(u"tomt-bibliotek.temaplan"_s);
    if (!folder->isValid() || !window.fileActions()->openFile(path, OpenMode::CreateNew))
        return sceneError(u"cannot create %1"_s.arg(path));
    window.statusBar()->clearMessage();
    return {};
}

} // namespace

QStringList guideSceneNames()
{
    return {u"welcome"_s,   u"empty"_s,         u"agenda"_s,       u"insert-slot"_s,
            u"link-case"_s, u"print"_s,         u"export"_s,       u"search"_s,
            u"merge"_s,     u"json"_s,          u"open-error"_s,   u"about"_s,
            u"guide"_s,     u"template-save"_s, u"template-new"_s, u"organisations"_s};
}

Status prepareGuideScene(MainWindow &window, const QString &scene)
{
    if (!guideSceneNames().contains(scene))
        return sceneError(QCoreApplication::translate("temaplan::app::GuideScenes",
                                                      "Ukendt scene «%1». Scenerne er: %2.")
                              .arg(scene, guideSceneNames().join(u", "_s)));
    // The welcome has its own picture; the others show the window as it is used. Wide
    // enough for the agenda beside its page; the temporary file's name is no one's business.
    if (scene != u"welcome"_s)
        window.welcomePanel()->hide();
    window.resize(1440, 880);
    window.statusBar()->clearMessage();
    if (scene == u"welcome"_s)
        return openGuideEvent(window);
    if (scene == u"empty"_s)
        return emptyScene(window);
    if (scene == u"agenda"_s)
        return agendaScene(window, false);
    if (scene == u"insert-slot"_s)
        return agendaScene(window, true);
    if (scene == u"link-case"_s)
        return linkCaseScene(window);
    if (scene == u"print"_s)
        return printScene(window);
    if (scene == u"export"_s) {
        if (Status opened = openGuideEvent(window); !opened)
            return opened;
        return openMenu(
            window,
            QCoreApplication::translate("temaplan::app::MainWindow", "&Program").remove(u'&'));
    }
    if (scene == u"template-save"_s || scene == u"template-new"_s)
        return templateScene(window, scene == u"template-new"_s);
    if (scene == u"organisations"_s)
        return organisationsScene(window);
    if (scene == u"search"_s)
        return casesScene(window, u"århus"_s);
    if (scene == u"merge"_s)
        return mergeScene(window);
    if (scene == u"json"_s || scene == u"about"_s || scene == u"guide"_s) {
        if (Status opened = openGuideEvent(window); !opened)
            return opened;
    }
    if (scene == u"json"_s)
        return openMenu(
            window,
            QCoreApplication::translate("temaplan::app::MainWindow", "&Filer").remove(u'&'));
    if (scene == u"open-error"_s)
        return openErrorScene(window);
    if (scene == u"guide"_s) {
        window.helpActions()->guideAction()->trigger();
        return {};
    }
    // about
    window.helpActions()->aboutAction()->trigger();
    return {};
}

} // namespace temaplan::app
