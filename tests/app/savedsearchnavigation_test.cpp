#include "apptestsupport.h"

#include "app/casefacetpanel.h"
#include "app/caselistmodel.h"
#include "app/casesavedsearches.h"
#include "app/casesearchcontroller.h"
#include "app/casesview.h"
#include "app/librarysession.h"
#include "app/savedsearchnavigation.h"

#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace temaplan;

TEST_CASE("saved searches stand under Cases in the navigation and open the cases room with them",
          "[app][cases][navigation]")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    QListWidget *navigation = window.navigation();
    app::SavedSearchNavigation *saved = window.savedSearchNavigation();
    app::CasesView *cases = window.casesView();
    const int rooms = navigation->count();
    REQUIRE(saved->searchCount() == 0);
    CHECK_FALSE(test::lines(navigation).contains(u"Gemte søgninger"_s));

    // A search saved in the cases room: "Århus", one owner ticked.
    cases->searchField()->setText(u"Århus"_s);
    cases->controller()->refresh();
    CaseFilter chosen;
    chosen.text = u"Århus"_s;
    chosen.ownerIds = {idToString(
        window.session()->library()->cases().get(cases->model()->row(0).caseId)->ownerId)};
    cases->applyFilter(chosen);
    const int found = cases->model()->rowCount();
    REQUIRE(found >= 1);
    cases->savedSearches()->setNameAsker([](const QString &) { return u"Aarhus-cases"_s; });
    cases->saveSearchAction()->trigger();

    // It shows at once, under Cases, after a heading.
    REQUIRE(saved->searchCount() == 1);
    const int casesRow = saved->rowOfRoom(app::MainWindow::CasesRoom);
    CHECK(navigation->item(casesRow)->text() == u"Cases"_s);
    CHECK(navigation->item(casesRow + 1)->text() == u"Gemte søgninger"_s);
    CHECK(navigation->item(casesRow + 2)->text() == u"Aarhus-cases"_s);
    CHECK(saved->rowOfSearch(0) == casesRow + 2);
    CHECK(navigation->count() == rooms + 2);
    CHECK(saved->roomAt(casesRow + 2) == -1);
    CHECK(saved->roomAt(casesRow) == app::MainWindow::CasesRoom);

    // The rooms keep their places.
    window.showRoom(app::MainWindow::EventsRoom);
    CHECK(navigation->currentRow() == saved->rowOfRoom(app::MainWindow::EventsRoom));
    cases->applyFilter({});
    REQUIRE(cases->model()->rowCount() == 10);

    // From the keyboard: down to Cases, past the heading, onto the search.
    window.activateWindow();
    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_Down);
    CHECK(window.currentRoom() == app::MainWindow::CasesRoom);
    CHECK(cases->model()->rowCount() == 10);
    QTest::keyClick(navigation, Qt::Key_Down);
    CHECK(navigation->currentRow() == saved->rowOfSearch(0));
    CHECK(window.currentRoom() == app::MainWindow::CasesRoom);
    CHECK(cases->searchField()->text() == u"Århus"_s);
    CHECK(cases->controller()->filter().ownerIds == chosen.ownerIds);
    CHECK(cases->model()->rowCount() == found);
    // Enter hands the keys to the list of cases.
    QTest::keyClick(navigation, Qt::Key_Return);
    CHECK(cases->table()->hasFocus());
    // Up again: the room above.
    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_Up);
    CHECK(navigation->currentRow() == casesRow);
    QTest::keyClick(navigation, Qt::Key_Up);
    CHECK(window.currentRoom() == app::MainWindow::EventsRoom);

    // A click on it: the cases room with the search, also when it was chosen already.
    for (int click = 0; click < 2; ++click) {
        cases->applyFilter({});
        window.showRoom(app::MainWindow::EventsRoom);
        const QRect rect = navigation->visualItemRect(navigation->item(saved->rowOfSearch(0)));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
        CHECK(window.currentRoom() == app::MainWindow::CasesRoom);
        CHECK(cases->model()->rowCount() == found);
        CHECK(cases->searchField()->text() == u"Århus"_s);
    }

    // Renamed in the cases room: renamed here.
    cases->savedSearches()->setNameAsker([](const QString &old) {
        CHECK(old == u"Aarhus-cases"_s);
        return u"Århus, én ejer"_s;
    });
    REQUIRE(cases->savedSearches()->rename(0));
    CHECK(navigation->item(saved->rowOfSearch(0))->text() == u"Århus, én ejer"_s);
    CHECK(navigation->count() == rooms + 2);

    // A second one, then the first removed from the keyboard in the room's list.
    cases->savedSearches()->setNameAsker([](const QString &) { return u"Alle"_s; });
    cases->applyFilter({});
    cases->saveSearchAction()->trigger();
    CHECK(test::lines(navigation).mid(casesRow + 1, 3) ==
          QStringList{u"Gemte søgninger"_s, u"Århus, én ejer"_s, u"Alle"_s});
    QListWidget *roomList = cases->savedSearches()->list();
    roomList->setFocus();
    roomList->setCurrentRow(0);
    QTest::keyClick(roomList, Qt::Key_Delete);
    CHECK(test::lines(navigation).mid(casesRow + 1, 2) == QStringList{u"Gemte søgninger"_s, u"Alle"_s});
    cases->savedSearches()->remove(0);
    CHECK(navigation->count() == rooms);
    CHECK(saved->searchCount() == 0);
    window.showRoom(app::MainWindow::CasesRoom);
    CHECK(navigation->currentRow() == casesRow);
}

TEST_CASE("the navigation's saved searches are those of the open library",
          "[app][cases][navigation]")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    app::CasesView *cases = window.casesView();
    cases->savedSearches()->setNameAsker([](const QString &) { return u"Mine"_s; });
    cases->saveSearchAction()->trigger();
    REQUIRE(window.savedSearchNavigation()->searchCount() == 1);

    test::DemoLibraryFile other;
    REQUIRE(window.session()->open(other.path).ok());
    CHECK(window.savedSearchNavigation()->searchCount() == 0);
    REQUIRE(window.session()->open(demo.file.path).ok());
    CHECK(window.savedSearchNavigation()->searchCount() == 1);
}
