#include "apptestsupport.h"

#include "app/aboutdialog.h"
#include "app/editor/agendaeditor.h"
#include "app/emptyroom.h"
#include "app/eventactions.h"
#include "app/eventdetailview.h"
#include "app/eventlistmodel.h"
#include "app/eventsview.h"
#include "app/guidescenes.h"
#include "app/helpactions.h"
#include "app/libraryfileactions.h"
#include "app/librarysession.h"
#include "app/programmeeditor.h"
#include "app/userguide.h"
#include "app/welcomepanel.h"

#include "core/libraryjson.h"
#include "store/demolibrary.h"
#include "store/libraryfile.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QTimer>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace temaplan;

namespace {

QPushButton *buttonNamed(QWidget &parent, const QString &text)
{
    for (auto *button : parent.findChildren<QPushButton *>()) {
        if (button->text() == text && button->isVisibleTo(&parent))
            return button;
    }
    return nullptr;
}

QString readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void closeTopLevels(QWidget &window)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget != &window && widget->isVisible())
            widget->close();
    }
}

} // namespace

TEST_CASE("the demo library opens with the welcome, which stays closed once closed")
{
    app::WelcomePanel::resetDismissed();
    test::DemoWindow demo;
    app::WelcomePanel *welcome = demo.window.welcomePanel();
    CHECK(welcome->isVisibleTo(&demo.window));
    CHECK(welcome->findChild<QLabel *>(u"welcomeText"_s)->text().contains(u"Nyt bibliotek"_s));
    // Its buttons are the window's own actions.
    REQUIRE(buttonNamed(*welcome, u"Nyt bibliotek…"_s));
    CHECK(buttonNamed(*welcome, u"Brugervejledning"_s));

    welcome->closeButton()->click();
    CHECK_FALSE(welcome->isVisibleTo(&demo.window));
    REQUIRE(demo.window.fileActions()->openFile(demo.file.path));
    CHECK_FALSE(welcome->isVisibleTo(&demo.window));

    // Another window (the next start) remembers it too.
    test::DemoWindow again;
    CHECK_FALSE(again.window.welcomePanel()->isVisibleTo(&again.window));
    app::WelcomePanel::resetDismissed();
}

TEST_CASE("the welcome knows the demo by its records, not by the file's name")
{
    app::WelcomePanel::resetDismissed();
    test::DemoWindow demo;
    const QString copy = demo.file.dir.filePath(u"mit-arkiv.temaplan"_s);
    REQUIRE(demo.window.session()->library()->saveCopy(copy));
    REQUIRE(demo.window.fileActions()->openFile(copy));
    CHECK(demo.window.welcomePanel()->isVisibleTo(&demo.window));

    // A library of one's own, even with cases and events in it, is not the demo.
    const QString own = demo.file.dir.filePath(u"eget.temaplan"_s);
    REQUIRE(demo.window.fileActions()->openFile(own, OpenMode::CreateNew));
    CHECK_FALSE(demo.window.welcomePanel()->isVisibleTo(&demo.window));
    demo.window.eventActions()->newAction()->trigger();
    CHECK_FALSE(app::holdsDemo(*demo.window.session()->library()));
}

TEST_CASE("the welcome knows the demo by the ids of the demo's own events")
{
    const auto demo = json::readLibraryJson(demoLibraryJson());
    REQUIRE(demo);
    QList<Id> ids;
    for (const Event &event : demo->events)
        ids.append(event.id);
    std::sort(ids.begin(), ids.end());
    QList<Id> known = app::demoEventIds();
    std::sort(known.begin(), known.end());
    CHECK(known == ids);
}

TEST_CASE("an empty library says what to do instead of showing empty tables")
{
    test::DemoWindow demo;
    app::EmptyRoom *events = demo.window.emptyEventsRoom();
    app::EmptyRoom *cases = demo.window.emptyCasesRoom();
    CHECK_FALSE(events->isVisibleTo(&demo.window));

    const QString json = demo.file.dir.filePath(u"demo.json"_s);
    REQUIRE(demo.window.fileActions()->exportFile(json));
    REQUIRE(demo.window.fileActions()->openFile(demo.file.dir.filePath(u"tomt.temaplan"_s),
                                                OpenMode::CreateNew));
    CHECK(events->isVisibleTo(&demo.window));
    CHECK(events->text().contains(u"Nyt arrangement"_s));
    // It lies over the whole room.
    CHECK(events->geometry() == demo.window.eventsView()->rect());
    demo.window.showRoom(app::MainWindow::CasesRoom);
    CHECK(cases->isVisibleTo(&demo.window));
    CHECK(cases->text().contains(u"Importér JSON"_s));

    // "Nyt arrangement" is the real action: an event, and the room shows it.
    demo.window.showRoom(app::MainWindow::EventsRoom);
    QPushButton *create = buttonNamed(*events, u"Nyt arrangement"_s);
    REQUIRE(create);
    create->click();
    CHECK(demo.window.eventsView()->model()->eventCount() == 1);
    CHECK_FALSE(events->isVisibleTo(&demo.window));
    // Undone, the library is empty again and says so.
    demo.window.undoAction()->trigger();
    CHECK(demo.window.eventsView()->model()->eventCount() == 0);
    CHECK(events->isVisibleTo(&demo.window));

    // "Importér JSON…" asks for the file and imports it: both rooms fill.
    demo.window.fileActions()->setFileChooser(
        {[json](const QString &, const QString &) { return json; }, {}});
    QPushButton *import = buttonNamed(*cases, u"Importér JSON…"_s);
    REQUIRE(import);
    import->click();
    CHECK(demo.window.eventsView()->model()->rowCount() == 7);
    CHECK_FALSE(events->isVisibleTo(&demo.window));
    CHECK_FALSE(cases->isVisibleTo(&demo.window));
}

TEST_CASE("a read-only empty library offers no button that cannot work")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"tomt.temaplan"_s);
    REQUIRE(openLibrary(path, OpenMode::CreateNew));
    app::MainWindow window;
    REQUIRE(window.fileActions()->openFile(path, OpenMode::ReadOnly));
    CHECK(window.emptyEventsRoom()->isVisibleTo(&window));
    QPushButton *create = buttonNamed(*window.emptyEventsRoom(), u"Nyt arrangement"_s);
    REQUIRE(create);
    CHECK_FALSE(create->isEnabled());
    CHECK_FALSE(buttonNamed(*window.emptyEventsRoom(), u"Importér JSON…"_s)->isEnabled());
}

TEST_CASE("Hjælp ▸ Brugervejledning shows the guide from the resources, pictures and all")
{
    test::DemoWindow demo;
    QMenu *help = nullptr;
    for (QAction *action : demo.window.menuBar()->actions())
        if (action->text() == u"&Hjælp"_s)
            help = action->menu();
    REQUIRE(help);
    REQUIRE(help->actions().contains(demo.window.helpActions()->guideAction()));
    CHECK(demo.window.helpActions()->guideAction()->shortcut() ==
          QKeySequence(QKeySequence::HelpContents));

    demo.window.helpActions()->guideAction()->trigger();
    app::UserGuideDialog *guide = demo.window.helpActions()->guideDialog();
    REQUIRE(guide);
    CHECK(guide->isVisible());
    QTextDocument *document = guide->browser()->document();
    CHECK(document->toPlainText().contains(u"Temaplan"_s));
    CHECK(document->toPlainText().contains(u"Program ▸ Udskriv"_s));
    // Every picture the guide names is found and drawn no wider than the column.
    int pictures = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextImageFormat format = it.fragment().charFormat().toImageFormat();
            if (!format.isValid())
                continue;
            ++pictures;
            const QImage image = document
                                     ->resource(QTextDocument::ImageResource,
                                                document->baseUrl().resolved(QUrl(format.name())))
                                     .value<QImage>();
            INFO(format.name().toStdString());
            CHECK_FALSE(image.isNull());
            CHECK(format.width() <= 760);
        }
    }
    CHECK(pictures >= 10);

    // Asked for again, the same window comes forward.
    demo.window.helpActions()->guideAction()->trigger();
    CHECK(demo.window.helpActions()->guideDialog() == guide);
    guide->close();
}

TEST_CASE("the guide in both languages names only pictures that are in the program")
{
    for (const QString &guide : {u":/guide/user-guide.md"_s, u":/guide/user-guide.en.md"_s}) {
        const QString text = readResource(guide);
        INFO(guide.toStdString());
        REQUIRE_FALSE(text.isEmpty());
        const QRegularExpression picture(uR"(!\[[^\]]*\]\(([^)]+)\))"_s);
        int count = 0;
        for (const auto &match : picture.globalMatch(text)) {
            ++count;
            INFO(match.captured(1).toStdString());
            CHECK_FALSE(QImage(u":/guide/"_s + match.captured(1)).isNull());
        }
        CHECK(count >= 10);
    }
}

TEST_CASE("Hjælp ▸ Om Temaplan shows the version, the licence and the font's licence")
{
    test::DemoWindow demo;
    demo.window.helpActions()->aboutAction()->trigger();
    app::AboutDialog *about = demo.window.helpActions()->aboutDialog();
    REQUIRE(about);
    CHECK(about->isVisible());
    CHECK(about->findChild<QLabel *>(u"aboutHeading"_s)
              ->text()
              .contains(QStringLiteral(TEMAPLAN_VERSION)));
    QTabWidget *tabs = about->tabs();
    REQUIRE(tabs->count() == 2);
    const auto tabText = [tabs](int i) {
        return qobject_cast<QPlainTextEdit *>(tabs->widget(i))->toPlainText();
    };
    CHECK(tabText(0).contains(u"Apache License"_s));
    CHECK(tabText(0).contains(u"Version 2.0"_s));
    CHECK(tabs->tabText(1).contains(u"Open Sans"_s));
    CHECK(tabText(1).contains(u"Apache License"_s));
    CHECK(about->findChild<QPushButton *>(u"aboutQt"_s));
    about->close();
}

TEST_CASE("every scene of the guide's pictures can be shown on the demo library")
{
    for (const QString &scene : app::guideSceneNames()) {
        // The print preview runs its own event loop; scripts/screenshots shows it.
        if (scene == u"print"_s)
            continue;
        INFO(scene.toStdString());
        test::DemoWindow demo;
        // The template dialogs run their own loops, as the preview does: the one shown is
        // read and closed from inside.
        QString dialogTitle;
        const bool dialogScene = scene.startsWith(u"template-"_s);
        if (dialogScene)
            QTimer::singleShot(20, &demo.window, [&dialogTitle] {
                if (QWidget *dialog = QApplication::activeModalWidget()) {
                    dialogTitle = dialog->windowTitle();
                    dialog->close();
                }
            });
        const Status shown = app::prepareGuideScene(demo.window, scene);
        CHECK(shown);
        QApplication::processEvents();
        QElapsedTimer waited;
        waited.start();
        while (dialogScene && dialogTitle.isEmpty() && waited.elapsed() < 3000)
            QApplication::processEvents(QEventLoop::AllEvents, 20);
        if (scene == u"template-save"_s)
            CHECK(dialogTitle == u"Gem program som skabelon"_s);
        if (scene == u"template-new"_s)
            CHECK(dialogTitle == u"Nyt arrangement fra skabelon"_s);
        if (scene == u"organisations"_s)
            CHECK(demo.window.currentRoom() == app::MainWindow::OrganisationsRoom);
        if (scene == u"insert-slot"_s) {
            AgendaEditor *editor =
                demo.window.eventsView()->detail()->programmeEditor()->agendaEditor();
            // A quarter of an hour inserted at 11.15: the next slot starts at 11.30.
            CHECK(editor->occurrence().agenda.at(3).title == u"Nyt programpunkt"_s);
            CHECK(editor->occurrence().agenda.at(4).start == QTime(11, 30));
        }
        if (scene == u"empty"_s)
            CHECK(demo.window.emptyEventsRoom()->isVisibleTo(&demo.window));
        if (scene == u"open-error"_s)
            CHECK(test::errorTexts(demo.window).size() == 1);
        test::closeErrors(demo.window);
        closeTopLevels(demo.window);
    }
    test::DemoWindow demo;
    CHECK_FALSE(app::prepareGuideScene(demo.window, u"ingen-scene"_s));
}

TEST_CASE("the guide is English when the program runs in English (--lang en)")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Denmark));
    CHECK(app::userGuideSource() == u"qrc:/guide/user-guide.en.md"_s);
    app::UserGuideDialog guide;
    CHECK(guide.browser()->document()->toPlainText().startsWith(u"Temaplan – user guide"_s));
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
    CHECK(app::userGuideSource() == u"qrc:/guide/user-guide.md"_s);
    QLocale::setDefault(before);
}
