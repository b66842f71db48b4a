#include "apptestsupport.h"

#include "app/eventdetailview.h"
#include "app/eventlistmodel.h"
#include "app/eventsview.h"
#include "store/demolibrary.h"
#include "store/libraryfile.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace temaplan;
using app::EventListModel;

TEST_CASE("the event model lists the demo's events, one row per occurrence, by date")
{
    auto library = openMemoryLibrary();
    REQUIRE(library);
    REQUIRE(importDemo(**library));

    EventListModel model;
    REQUIRE(model.reload(library->get()));

    // Five dated meetings and the theme day in Vejle and in København.
    REQUIRE(model.rowCount() == 7);
    CHECK(model.eventCount() == 6);
    QStringList sortKeys;
    QStringList datedTitles;
    for (int row = 0; row < model.rowCount(); ++row) {
        sortKeys << model.index(row, EventListModel::DateColumn)
                        .data(EventListModel::SortRole)
                        .toString();
        if (model.summary(row).date.hasYear())
            datedTitles << model.index(row, EventListModel::DateColumn).data().toString();
    }
    QStringList sorted = sortKeys;
    sorted.sort();
    CHECK(sortKeys == sorted);
    CHECK(datedTitles == QStringList{u"27. februar 2018"_s, u"26. juni 2018"_s,
                                     u"30. oktober 2018"_s, u"10. marts 2025"_s});

    const int vejle = model.rowOf(model.summary(0).eventId, {});
    CHECK(vejle >= 0);
    CHECK(
        model.headerData(EventListModel::DateColumn, Qt::Horizontal, Qt::DisplayRole).toString() ==
        u"Dato"_s);
}

TEST_CASE("the event list in the window is sorted by date and filters as typed")
{
    test::DemoWindow demo;
    app::EventsView *view = demo.window.eventsView();
    QAbstractItemModel *shown = view->table()->model();
    REQUIRE(shown->rowCount() == 7);
    QString previous;
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QString key =
            shown->index(row, EventListModel::DateColumn).data(EventListModel::SortRole).toString();
        CHECK(previous <= key);
        previous = key;
    }

    view->filterField()->setText(u"gladsaxe"_s);
    REQUIRE(shown->rowCount() == 1);
    CHECK(shown->index(0, EventListModel::PlaceColumn).data().toString() == u"Gladsaxe"_s);
}

TEST_CASE("an event held in two places lets the user pick the occurrence")
{
    test::DemoWindow demo;
    const Id themeDay = test::eventIdByTitle(demo.window, u"Fælles om børns sundhed"_s);
    REQUIRE_FALSE(themeDay.isNull());
    demo.window.openEvent(themeDay);

    auto *chooser = demo.window.findChild<QComboBox *>(u"occurrences"_s);
    REQUIRE(chooser);
    REQUIRE(chooser->count() == 2);
    CHECK(chooser->isVisibleTo(&demo.window));
    QStringList places{chooser->itemText(0), chooser->itemText(1)};
    CHECK(places.filter(u"Vejle"_s).size() == 1);
    CHECK(places.filter(u"København"_s).size() == 1);

    app::EventDetailView *detail = demo.window.eventsView()->detail();
    const Id first = detail->occurrenceId();
    chooser->setCurrentIndex(1);
    Q_EMIT chooser->activated(1);
    CHECK(detail->occurrenceId() != first);
    CHECK(detail->occurrenceId() == chooser->itemData(1).value<Id>());
    const QModelIndex current = demo.window.eventsView()->table()->currentIndex();
    CHECK(current.data(EventListModel::OccurrenceIdRole).value<Id>() == detail->occurrenceId());
}
