#include "apptestsupport.h"

#include "app/casedetailview.h"
#include "app/caseexport.h"
#include "app/casefacetpanel.h"
#include "app/caselistmodel.h"
#include "app/casesavedsearches.h"
#include "app/casesearchcontroller.h"
#include "app/casesview.h"
#include "app/libraryfileactions.h"
#include "app/librarysession.h"

#include "core/searchfolding.h"
#include "core/synthetic.h"
#include "store/libraryexchange.h"
#include "store/libraryfile.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace temaplan;
using app::CaseFacetPanel;
using app::CaseListModel;

namespace {

// Asks for the facets of the list shown and waits for them (counted on another thread).
void countFacets(app::CasesView *cases)
{
    QSignalSpy counted(cases->controller(), &app::CaseSearchController::facetsCounted);
    cases->controller()->countFacets();
    REQUIRE(test::waitUntil([&] { return !counted.isEmpty(); }));
}

} // namespace

TEST_CASE("a large library's case list grows page by page as it is scrolled", "[app][cases]")
{
    auto lib = openMemoryLibrary();
    REQUIRE(lib.ok());
    REQUIRE(importContents(**lib, generateSyntheticLibrary({5000, 50, 3})).ok());
    app::LibrarySession session;
    session.adopt(std::move(lib).value());

    CaseListModel model;
    model.setPageSizes(100, 250);
    QTableView view;
    view.setModel(&model);
    app::CaseSearchController controller(new QLineEdit(&view), &model, [&] { return session.library(); });
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    controller.refresh();
    // The first page only: the other 4 900 cases are not read yet.
    CHECK(model.rowCount() == 100);
    CHECK(model.canFetchMore({}));
    CHECK_FALSE(model.isComplete());

    model.fetchMore({});
    CHECK(model.rowCount() == 350);
    CHECK(inserted.size() == 2); // each page arrives as inserted rows
    // Pages join without repeats.
    QSet<Id> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.row(r).caseId);
    CHECK(ids.size() == 350);

    // Scrolling to the end of what is there makes the view ask for the next page.
    view.resize(600, 400);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.scrollToBottom();
    REQUIRE(test::waitUntil([&] { return model.rowCount() == 600; }));
    CHECK(model.rowCount() < 5000);

    // Reading on to the end, the model learns it is complete from a short page.
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 5000);
    CHECK(model.isComplete());
}

TEST_CASE("ticking a facet narrows the case list, and the counts follow", "[app][cases]")
{
    test::DemoWindow demo;
    app::CasesView *cases = demo.window.casesView();
    demo.window.showRoom(app::MainWindow::CasesRoom);
    CaseListModel *model = cases->model();
    REQUIRE(model->rowCount() == 10);
    countFacets(cases);
    QTreeWidget *tree = cases->facets()->tree();
    REQUIRE(tree->topLevelItemCount() == CaseFacetPanel::FacetCount);
    CHECK(tree->topLevelItem(CaseFacetPanel::OwnerFacet)->text(0) == u"Ejer"_s);

    // The owner with most cases, ticked from the keyboard.
    QTreeWidgetItem *owner = tree->topLevelItem(CaseFacetPanel::OwnerFacet)->child(0);
    REQUIRE(owner);
    const int count = owner->text(CaseFacetPanel::CountColumn).toInt();
    const QString ownerName = owner->text(0);
    REQUIRE(count >= 1);
    tree->setFocus();
    tree->setCurrentItem(owner);
    QTest::keyClick(tree, Qt::Key_Space);
    CHECK(model->rowCount() == count);
    for (int r = 0; r < model->rowCount(); ++r)
        CHECK(model->row(r).owner == ownerName);
    countFacets(cases);
    owner = cases->facets()->item(CaseFacetPanel::OwnerFacet, cases->controller()->filter().ownerIds.value(0));
    REQUIRE(owner);
    CHECK(owner->checkState(0) == Qt::Checked);
    // The theme counts are now of this owner's cases only.
    int themed = 0;
    QTreeWidgetItem *themes = tree->topLevelItem(CaseFacetPanel::ThemeFacet);
    for (int i = 0; i < themes->childCount(); ++i)
        themed = std::max(themed, themes->child(i)->text(CaseFacetPanel::CountColumn).toInt());
    CHECK(themed <= count);
    CHECK(cases->findChild<QLabel *>(u"caseResultLine"_s)->text().contains(u"filtrene"_s));

    // A click on the line takes it off again.
    const QRect rect = tree->visualItemRect(owner);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    CHECK(model->rowCount() == 10);
    CHECK_FALSE(cases->controller()->filter().hasFacets());
}

TEST_CASE("the typed words are marked in the hit titles", "[app][cases]")
{
    test::DemoWindow demo;
    app::CasesView *cases = demo.window.casesView();
    demo.window.showRoom(app::MainWindow::CasesRoom);
    // The last word of a title, typed folded: "Åbne" is typed "aabne".
    const QString word = cases->model()->row(0).title.section(u' ', -1);
    const QString typed = foldForSearch(word);
    cases->searchField()->setText(typed);
    cases->controller()->refresh();
    REQUIRE(cases->model()->rowCount() >= 1);
    CHECK(cases->model()->index(0, CaseListModel::TitleColumn).data(CaseListModel::HighlightRole).toString()
          == typed);
    cases->table()->clearSelection();
    cases->table()->setCurrentIndex({});
    const QImage shot = cases->table()->viewport()->grab().toImage();
    // The mark's soft yellow is painted somewhere in the list.
    bool marked = false;
    for (int y = 0; y < shot.height() && !marked; ++y)
        for (int x = 0; x < shot.width() && !marked; ++x)
            marked = shot.pixelColor(x, y) == QColor(0xff, 0xe8, 0x8c);
    CHECK(marked);
}

TEST_CASE("two cases merged in the window, and undone", "[app][cases]")
{
    test::DemoWindow demo;
    app::CasesView *cases = demo.window.casesView();
    Library *library = demo.window.session()->library();
    const Id social = test::caseIdByTitle(demo.window, u"Social balance"_s);
    REQUIRE_FALSE(social.isNull());
    Case twin = *library->cases().get(social);
    twin.id = newId();
    REQUIRE(library->cases().save(twin).ok());
    Event event = *library->events().get(library->presentedAt(social)->first().eventId);
    event.occurrences[0].agenda.last().caseIds.append(twin.id);
    REQUIRE(library->events().save(event).ok());
    demo.window.session()->notifyContentsChanged();
    const LibraryContents before = *library->contents();
    const qsizetype presentedBefore = library->presentedAt(social)->size() + library->presentedAt(twin.id)->size();

    // The look-alike is offered as a duplicate.
    Q_EMIT cases->duplicatesMenu()->aboutToShow();
    REQUIRE(cases->duplicatesMenu()->actions().size() == 1);
    CHECK(cases->duplicatesMenu()->actions().first()->text().contains(u"Social balance"_s));

    // Two rows chosen; the one shown is kept.
    demo.window.openCase(social);
    const int twinRow = cases->model()->rowOf(twin.id);
    REQUIRE(twinRow >= 0);
    cases->table()->selectionModel()->select(cases->model()->index(twinRow, 0),
                                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
    REQUIRE(cases->mergeSelectedAction()->isEnabled());
    cases->mergeSelectedAction()->trigger();
    CHECK_FALSE(library->cases().get(twin.id).ok());
    CHECK(library->presentedAt(social)->size() == presentedBefore);
    CHECK(cases->model()->rowCount() == 10);
    CHECK(cases->detail()->caseId() == social);
    CHECK(cases->undoStack()->canUndo());

    cases->undoStack()->undo();
    const LibraryContents after = *library->contents();
    CHECK(after.cases == before.cases);
    CHECK(after.events == before.events);
    CHECK(cases->model()->rowCount() == 11);
    cases->undoStack()->redo();
    CHECK(cases->model()->rowCount() == 10);
    CHECK(test::errorTexts(demo.window).isEmpty());

    // Another library opened: this one's history cannot be undone there.
    test::DemoLibraryFile other;
    REQUIRE(demo.window.fileActions()->openFile(other.path));
    CHECK_FALSE(cases->undoStack()->canUndo());
}

TEST_CASE("the list as shown is exported as CSV with Danish headers and letters", "[app][cases]")
{
    test::DemoWindow demo;
    app::CasesView *cases = demo.window.casesView();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cases.csv"_s);
    cases->setFileChooser([&](const QString &suggested, const QString &) {
        CHECK(suggested.endsWith(u".csv"_s));
        return path;
    });
    cases->searchField()->setText(u"Århus"_s);
    cases->controller()->refresh();
    const int shown = cases->model()->rowCount();
    REQUIRE(shown >= 1);
    cases->exportCsvAction()->trigger();

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    REQUIRE(lines.size() == shown + 1);
    CHECK(lines.first() == u"Titel;Ejer;Temaer;Periode;Præsenteret ved"_s);
    for (const QString &line : lines.mid(1))
        CHECK(line.contains(u"Aarhus Kommune"_s));

    // Every column, and quoting where a field holds the separator.
    auto opened = openMemoryLibrary();
    REQUIRE(opened.ok());
    Library &lib = **opened;
    Organisation owner{newId(), u"Ærø Kommune"_s, {}, OrganisationKind::Municipality, {}};
    REQUIRE(lib.organisations().save(owner).ok());
    Case c;
    c.id = newId();
    c.title = u"Sundhed; på \"Ærø\""_s;
    c.ownerId = owner.id;
    c.themes = {u"bæredygtighed"_s, u"ø-samfund"_s};
    c.startYear = 2019;
    c.endYear = 2022;
    REQUIRE(lib.cases().save(c).ok());
    Event e;
    e.id = newId();
    e.title = u"Temadag om øer"_s;
    Occurrence o;
    o.id = newId();
    o.date = CalendarDate{2023, 5, 11};
    o.agenda = {AgendaSlot{newId(), QTime(10, 0), {}, SlotKind::Session, u"Oplæg"_s, {}, {}, {c.id}, false}};
    e.occurrences = {o};
    REQUIRE(lib.events().save(e).ok());
    const auto csv = app::caseListCsv(lib, {});
    REQUIRE(csv.ok());
    CHECK(QString::fromUtf8(csv->mid(3)).split(u"\r\n"_s).value(1)
          == u"\"Sundhed; på \"\"Ærø\"\"\";Ærø Kommune;bæredygtighed, ø-samfund;2019–2022;"
             "11. maj 2023: Temadag om øer"_s);
}

TEST_CASE("the list as shown is exported as a PDF", "[app][cases]")
{
    test::DemoWindow demo;
    app::CasesView *cases = demo.window.casesView();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cases.pdf"_s);
    cases->setFileChooser([&](const QString &, const QString &) { return path; });
    cases->exportPdfAction()->trigger();
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().startsWith("%PDF"));
    CHECK(test::errorTexts(demo.window).isEmpty());
}

TEST_CASE("a saved search comes back with its filters, for its library only, counted anew", "[app][cases]")
{
    test::DemoWindow demo;
    app::CasesView *cases = demo.window.casesView();
    app::CaseSavedSearches *saved = cases->savedSearches();
    REQUIRE(saved->searches().isEmpty());

    cases->searchField()->setText(u"Århus"_s);
    cases->controller()->refresh();
    countFacets(cases);
    const QString owner = cases->facets()->tree()->topLevelItem(CaseFacetPanel::OwnerFacet)->child(0)
                              ->data(0, Qt::UserRole).toString();
    CaseFilter chosen;
    chosen.ownerIds = {owner};
    cases->facets()->setChosen(chosen);
    cases->controller()->setChosen(chosen);
    const int found = cases->model()->rowCount();
    REQUIRE(found >= 1);

    saved->setNameAsker([](const QString &suggested) {
        CHECK(suggested == u"Århus"_s);
        return u"Aarhus-cases"_s;
    });
    cases->saveSearchAction()->trigger();
    REQUIRE(saved->searches().size() == 1);
    // Counted on the saved searches' own thread: the name first, the count when it comes.
    REQUIRE(test::waitUntil([&] { return saved->list()->item(0)->text() == u"Aarhus-cases (%1)"_s.arg(found); }));

    // Back to everything, then the saved search again.
    cases->applyFilter({});
    REQUIRE(cases->model()->rowCount() == 10);
    Q_EMIT saved->list()->itemActivated(saved->list()->item(0));
    CHECK(cases->searchField()->text() == u"Århus"_s);
    CHECK(cases->controller()->filter().ownerIds == QStringList{owner});
    CHECK(cases->model()->rowCount() == found);

    // Kept in the settings for this library file: another window on it finds it.
    CHECK(app::loadSavedSearches(demo.file.path).size() == 1);
    CHECK(app::loadSavedSearches(demo.file.path + u".other"_s).isEmpty());

    // The count follows the library: one of the cases removed, the line says one less.
    Library *library = demo.window.session()->library();
    const Id gone = cases->model()->row(0).caseId;
    test::removeCase(*library, gone);
    demo.window.session()->notifyContentsChanged();
    CHECK(test::waitUntil([&] { return saved->list()->item(0)->text() == u"Aarhus-cases (%1)"_s.arg(found - 1); }));

    saved->remove(0);
    CHECK(app::loadSavedSearches(demo.file.path).isEmpty());
}
