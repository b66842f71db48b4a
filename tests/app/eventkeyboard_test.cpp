#include "apptestsupport.h"

#include "app/editor/agendaeditor.h"
#include "app/editor/agendamodel.h"
#include "app/eventactions.h"
#include "app/eventdetailview.h"
#include "app/eventform.h"
#include "app/eventsview.h"
#include "app/libraryfileactions.h"
#include "app/librarysession.h"
#include "app/programmeeditor.h"
#include "app/programmepreview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <stdexcept>

using namespace Qt::Literals::StringLiterals;
using namespace temaplan;

namespace {

// A new library with one new event made with Ctrl+Shift+N, as a coordinator starts.
struct NewEventWindow
{
    NewEventWindow()
    {
        if (!window.fileActions()->openFile(dir.filePath(u"ny.temaplan"_s), OpenMode::CreateNew))
            throw std::runtime_error("no new library");
        window.resize(1280, 800);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            throw std::runtime_error("the window was not shown");
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            throw std::runtime_error("the window is not active");
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    }

    app::EventDetailView *detail() { return window.eventsView()->detail(); }
    AgendaEditor *agendaEditor() { return detail()->programmeEditor()->agendaEditor(); }
    Event event()
    {
        auto e = window.session()->library()->events().get(detail()->eventId());
        REQUIRE(e);
        return *e;
    }

    QTemporaryDir dir;
    app::MainWindow window;
};

QWidget *focused()
{
    return QApplication::focusWidget();
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = focused();
    REQUIRE(target);
    QTest::keyClick(target, key, modifiers);
}

} // namespace

TEST_CASE("Tab leaves the note to the participants, and no tab is typed into it")
{
    NewEventWindow w;
    auto *note = w.detail()->eventForm()->findChild<QPlainTextEdit *>(u"participantNoteEdit"_s);
    REQUIRE(note);
    note->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(note, u"Læs casen"_s);
    press(Qt::Key_Tab);
    CHECK(focused() != note);
    CHECK(w.event().participantNote == u"Læs casen"_s);
    press(Qt::Key_Tab, Qt::ShiftModifier);
    CHECK(focused() == note);
}
TEST_CASE("Tab leaves the agenda table and the event list: a row is one slot or event")
{
    NewEventWindow w;
    w.detail()->tabs()->setCurrentIndex(0);
    auto *table = w.agendaEditor()->findChild<QTableView *>(u"agendaTable"_s);
    REQUIRE(table);
    table->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Insert);
    table->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Insert);
    REQUIRE(w.agendaEditor()->model()->rowCount() == 2);
    table->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Tab);
    CHECK(focused() != table);
    CHECK(w.agendaEditor()->isAncestorOf(focused()));

    auto *events = w.window.eventsView()->findChild<QTableView *>(u"eventTable"_s);
    REQUIRE(events);
    events->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Tab);
    CHECK(focused() != events);
}
