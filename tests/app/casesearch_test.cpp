#include "apptestsupport.h"

#include "app/casedetailview.h"
#include "app/caselistmodel.h"
#include "app/casesearchcontroller.h"
#include "app/casesview.h"
#include "app/eventdetailview.h"
#include "app/eventsview.h"
#include "app/libraryfileactions.h"
#include "app/librarysession.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

#include <tuple>

using namespace Qt::Literals::StringLiterals;
using namespace temaplan;
using app::CaseListModel;

namespace {

QStringList owners(const CaseListModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.row(row).owner;
    return list;
}

} // namespace

TEST_CASE("the case search searches as the user types, once typing pauses")
{
    const QString typed = GENERATE(u"Århus"_s, u"aarhus"_s);
    test::DemoWindow demo;
    app::CasesView *cases = demo.window.casesView();
    demo.window.showRoom(app::MainWindow::CasesRoom);
    CaseListModel *model = cases->model();
    REQUIRE(model->rowCount() == 10); // every case while the field is empty

    QSignalSpy searched(cases->controller(), &app::CaseSearchController::searched);
    cases->searchField()->setFocus();
    // Debounced: nothing is searched while the keys arrive with short pauses.
    QTest::keyClicks(cases->searchField(), typed.left(2));
    QTest::qWait(40);
    CHECK(searched.isEmpty());
    QTest::keyClicks(cases->searchField(), typed.mid(2));
    CHECK(searched.isEmpty());
    CHECK(model->rowCount() == 10);

    REQUIRE(test::waitUntil([&] { return !searched.isEmpty(); }));
    CHECK(searched.last().at(0).toString() == typed);
    REQUIRE(model->rowCount() == 2);
    CHECK(owners(*model) == QStringList{u"Aarhus Kommune"_s, u"Aarhus Kommune"_s});
    // The first hit is shown at once.
    CHECK(cases->detail()->caseId() == model->row(0).caseId);

    cases->searchField()->clear();
    REQUIRE(test::waitUntil([&] { return model->rowCount() == 10; }));
}

TEST_CASE("the case list and its counts are read when the room is first seen")
{
    test::DemoWindow demo;
    app::CasesView *cases = demo.window.casesView();
    QSignalSpy counted(cases->controller(), &app::CaseSearchController::facetsCounted);
    // The window starts on the events: no list read, no count on its way.
    CHECK(cases->model()->rowCount() == 0);
    CHECK_FALSE(cases->controller()->isCounting());
    QTest::qWait(50);
    CHECK(counted.isEmpty());

    QTest::keySequence(&demo.window, QKeySequence(Qt::CTRL | Qt::Key_2));
    const int all = *demo.window.session()->library()->countCases({});
    CHECK(cases->model()->rowCount() == all);
    REQUIRE(test::waitUntil([&] { return !counted.isEmpty(); }));
    CHECK_FALSE(cases->detail()->caseId().isNull());

    // Another library opened while the room is in sight is read at once.
    test::DemoLibraryFile other;
    REQUIRE(demo.window.fileActions()->openFile(other.path, OpenMode::ReadOnly));
    CHECK(cases->model()->rowCount() == all);
}

TEST_CASE("a search that finds nothing says so and shows no case")
{
    test::DemoWindow demo;
    demo.window.showRoom(app::MainWindow::CasesRoom);
    app::CasesView *cases = demo.window.casesView();
    cases->searchField()->setText(u"zzzqqq"_s);
    REQUIRE(test::waitUntil([&] { return cases->model()->rowCount() == 0; }));
    CHECK(cases->detail()->caseId().isNull());
    CHECK(cases->findChild<QLabel *>(u"caseResultLine"_s)->text().contains(u"Ingen cases"_s));
}

TEST_CASE("Ctrl+F goes to the case library with the cursor in the search field")
{
    test::DemoWindow demo;
    demo.window.activateWindow();
    REQUIRE(demo.window.currentRoom() == app::MainWindow::EventsRoom);
    QTest::keyClick(&demo.window, Qt::Key_F, Qt::ControlModifier);
    CHECK(demo.window.currentRoom() == app::MainWindow::CasesRoom);
    CHECK(demo.window.casesView()->searchField()->hasFocus());
}

TEST_CASE("a case lists the events it was presented at, and opens them")
{
    test::DemoWindow demo;
    const Id socialBalance = test::caseIdByTitle(demo.window, u"Social balance"_s);
    REQUIRE_FALSE(socialBalance.isNull());
    demo.window.openCase(socialBalance);
    app::CaseDetailView *detail = demo.window.casesView()->detail();
    REQUIRE(detail->caseId() == socialBalance);

    QTreeWidget *presented = detail->presentedAtList();
    REQUIRE(presented->topLevelItemCount() >= 1);
    QTreeWidgetItem *item = presented->topLevelItem(0);
    CHECK(item->text(app::CaseDetailView::EventColumn)
              .startsWith(u"Temagruppemøde om lokalsamfund"_s));
    CHECK(item->text(app::CaseDetailView::PlaceColumn) == u"Gladsaxe"_s);
    CHECK(item->text(app::CaseDetailView::DateColumn) == u"6. december"_s);

    Q_EMIT presented->itemActivated(item, 0);
    CHECK(demo.window.currentRoom() == app::MainWindow::EventsRoom);
    const Id gladsaxe = test::eventIdByTitle(demo.window, u"Temagruppemøde om lokalsamfund"_s);
    CHECK(demo.window.eventsView()->detail()->eventId() == gladsaxe);
}

TEST_CASE("an event lists the cases it linked, and opens them")
{
    test::DemoWindow demo;
    demo.window.openEvent(test::eventIdByTitle(demo.window, u"Temagruppemøde om lokalsamfund"_s));
    auto *linked = demo.window.findChild<QListWidget *>(u"eventCases"_s);
    REQUIRE(linked);
    REQUIRE(linked->count() == 3);
    QListWidgetItem *social = nullptr;
    for (int i = 0; i < linked->count(); ++i)
        if (linked->item(i)->text() == u"Social balance"_s)
            social = linked->item(i);
    REQUIRE(social);

    Q_EMIT linked->itemActivated(social);
    CHECK(demo.window.currentRoom() == app::MainWindow::CasesRoom);
    CHECK(demo.window.casesView()->detail()->caseId() ==
          test::caseIdByTitle(demo.window, u"Social balance"_s));
}

TEST_CASE("a case's page lists where it was presented newest first, each line opening its event")
{
    test::DemoWindow demo;
    Library *library = demo.window.session()->library();
    const Id social = test::caseIdByTitle(demo.window, u"Social balance"_s);
    const Id gladsaxe = test::eventIdByTitle(demo.window, u"Temagruppemøde om lokalsamfund"_s);
    // The meeting held again, later and earlier than the demo's.
    auto heldAgain = [&](const CalendarDate &date, const QString &title) {
        Event e = *library->events().get(gladsaxe);
        e.id = newId();
        e.title = title;
        for (Occurrence &o : e.occurrences) {
            o.id = newId();
            o.date = date;
            for (AgendaSlot &s : o.agenda)
                s.id = newId();
        }
        REQUIRE(library->events().save(e).ok());
        return e.id;
    };
    const Id later = heldAgain(CalendarDate{2031, 1, 15}, u"Social balance, et år efter"_s);
    const Id earlier = heldAgain(CalendarDate{2003, 4, 2}, u"Første møde om social balance"_s);
    demo.window.session()->notifyContentsChanged();

    demo.window.openCase(social);
    app::CaseDetailView *detail = demo.window.casesView()->detail();
    REQUIRE(detail->caseId() == social);
    QTreeWidget *presented = detail->presentedAtList();
    const auto expected = library->presentedAt(social);
    REQUIRE(expected.ok());
    REQUIRE(presented->topLevelItemCount() == expected->size());
    REQUIRE(expected->size() >= 3);
    CHECK(presented->topLevelItem(0)->text(app::CaseDetailView::EventColumn) == u"Social balance, et år efter"_s);
    CHECK(expected->first().eventId == later);
    // Dated ones newest first; a date without a year (the demo's "6. december") cannot
    // be placed among them and comes last.
    int earlierRow = -1;
    for (int row = 0; row < expected->size(); ++row) {
        const SlotReference &r = expected->at(row);
        if (r.eventId == earlier)
            earlierRow = row;
        CHECK(presented->topLevelItem(row)->text(app::CaseDetailView::EventColumn) == r.eventTitle);
        if (row == 0)
            continue;
        const CalendarDate &before = expected->at(row - 1).date;
        if (r.date.hasYear()) {
            REQUIRE(before.hasYear());
            CHECK(std::tuple(before.year, before.month, before.day) >= std::tuple(r.date.year, r.date.month, r.date.day));
        }
    }
    CHECK(earlierRow > 0);

    // A long title is cut short in its column, whole in its tooltip: the list never
    // scrolls sideways to show the place and the slot.
    demo.window.resize(1280, 800);
    demo.window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&demo.window));
    REQUIRE(presented->isVisible());
    CHECK(test::waitUntil([&] { return presented->header()->length() <= presented->viewport()->width(); }));
    INFO("header " << presented->header()->length() << ", view " << presented->viewport()->width());
    CHECK_FALSE(presented->horizontalScrollBar()->isVisible());
    CHECK(presented->topLevelItem(0)->toolTip(app::CaseDetailView::EventColumn) == u"Social balance, et år efter"_s);

    // Each line opens its own event, from the keyboard as with a double-click.
    for (int row = 0; row < presented->topLevelItemCount(); ++row) {
        demo.window.openCase(social);
        presented->setFocus();
        presented->setCurrentItem(presented->topLevelItem(row));
        QTest::keyClick(presented, Qt::Key_Return);
        CHECK(demo.window.currentRoom() == app::MainWindow::EventsRoom);
        CHECK(demo.window.eventsView()->detail()->eventId() == expected->at(row).eventId);
        CHECK(demo.window.eventsView()->detail()->occurrenceId() == expected->at(row).occurrenceId);
    }
}
