#include "apptestsupport.h"

#include "app/editor/agendaeditor.h"
#include "app/eventdetailview.h"
#include "app/eventform.h"
#include "app/eventactions.h"
#include "app/eventsview.h"
#include "app/libraryfileactions.h"
#include "app/programmeeditor.h"
#include "app/programmepreview.h"

#include <QDockWidget>
#include <QTabWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace temaplan;

namespace {

QString shotPath(const char *variable, const QString &fallback)
{
    const QString path = qEnvironmentVariable(variable);
    return path.isEmpty() ? fallback : path;
}

} // namespace

// Not run by default: `test_app "[.screenshot]"` writes the window while a meeting is
// planned: a slot inserted at 11.15 with the history open (TEMAPLAN_SCREENSHOT_EDITOR,
// /tmp/event-editor.png) and the event's fields (TEMAPLAN_SCREENSHOT_FORM,
// /tmp/event-form.png).
TEST_CASE("Screenshots of the event editor", "[.screenshot]")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    window.resize(1440, 860);
    window.openEvent(test::eventIdByTitle(window, u"Temagruppemøde om lokalsamfund"_s));
    app::EventDetailView *detail = window.eventsView()->detail();
    AgendaEditor *editor = detail->programmeEditor()->agendaEditor();

    editor->setNewSlotMinutes(15);
    editor->setCurrentRow(3);
    editor->insertBefore();
    window.historyDock()->show();
    detail->programmeEditor()->preview()->renderNow();
    QTest::qWait(100);
    REQUIRE(window.grab().save(shotPath("TEMAPLAN_SCREENSHOT_EDITOR", u"/tmp/event-editor.png"_s),
                               "PNG", 0));

    // The page itself, at the preview's resolution, to read what it shows.
    REQUIRE(detail->programmeEditor()->preview()->pageImage().save(u"/tmp/preview-page.png"_s));

    detail->tabs()->setCurrentIndex(1);
    QTest::qWait(100);
    REQUIRE(window.grab().save(shotPath("TEMAPLAN_SCREENSHOT_FORM", u"/tmp/event-form.png"_s),
                               "PNG", 0));
}

// A new event in an empty library, with a welcome inserted (/tmp/new-event.png).
TEST_CASE("Screenshot of a new event in an empty library", "[.screenshot]")
{
    QTemporaryDir dir;
    app::MainWindow window;
    REQUIRE(window.fileActions()->openFile(dir.filePath(u"ny.temaplan"_s), OpenMode::CreateNew));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.eventActions()->newAction()->trigger();
    app::EventDetailView *detail = window.eventsView()->detail();
    detail->tabs()->setCurrentIndex(0);
    AgendaEditor *editor = detail->programmeEditor()->agendaEditor();
    editor->presetActions().first()->trigger();
    detail->programmeEditor()->preview()->renderNow();
    QTest::qWait(100);
    REQUIRE(window.grab().save(u"/tmp/new-event.png"_s));
}
