#include "apptestsupport.h"
#include "failinglibrary.h"

#include "app/casedetailview.h"
#include "app/caselistmodel.h"
#include "app/casesavedsearches.h"
#include "app/casesearchcontroller.h"
#include "app/casesview.h"
#include "app/editor/searchline.h"
#include "app/emptyroom.h"
#include "app/eventdetailview.h"
#include "app/eventform.h"
#include "app/eventlistmodel.h"
#include "app/eventsview.h"
#include "app/idlistedit.h"
#include "app/libraryfileactions.h"
#include "app/librarysession.h"
#include "app/linklist.h"
#include "app/organisationform.h"
#include "app/organisationsview.h"
#include "app/peopleview.h"
#include "app/personform.h"
#include "app/recordcommand.h"
#include "app/recordlistmodel.h"
#include "app/recordroom.h"
#include "app/renamedialog.h"
#include "app/savedsearchnavigation.h"
#include "app/seriesform.h"
#include "app/seriesview.h"
#include "app/themegroupform.h"
#include "app/themegroupsview.h"
#include "store/libraryfile.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace temaplan;

namespace {

void choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

QStringList titles(app::RecordRoom *room)
{
    QStringList out;
    for (int row = 0; row < room->proxy()->rowCount(); ++row)
        out << room->proxy()->index(row, 0).data().toString();
    return out;
}

} // namespace

TEST_CASE(
    "a person is made, edited field by field, and every step undone and redone in the library",
    "[app][rooms]")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    Library &library = *window.session()->library();
    QUndoStack *stack = window.session()->undoStack();
    window.showRoom(app::MainWindow::PeopleRoom);
    app::PeopleView *people = window.peopleView();
    const qsizetype before = library.people().all()->size();

    people->newAction()->trigger();
    REQUIRE(library.people().all()->size() == before + 1);
    const Id id = people->currentId();
    REQUIRE_FALSE(id.isNull());
    const auto stored = [&] {
        return *library.people().get(id);
    };
    CHECK(stored().name == u"Ny person"_s);
    CHECK(stack->count() == 1);

    QWidget *form = people->form();
    // Typing the name is one step, written with every key.
    auto *name = test::field<QLineEdit>(form, "nameEdit");
    REQUIRE(name->hasFocus());
    test::typeText(name, u"Bodil Ærø"_s);
    CHECK(stored().name == u"Bodil Ærø"_s);
    CHECK(stack->count() == 2);
    CHECK(window.undoAction()->text() == u"&Fortryd «Ret navn»"_s);
    QTest::keyClick(name, Qt::Key_Return);
    CHECK(people->table()->currentIndex().data().toString() == u"Bodil Ærø"_s);

    // Deleting the name letter by letter writes each shorter name, but not the empty
    // one (the library needs a name); the field left empty shows the saved name again.
    name->setFocus();
    name->end(false);
    for (int i = 0; i < 9; ++i)
        QTest::keyClick(name, Qt::Key_Backspace);
    CHECK(name->text().isEmpty());
    CHECK(name->toolTip().contains(u"tomt"_s));
    CHECK(stored().name == u"B"_s);
    CHECK(test::errorTexts(window).isEmpty());
    QTest::keyClick(name, Qt::Key_Return);
    CHECK(name->text() == u"B"_s);
    CHECK(stack->count() == 3);
    window.undoAction()->trigger();
    CHECK(stored().name == u"Bodil Ærø"_s);
    CHECK(name->text() == u"Bodil Ærø"_s);

    test::typeInto(test::field<QLineEdit>(form, "titleEdit"), u"projektleder"_s);
    test::typeInto(test::field<QLineEdit>(form, "emailEdit"), u"bodil@aeroe.dk"_s);
    const Id gladsaxe = test::organisationByName(library, u"Gladsaxe Kommune"_s);
    choose(test::field<QComboBox>(form, "organisationCombo"), QVariant::fromValue(gladsaxe));
    CHECK(stack->count() == 5);
    const Person edited = stored();
    CHECK(edited.title == u"projektleder"_s);
    CHECK(edited.email == u"bodil@aeroe.dk"_s);
    CHECK(edited.organisationId == gladsaxe);
    CHECK(people->table()->currentIndex().siblingAtColumn(1).data().toString() ==
          u"Gladsaxe Kommune"_s);

    // Each step back, as the library had it.
    window.undoAction()->trigger();
    CHECK(stored().organisationId.isNull());
    window.undoAction()->trigger();
    CHECK(stored().email.isEmpty());
    window.undoAction()->trigger();
    CHECK(stored().title.isEmpty());
    CHECK(test::field<QLineEdit>(form, "titleEdit")->text().isEmpty());
    window.undoAction()->trigger();
    CHECK(stored().name == u"Ny person"_s);
    window.undoAction()->trigger();
    CHECK_FALSE(library.people().get(id).ok());
    CHECK(library.people().all()->size() == before);

    // And forward again to the same record, with its id.
    for (int i = 0; i < 5; ++i)
        window.redoAction()->trigger();
    CHECK(stored() == edited);
    CHECK(people->currentId() == id);
    CHECK(test::errorTexts(window).isEmpty());
}

TEST_CASE("an organisation's letterhead is edited, with colour and logo, and undone",
          "[app][rooms]")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    Library &library = *window.session()->library();
    QUndoStack *stack = window.session()->undoStack();
    window.showRoom(app::MainWindow::OrganisationsRoom);
    app::OrganisationsView *room = window.organisationsView();
    const Id gladsaxe = test::organisationByName(library, u"Gladsaxe Kommune"_s);
    REQUIRE(room->selectRecord(gladsaxe));
    const Organisation original = *library.organisations().get(gladsaxe);
    const auto stored = [&] {
        return *library.organisations().get(gladsaxe);
    };
    QWidget *form = room->form();

    // Its people and cases are listed with it.
    CHECK(room->peopleLinks()->text(0) == u"Mette Dybkjær"_s);

    test::typeInto(test::field<QLineEdit>(form, "streetEdit"), u"Rådhus Allé 7"_s);
    test::typeInto(test::field<QLineEdit>(form, "postcodeEdit"), u"2860"_s);
    test::typeInto(test::field<QLineEdit>(form, "townEdit"), u"Søborg"_s);
    auto *tagline = test::field<QPlainTextEdit>(form, "taglineEdit");
    tagline->setFocus();
    test::typeText(tagline, u"Sammen om sundhed"_s);
    test::field<QLineEdit>(form, "nameEdit")->setFocus(); // leaving the tagline ends its step
    CHECK(stack->count() == 4);
    CHECK(stored().letterhead.street == u"Rådhus Allé 7"_s);
    CHECK(stored().letterhead.town == u"Søborg"_s);
    CHECK(stored().letterhead.tagline == u"Sammen om sundhed"_s);

    // A colour is taken only when it is one.
    auto *colour = test::field<QLineEdit>(form, "colourEdit");
    test::typeInto(colour, u"grøn"_s);
    CHECK(stack->count() == 4);
    CHECK(colour->toolTip().contains(u"ikke en farve"_s));
    test::typeInto(colour, u"#1A6E8E"_s);
    CHECK(stored().letterhead.colour == u"#1a6e8e"_s);

    // A logo from a file; a file that is not a picture is refused with the reason.
    const QString png = demo.file.dir.filePath(u"logo.png"_s);
    QImage logo(40, 20, QImage::Format_RGB32);
    logo.fill(Qt::darkCyan);
    REQUIRE(logo.save(png));
    const QString text = demo.file.dir.filePath(u"logo.txt"_s);
    QFile notAPicture(text);
    REQUIRE(notAPicture.open(QIODevice::WriteOnly));
    notAPicture.write("ikke et billede");
    notAPicture.close();
    auto *organisationForm = room->form();
    organisationForm->setLogoChooser([&] { return text; });
    organisationForm->chooseLogo();
    REQUIRE(test::errorTexts(window).size() == 1);
    CHECK(test::errorTexts(window).first().contains(u"ikke et billede"_s));
    test::closeErrors(window);
    CHECK(stored().letterhead.logo.isEmpty());
    organisationForm->setLogoChooser([&] { return png; });
    organisationForm->chooseLogo();
    CHECK(stored().letterhead.logoMimeType == u"image/png"_s);
    CHECK(QImage::fromData(stored().letterhead.logo).size() == QSize(40, 20));
    CHECK(stack->count() == 6);

    test::field<QPushButton>(form, "removeLogoButton")->click();
    CHECK(stored().letterhead.logo.isEmpty());
    window.undoAction()->trigger();
    CHECK_FALSE(stored().letterhead.logo.isEmpty());

    while (stack->canUndo())
        window.undoAction()->trigger();
    CHECK(stored() == original);
    CHECK(test::field<QLineEdit>(form, "streetEdit")->text() == original.letterhead.street);
}

TEST_CASE("a theme group renamed keeps its old name, undoably; a spelling fix does not",
          "[app][rooms]")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    Library &library = *window.session()->library();
    window.showRoom(app::MainWindow::ThemeGroupsRoom);
    app::ThemeGroupsView *room = window.themeGroupsView();
    REQUIRE(room->model()->rowCount() == 1);
    const Id id = room->currentId();
    const auto stored = [&] {
        return *library.themeGroups().get(id);
    };
    const ThemeGroup original = stored();
    REQUIRE(original.name == u"Strategisk Lokalsamfundsudvikling"_s);
    REQUIRE(original.formerNames.size() == 1);

    // The group lists its events, and one opens in the events room.
    app::LinkList *events = room->eventLinks();
    REQUIRE(events->linkCount() >= 1);
    const app::LinkTarget first = events->target(0);
    Q_EMIT events->itemActivated(events->topLevelItem(0), 0);
    CHECK(window.currentRoom() == app::MainWindow::EventsRoom);
    CHECK(window.eventsView()->detail()->eventId() == first.id);
    window.showRoom(app::MainWindow::ThemeGroupsRoom);

    // Omdøb… asks for the new name and until when the old one held.
    app::ThemeGroupForm *form = room->form();
    test::field<QPushButton>(form, "renameButton")->click();
    auto *dialog = form->findChild<app::RenameDialog *>(u"renameDialog"_s);
    REQUIRE(dialog);
    dialog->nameField()->setText(u"Lokalsamfund og Sundhed"_s);
    dialog->untilField()->setDate(QDate(2025, 6, 30));
    dialog->accept();
    ThemeGroup renamed = stored();
    CHECK(renamed.name == u"Lokalsamfund og Sundhed"_s);
    REQUIRE(renamed.formerNames.size() == 2);
    CHECK(renamed.formerNames.last().name == u"Strategisk Lokalsamfundsudvikling"_s);
    CHECK(renamed.formerNames.last().until == CalendarDate::fromIso(u"2025-06-30"_s));
    CHECK(window.undoAction()->text() ==
          u"&Fortryd «Omdøb «Strategisk Lokalsamfundsudvikling» til «Lokalsamfund og Sundhed»»"_s);
    // The list finds it by the old name too, folded: "strategisk" and "lokalsamfund".
    room->filterField()->setText(u"strategisk"_s);
    CHECK(titles(room) == QStringList{u"Lokalsamfund og Sundhed"_s});
    room->filterField()->clear();

    // The events show the new name once the room is seen again.
    window.showRoom(app::MainWindow::EventsRoom);
    const app::EventListModel *eventList = window.eventsView()->model();
    bool shown = false;
    for (int row = 0; row < eventList->rowCount(); ++row)
        shown = shown || eventList->summary(row).themeGroup == u"Lokalsamfund og Sundhed"_s;
    CHECK(shown);
    // And the event form offers it by its new name.
    window.openEvent(first.id, first.occurrenceId);
    auto *groups =
        window.eventsView()->detail()->eventForm()->findChild<QComboBox *>(u"themeGroupCombo"_s);
    REQUIRE(groups);
    CHECK(groups->currentText() == u"Lokalsamfund og Sundhed"_s);

    // Undo brings the group's room into view with the old name and history.
    window.undoAction()->trigger();
    CHECK(window.currentRoom() == app::MainWindow::ThemeGroupsRoom);
    CHECK(stored() == original);
    window.redoAction()->trigger();
    CHECK(stored() == renamed);

    // The name field corrects the spelling without history.
    test::typeInto(test::field<QLineEdit>(form, "nameEdit"), u"Lokalsamfund og sundhed"_s);
    CHECK(stored().name == u"Lokalsamfund og sundhed"_s);
    CHECK(stored().formerNames == renamed.formerNames);

    // A former name entered by mistake is removed, undoably.
    form->removeFormerName(1);
    CHECK(stored().formerNames.size() == 1);
    window.undoAction()->trigger();
    CHECK(stored().formerNames == renamed.formerNames);

    // Contacts are searched for as one types: part of a name, and the match taken from
    // the list with the keys is added; Delete in the list removes the chosen one.
    app::IdListEdit *contacts = form->contactsEdit();
    const Id otto = test::personByName(library, u"Otto Ohrt"_s);
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    SearchLine *line = contacts->chooser();
    line->setFocus();
    test::typeText(line, u"ohrt"_s);
    QAbstractItemView *popup = line->matches()->popup();
    REQUIRE(test::waitUntil([&] { return popup->isVisible(); }));
    CHECK(line->matches()->completionModel()->index(0, 0).data().toString().startsWith(
        u"Otto Ohrt"_s));
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    CHECK(stored().contactIds.last() == otto);
    CHECK(window.undoAction()->text() == u"&Fortryd «Ret kontaktpersoner»"_s);
    CHECK(contacts->list()->item(contacts->list()->count() - 1)->text() == u"Otto Ohrt"_s);
    CHECK(line->text().isEmpty());
    // Already listed: not added again, by the list or by the button.
    test::typeText(line, u"Otto Ohrt"_s);
    CHECK(line->chosenId() == otto);
    CHECK_FALSE(contacts->addButton()->isEnabled());
    REQUIRE(test::waitUntil([&] { return popup->isVisible(); }));
    QTest::keyClick(popup, Qt::Key_Return);
    CHECK(stored().contactIds.count(otto) == 1);
    popup->hide();
    contacts->list()->setFocus();
    contacts->list()->setCurrentRow(contacts->list()->count() - 1);
    QTest::keyClick(contacts->list(), Qt::Key_Delete);
    CHECK(stored().contactIds == renamed.contactIds);
    window.undoAction()->trigger();
    CHECK(stored().contactIds.last() == otto);
    window.undoAction()->trigger();
    CHECK(stored().contactIds == original.contactIds);
    CHECK(test::errorTexts(window).isEmpty());
}

TEST_CASE("a series is made with its title, description and organisers, and undone", "[app][rooms]")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    Library &library = *window.session()->library();
    window.showRoom(app::MainWindow::SeriesRoom);
    app::SeriesView *room = window.seriesView();
    REQUIRE(room->model()->rowCount() == 1);
    CHECK(room->eventLinks()->linkCount() >= 1);

    room->newAction()->trigger();
    const Id id = room->currentId();
    const auto stored = [&] {
        return *library.series().get(id);
    };
    QWidget *form = room->form();
    auto *title = test::field<QLineEdit>(form, "titleEdit");
    CHECK(title->hasFocus());
    test::typeText(title, u"Temadage 2027"_s);
    QTest::keyClick(title, Qt::Key_Return);
    auto *description = test::field<QPlainTextEdit>(form, "descriptionEdit");
    description->setFocus();
    test::typeText(description, u"To dage om lokalsamfund\n- Vejle\n- Aalborg"_s);
    title->setFocus();
    CHECK(stored().title == u"Temadage 2027"_s);
    REQUIRE(stored().description.size() == 3);
    CHECK(stored().description.at(1).kind == TextBlock::Kind::Bullet);
    CHECK(stored().description.at(2).text == u"Aalborg"_s);

    // An organiser's whole name typed is that organisation, the match on top of the list;
    // Enter takes it.
    app::IdListEdit *organisers = room->form()->organisersEdit();
    const Id kl = test::organisationByName(library, u"KL"_s);
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    organisers->chooser()->setFocus();
    test::typeText(organisers->chooser(), u"kl"_s);
    CHECK(organisers->chooser()->chosenId() == kl);
    QAbstractItemView *matches = organisers->chooser()->matches()->popup();
    REQUIRE(test::waitUntil([&] { return matches->isVisible(); }));
    QTest::keyClick(matches, Qt::Key_Return);
    CHECK(stored().organiserIds == QList<Id>{kl});
    CHECK(organisers->list()->item(0)->text() == u"KL"_s);
    organisers->list()->setCurrentRow(0);
    organisers->removeButton()->click();
    CHECK(stored().organiserIds.isEmpty());

    QUndoStack *stack = window.session()->undoStack();
    CHECK(stack->count() == 5);
    // Facilitators are people, searched for in the library.
    app::IdListEdit *facilitators = room->form()->facilitatorsEdit();
    facilitators->chooser()->setFocus();
    test::typeText(facilitators->chooser(), u"Otto Ohrt"_s);
    facilitators->addButton()->click();
    const Id otto = test::personByName(library, u"Otto Ohrt"_s);
    CHECK(stored().facilitatorIds == QList<Id>{otto});
    CHECK(facilitators->list()->item(0)->text() == u"Otto Ohrt"_s);
    window.undoAction()->trigger();
    window.undoAction()->trigger();
    CHECK(stored().organiserIds == QList<Id>{kl});
    while (stack->canUndo())
        window.undoAction()->trigger();
    CHECK_FALSE(library.series().get(id).ok());
    while (stack->canRedo())
        window.redoAction()->trigger();
    CHECK(stored().title == u"Temadage 2027"_s);
    CHECK(stored().organiserIds.isEmpty());
}

TEST_CASE("a record still referred to is not deleted, and the user is told by whom", "[app][rooms]")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    Library &library = *window.session()->library();
    QUndoStack *stack = window.session()->undoStack();
    window.showRoom(app::MainWindow::PeopleRoom);
    app::PeopleView *people = window.peopleView();
    const Id mette = test::personByName(library, u"Mette Dybkjær"_s);
    REQUIRE(people->selectRecord(mette));
    // Her slots are listed, and one opens its event.
    REQUIRE(people->slotLinks()->linkCount() >= 1);

    people->deleteAction()->trigger();
    const QStringList errors = test::errorTexts(window);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().startsWith(u"Kan ikke slette personen «Mette Dybkjær», fordi "_s));
    CHECK(errors.first().contains(u"henviser til personen"_s));
    CHECK(library.people().get(mette).ok());
    CHECK(stack->count() == 0);
    CHECK(people->currentId() == mette);
    test::closeErrors(window);

    SECTION("an organisation with people is kept too")
    {
        window.showRoom(app::MainWindow::OrganisationsRoom);
        app::OrganisationsView *organisations = window.organisationsView();
        const Id gladsaxe = test::organisationByName(library, u"Gladsaxe Kommune"_s);
        REQUIRE(organisations->selectRecord(gladsaxe));
        organisations->deleteAction()->trigger();
        REQUIRE(test::errorTexts(window).size() == 1);
        CHECK(test::errorTexts(window).first().contains(u"Gladsaxe Kommune"_s));
        CHECK(library.organisations().get(gladsaxe).ok());
        test::closeErrors(window);
    }

    SECTION("a record no one refers to is deleted and comes back whole")
    {
        Person before;
        before.id = newId();
        before.name = u"Åse Øster"_s;
        before.title = u"konsulent"_s;
        before.organisationId = test::organisationByName(library, u"Faxe Kommune"_s);
        before.email = u"aase@faxe.dk"_s;
        REQUIRE(library.people().save(before));
        window.session()->notifyContentsChanged();
        const Id aase = before.id;
        REQUIRE(people->selectRecord(aase));
        const int row = people->table()->currentIndex().row();
        people->deleteAction()->trigger();
        CHECK(test::errorTexts(window).isEmpty());
        CHECK_FALSE(library.people().get(aase).ok());
        // Å sorts last; the row where she was, or the last, is shown now.
        CHECK(row == people->proxy()->rowCount());
        CHECK(people->table()->currentIndex().row() == row - 1);
        CHECK_FALSE(people->currentId().isNull());
        window.undoAction()->trigger();
        CHECK(*library.people().get(aase) == before);
        CHECK(people->currentId() == aase);
    }
}

TEST_CASE("the filter narrows each list as typed, with Danish folding", "[app][rooms]")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    window.showRoom(app::MainWindow::OrganisationsRoom);
    app::OrganisationsView *room = window.organisationsView();
    const int all = room->proxy()->rowCount();
    REQUIRE(all == 52);

    const QStringList aarhus{u"Aarhus Kommune"_s, u"Århus Omegn"_s};
    room->filterField()->setText(u"Århus"_s);
    CHECK(titles(room) == aarhus);
    room->filterField()->setText(u"aarhus"_s);
    CHECK(titles(room) == aarhus);
    room->filterField()->setText(u"AARHUS kom"_s);
    CHECK(titles(room) == QStringList{u"Aarhus Kommune"_s});
    // The shown record follows the filter.
    CHECK(room->currentId() ==
          test::organisationByName(*window.session()->library(), u"Aarhus Kommune"_s));
    room->filterField()->setText(u"ingen sådan"_s);
    CHECK(room->proxy()->rowCount() == 0);
    CHECK(room->currentId().isNull());
    room->filterField()->clear();
    CHECK(room->proxy()->rowCount() == all);

    // People are found by their organisation and their mail as well.
    window.showRoom(app::MainWindow::PeopleRoom);
    app::PeopleView *people = window.peopleView();
    people->filterField()->setText(u"århus"_s);
    CHECK(titles(people) == QStringList{u"Otto Ohrt"_s});
    people->filterField()->setText(u"bl.dk"_s);
    CHECK(titles(people) == QStringList{u"Line Novél"_s, u"Rikke Lønne"_s});
}

TEST_CASE("the rooms are in the navigation and the Vis menu", "[app][rooms]")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    const std::pair<QKeyCombination, app::MainWindow::Room> keys[] = {
        {Qt::CTRL | Qt::Key_3, app::MainWindow::PeopleRoom},
        {Qt::CTRL | Qt::Key_4, app::MainWindow::OrganisationsRoom},
        {Qt::CTRL | Qt::Key_5, app::MainWindow::ThemeGroupsRoom},
        {Qt::CTRL | Qt::Key_6, app::MainWindow::SeriesRoom},
        {Qt::CTRL | Qt::Key_1, app::MainWindow::EventsRoom}};
    for (const auto &[key, room] : keys) {
        QTest::keySequence(&window, QKeySequence(key));
        CHECK(window.currentRoom() == room);
    }
    auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
    REQUIRE(navigation);
    CHECK(navigation->item(app::MainWindow::ThemeGroupsRoom)->text() == u"Temagrupper"_s);
    navigation->setCurrentRow(app::MainWindow::SeriesRoom);
    CHECK(window.currentRoom() == app::MainWindow::SeriesRoom);
}

TEST_CASE("the record rooms are built when first shown, by shortcut or navigation, and work",
          "[app][rooms]")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    // The window's first picture shows the events; no record room is built for it.
    for (const auto room : {app::MainWindow::PeopleRoom, app::MainWindow::OrganisationsRoom,
                            app::MainWindow::ThemeGroupsRoom, app::MainWindow::SeriesRoom})
        CHECK(window.builtRecordRoom(room) == nullptr);

    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_4));
    app::RecordRoom *organisations = window.builtRecordRoom(app::MainWindow::OrganisationsRoom);
    REQUIRE(organisations);
    CHECK(organisations->isVisible());
    CHECK(organisations->model()->rowCount() ==
          window.session()->library()->organisations().all()->size());
    CHECK_FALSE(organisations->currentId().isNull());
    CHECK(organisations->newAction()->isEnabled());
    CHECK(window.builtRecordRoom(app::MainWindow::PeopleRoom) == nullptr);

    window.navigation()->setCurrentRow(
        window.savedSearchNavigation()->rowOfRoom(app::MainWindow::SeriesRoom));
    app::RecordRoom *series = window.builtRecordRoom(app::MainWindow::SeriesRoom);
    REQUIRE(series);
    CHECK(window.currentRoom() == app::MainWindow::SeriesRoom);
    CHECK(series->isVisible());
    CHECK(series->model()->rowCount() == 1);

    // A link from a built room opens another, building it on the way.
    const Id person = window.session()->library()->people().all()->first().id;
    window.openRecord({RecordKind::Person, person, {}});
    app::RecordRoom *people = window.builtRecordRoom(app::MainWindow::PeopleRoom);
    REQUIRE(people);
    CHECK(window.currentRoom() == app::MainWindow::PeopleRoom);
    CHECK(people->currentId() == person);

    // Built once: shown again, the same room.
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_4));
    CHECK(window.builtRecordRoom(app::MainWindow::OrganisationsRoom) == organisations);
    CHECK(window.organisationsView() == organisations);
}

TEST_CASE("the case room is built when first reached, by every way in, and works", "[app][rooms]")
{
    // The way into the room, each in a window of its own; every way reaches a room that
    // was not built for the window's first picture.
    enum Way
    {
        Shortcut,
        Navigation,
        FindShortcut,
        SavedSearch,
        EventLink,
        RecordLink
    };
    for (const Way way : {Shortcut, Navigation, FindShortcut, SavedSearch, EventLink, RecordLink}) {
        CAPTURE(way);
        test::DemoWindow demo;
        app::MainWindow &window = demo.window;
        Library &library = *window.session()->library();
        const int caseCount = *library.countCases({});
        REQUIRE(caseCount > 1);
        if (way == SavedSearch) {
            // A saved search, read with the library: listed under Cases before the room is.
            CaseFilter found;
            found.text = u"Mistrivsel"_s;
            const QString other = demo.file.dir.filePath(u"gemt.temaplan"_s);
            REQUIRE(QFile::copy(demo.file.path, other));
            app::storeSavedSearches(other, {{u"Mistrivsel"_s, found}});
            REQUIRE(window.fileActions()->openFile(other));
            REQUIRE(window.savedSearchNavigation()->searchCount() == 1);
        }
        CHECK(window.builtCasesView() == nullptr);
        CHECK(window.emptyCasesRoom() != nullptr);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        CHECK(window.builtCasesView() == nullptr);

        Id expectedCase;
        switch (way) {
        case Shortcut:
            QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_2));
            break;
        case Navigation:
            window.navigation()->setCurrentRow(
                window.savedSearchNavigation()->rowOfRoom(app::MainWindow::CasesRoom));
            break;
        case FindShortcut:
            QTest::keySequence(&window, QKeySequence::Find);
            break;
        case SavedSearch:
            window.navigation()->setCurrentRow(window.savedSearchNavigation()->rowOfSearch(0));
            break;
        case EventLink: {
            // The event's "Cases" tab: a case activated there opens in the case room.
            auto *eventCases = window.eventsView()->findChild<QListWidget *>(u"eventCases"_s);
            REQUIRE(eventCases);
            REQUIRE(eventCases->count() > 0);
            QListWidgetItem *item = eventCases->item(eventCases->count() - 1);
            expectedCase = item->data(Qt::UserRole).value<Id>();
            Q_EMIT eventCases->itemActivated(item);
            break;
        }
        case RecordLink:
            expectedCase = test::caseIdByTitle(window, u"Mistrivsel er et vildt problem"_s);
            REQUIRE_FALSE(expectedCase.isNull());
            window.openRecord({RecordKind::Case, expectedCase, {}});
            break;
        }

        app::CasesView *cases = window.builtCasesView();
        REQUIRE(cases);
        CHECK(window.casesView() == cases);
        CHECK(window.currentRoom() == app::MainWindow::CasesRoom);
        CHECK(cases->isVisible());
        CHECK_FALSE(window.emptyCasesRoom()->isVisible());
        if (way == FindShortcut)
            CHECK(cases->searchField()->hasFocus());
        if (way == SavedSearch) {
            CHECK(cases->searchField()->text() == u"Mistrivsel"_s);
            CHECK(test::waitUntil([&] { return cases->model()->rowCount() == 1; }));
            // The saved search's own line, now in the room's layout, is shown there.
            CHECK(cases->savedSearches()->isVisible());
        } else if (!expectedCase.isNull()) {
            CHECK(cases->detail()->caseId() == expectedCase);
        } else {
            // The list is read when first seen: every case, and one to show.
            CHECK(test::waitUntil([&] { return cases->model()->rowCount() == caseCount; }));
        }
        // The room works: a search typed narrows the list.
        cases->searchField()->setText(u"Mistrivsel er et vildt"_s);
        cases->controller()->refresh();
        CHECK(test::waitUntil([&] { return cases->model()->rowCount() == 1; }));
        CHECK(test::errorTexts(window).isEmpty());

        // Built once: shown again, the same room, and no other built on the way.
        window.showRoom(app::MainWindow::EventsRoom);
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_2));
        CHECK(window.builtCasesView() == cases);
        CHECK(window.findChildren<app::CasesView *>().size() == 1);
    }
}

TEST_CASE("a library opened read-only shows the records but lets nothing be changed",
          "[app][rooms]")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    test::DemoLibraryFile archive;
    REQUIRE(window.fileActions()->openFile(archive.path, OpenMode::ReadOnly));
    const QList<std::pair<app::MainWindow::Room, app::RecordRoom *>> rooms{
        {app::MainWindow::PeopleRoom, window.peopleView()},
        {app::MainWindow::OrganisationsRoom, window.organisationsView()},
        {app::MainWindow::ThemeGroupsRoom, window.themeGroupsView()},
        {app::MainWindow::SeriesRoom, window.seriesView()}};
    for (const auto &[shown, room] : rooms) {
        window.showRoom(shown);
        CHECK(room->model()->rowCount() > 0);
        CHECK_FALSE(room->currentId().isNull());
        CHECK_FALSE(room->newAction()->isEnabled());
        CHECK_FALSE(room->deleteAction()->isEnabled());
        const QList<QLineEdit *> fields = room->findChildren<QLineEdit *>();
        for (QLineEdit *edit : fields)
            if (edit != room->filterField())
                CHECK_FALSE(edit->isEnabled());
        // The filter still works.
        CHECK(room->filterField()->isEnabled());
    }
    CHECK_FALSE(window.themeGroupsView()->findChild<QPushButton *>(u"renameButton"_s)->isEnabled());

    // Writable again: editing comes back.
    REQUIRE(window.fileActions()->openFile(demo.file.path));
    window.showRoom(app::MainWindow::PeopleRoom);
    CHECK(window.peopleView()->newAction()->isEnabled());
    CHECK(window.peopleView()->form()->findChild<QLineEdit *>(u"nameEdit"_s)->isEnabled());
}

TEST_CASE("a person's page lists the cases they are the contact of, and follows a change",
          "[app][rooms]")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    Library &library = *window.session()->library();
    window.showRoom(app::MainWindow::PeopleRoom);
    app::PeopleView *people = window.peopleView();
    const Id otto = test::personByName(library, u"Otto Ohrt"_s);
    REQUIRE(people->selectRecord(otto));

    app::LinkList *cases = people->contactCaseLinks();
    const auto shown = [&] {
        QStringList lines;
        for (int row = 0; row < cases->linkCount(); ++row)
            lines << QStringList{cases->text(row, 0), cases->text(row, 1), cases->text(row, 2)}
                         .join(u" | "_s);
        return lines;
    };
    REQUIRE(cases->linkCount() == 2);
    CHECK(cases->text(0, 0) ==
          u"Fremskudte sundheds- og trivselsindsatser i almene boligområder"_s);
    CHECK(cases->text(1, 0) == u"Lokale sundhedstilbud"_s);
    const QStringList before = shown();

    // Anne Hune Gjerrild's case has an owner and years.
    REQUIRE(people->selectRecord(test::personByName(library, u"Anne Hune Gjerrild"_s)));
    REQUIRE(cases->linkCount() == 1);
    CHECK(cases->text(0, 0).startsWith(u"Steno Tværs"_s));
    CHECK_FALSE(cases->text(0, 1).isEmpty());
    CHECK(cases->text(0, 2) == u"2025–2028"_s);
    // A person who is nobody's contact says so.
    REQUIRE(people->selectRecord(test::personByName(library, u"Mia Butler"_s)));
    CHECK(cases->linkCount() == 0);
    CHECK(cases->text(0) == u"Ikke kontaktperson for nogen case"_s);

    // A line opens the case in the case room.
    REQUIRE(people->selectRecord(otto));
    const app::LinkTarget first = cases->target(0);
    CHECK(first.kind == RecordKind::Case);
    Q_EMIT cases->itemActivated(cases->topLevelItem(0), 0);
    CHECK(window.currentRoom() == app::MainWindow::CasesRoom);
    CHECK(window.casesView()->detail()->caseId() == first.id);

    // Another case gets Otto as its contact: his page has it when seen, and loses it
    // again when that is undone.
    const Id mistrivsel = test::caseIdByTitle(window, u"Mistrivsel er et vildt problem"_s);
    Case changed = *library.cases().get(mistrivsel);
    const Case original = changed;
    changed.contactId = otto;
    window.showRoom(app::MainWindow::PeopleRoom);
    REQUIRE(window.session()->push(
        new app::RecordChange<Case>(window.session(), original, changed, u"Ret kontakt"_s)));
    window.showRoom(app::MainWindow::PeopleRoom);
    REQUIRE(people->currentId() == otto);
    CHECK(cases->linkCount() == 3);
    CHECK(cases->text(2, 0) == u"Mistrivsel er et vildt problem"_s);
    window.undoAction()->trigger();
    window.showRoom(app::MainWindow::PeopleRoom);
    CHECK(shown() == before);
    window.redoAction()->trigger();
    window.showRoom(app::MainWindow::PeopleRoom);
    CHECK(cases->linkCount() == 3);
    window.undoAction()->trigger();

    // Two cases merged: the kept one, without a contact of its own, takes Otto from the
    // other, and his page says so; the case room's Fortryd takes it back.
    const Id lokale = test::caseIdByTitle(window, u"Lokale sundhedstilbud"_s);
    window.showRoom(app::MainWindow::CasesRoom);
    REQUIRE(window.casesView()->mergeCases(mistrivsel, lokale));
    window.showRoom(app::MainWindow::PeopleRoom);
    REQUIRE(people->currentId() == otto);
    CHECK(shown() ==
          QStringList{before.first(), u"Mistrivsel er et vildt problem | Faxe Kommune | "_s});
    window.casesView()->undoStack()->undo();
    window.showRoom(app::MainWindow::PeopleRoom);
    CHECK(shown() == before);
    CHECK(test::errorTexts(window).isEmpty());
}

TEST_CASE("the contacts of theme groups and series are searched for; no room but the people's "
          "and the organisations' reads everyone",
          "[app][rooms]")
{
    test::DemoLibraryFile file;
    test::CountingWindow counted(file.path);
    test::FailingLibrary *library = counted.library;
    app::MainWindow &window = counted.window;

    window.showRoom(app::MainWindow::ThemeGroupsRoom);
    window.showRoom(app::MainWindow::SeriesRoom);
    app::IdListEdit *contacts = window.seriesView()->form()->contactsEdit();
    REQUIRE(window.seriesView()->form()->isEnabled());
    CHECK(library->everyoneRead == 0);
    // Nothing offered until something is typed; then only what the library finds.
    CHECK(contacts->chooser()->matches()->model()->rowCount() == 0);
    contacts->chooser()->setFocus();
    test::typeText(contacts->chooser(), u"mette"_s);
    CHECK(library->peopleSearched == 5);
    CHECK(contacts->chooser()->matches()->model()->rowCount() == 1);
    test::typeText(contacts->chooser(), u" dybkjær"_s);
    REQUIRE_FALSE(contacts->chooser()->chosenId().isNull());
    contacts->addButton()->click();
    REQUIRE(contacts->list()->count() >= 1);
    CHECK(contacts->list()->item(contacts->list()->count() - 1)->text() == u"Mette Dybkjær"_s);
    window.undoAction()->trigger();
    window.redoAction()->trigger();
    CHECK(contacts->list()->item(contacts->list()->count() - 1)->text() == u"Mette Dybkjær"_s);
    CHECK(library->everyoneRead == 0);

    // The people's room lists everyone, as it should.
    window.showRoom(app::MainWindow::PeopleRoom);
    CHECK(library->everyoneRead > 0);
    CHECK(test::errorTexts(window).isEmpty());
}
