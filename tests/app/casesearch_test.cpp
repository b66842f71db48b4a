#include "apptestsupport.h"

#include "app/casedetailview.h"
#include "app/caselistmodel.h"
#include "app/casesearchcontroller.h"
#include "app/casesview.h"
#include "app/eventdetailview.h"
#include "app/eventsview.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

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

TEST_CASE("a search that finds nothing says so and shows no case")
{
    test::DemoWindow demo;
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
