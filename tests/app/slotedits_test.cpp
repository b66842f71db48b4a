#include "apptestsupport.h"
#include "failinglibrary.h"

#include "app/editor/agendaeditor.h"
#include "app/editor/agendamodel.h"
#include "app/editor/slotform.h"
#include "app/eventdetailview.h"
#include "app/eventsview.h"
#include "app/caselistmodel.h"
#include "app/casesview.h"
#include "app/librarysession.h"
#include "app/programmeeditor.h"
#include "core/agendarules.h"
#include "store/libraryfile.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <map>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace temaplan;

namespace {

const QString meeting = u"Temagruppemøde om lokalsamfund"_s;

AgendaEditor *agendaEditor(app::MainWindow &window)
{
    return window.eventsView()->detail()->programmeEditor()->agendaEditor();
}

Agenda shownAgenda(app::MainWindow &window)
{
    auto *detail = window.eventsView()->detail();
    auto event = window.session()->library()->events().get(detail->eventId());
    REQUIRE(event);
    for (const Occurrence &o : event->occurrences)
        if (o.id == detail->occurrenceId())
            return o.agenda;
    FAIL("the shown occurrence is not in the library");
    return {};
}

// What an undo of a step made on the spot must give back: every event, person and case.
struct Contents
{
    std::map<QString, Event> events;
    std::map<QString, Person> people;
    std::map<QString, Case> cases;
    friend bool operator==(const Contents &, const Contents &) = default;
};

Contents contents(Library &library)
{
    Contents c;
    const auto events = library.events().all();
    const auto people = library.people().all();
    const auto cases = library.cases().all();
    REQUIRE(events);
    REQUIRE(people);
    REQUIRE(cases);
    for (const Event &e : *events)
        c.events[idToString(e.id)] = e;
    for (const Person &p : *people)
        c.people[idToString(p.id)] = p;
    for (const Case &k : *cases)
        c.cases[idToString(k.id)] = k;
    return c;
}

void type(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

TEST_CASE("a slot dragged to another row is one step of the library's history")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    window.openEvent(test::eventIdByTitle(window, meeting));
    AgendaEditor *editor = agendaEditor(window);
    AgendaModel *model = editor->model();
    const Agenda before = shownAgenda(window);
    REQUIRE(before.size() >= 4);
    const int steps = window.session()->undoStack()->count();

    std::unique_ptr<QMimeData> data(model->mimeData({model->index(0, AgendaModel::TitleColumn)}));
    REQUIRE(model->dropMimeData(data.get(), Qt::MoveAction, 3, 0, {}));
    const Agenda moved = *agenda::moveSlotTo(before, 0, 2);
    CHECK(shownAgenda(window) == moved);
    CHECK(model->agenda() == moved);
    CHECK(window.session()->undoStack()->count() == steps + 1);
    CHECK(window.session()->undoStack()->undoText() == u"Flyt programpunkt"_s);
    CHECK(editor->currentRow() == 2);

    window.undoAction()->trigger();
    CHECK(shownAgenda(window) == before);
    CHECK(model->agenda() == before);
    window.redoAction()->trigger();
    CHECK(shownAgenda(window) == moved);
    CHECK(test::errorTexts(window).isEmpty());
}

TEST_CASE("a speaker typed who is not in the library is made on the spot, and undone with the slot")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    Library &library = *window.session()->library();
    window.openEvent(test::eventIdByTitle(window, meeting));
    AgendaEditor *editor = agendaEditor(window);
    editor->setCurrentRow(1);
    const Contents before = contents(library);
    const Agenda agendaBefore = shownAgenda(window);

    auto *person = editor->findChild<QLineEdit *>(u"speakerPerson"_s);
    auto *create = editor->findChild<QPushButton *>(u"speakerCreate"_s);
    auto *roleText = editor->findChild<QLineEdit *>(u"speakerRoleText"_s);
    REQUIRE(person);
    REQUIRE(create);
    REQUIRE(roleText);

    // A name the library knows is chosen, not made again.
    type(person, u"mette dybkjær"_s);
    CHECK_FALSE(create->isVisibleTo(editor));

    type(person, u"Birgitte  Skovgaard"_s);
    REQUIRE(create->isVisibleTo(editor));
    CHECK(create->text() == u"Opret «Birgitte Skovgaard» som ny person"_s);
    roleText->setText(u"sundhedskonsulent"_s);
    QTest::mouseClick(create, Qt::LeftButton);

    CHECK(window.session()->undoStack()->undoText() ==
          u"Opret «Birgitte Skovgaard» som ny person"_s);
    const Agenda agendaAfter = shownAgenda(window);
    REQUIRE(agendaAfter.at(1).speakers.size() == agendaBefore.at(1).speakers.size() + 1);
    const SlotSpeaker added = agendaAfter.at(1).speakers.last();
    CHECK(added.roleText == u"sundhedskonsulent"_s);
    const auto made = library.people().get(added.personId);
    REQUIRE(made);
    CHECK(made->name == u"Birgitte Skovgaard"_s);
    // The rest of the library is as it was; the new person can be chosen at once.
    Contents expected = before;
    expected.people[idToString(made->id)] = *made;
    expected.events = contents(library).events;
    CHECK(contents(library) == expected);
    type(person, u"skovg"_s);
    const QAbstractItemModel *matches = editor->findChild<QCompleter *>(u"speakerMatches"_s)->model();
    REQUIRE(matches->rowCount() == 1);
    CHECK(matches->index(0, 0).data(Qt::UserRole).value<Id>() == made->id);
    CHECK(editor->model()
              ->data(editor->model()->index(1, AgendaModel::SpeakersColumn))
              .toString()
              .contains(u"Birgitte Skovgaard"_s));

    window.undoAction()->trigger();
    CHECK(contents(library) == before);
    CHECK_FALSE(library.people().get(made->id).ok());
    window.redoAction()->trigger();
    CHECK(*library.people().get(made->id) == *made);
    CHECK(shownAgenda(window) == agendaAfter);
    window.undoAction()->trigger();
    CHECK(contents(library) == before);
    CHECK(test::errorTexts(window).isEmpty());
}

TEST_CASE("on 10 000 people the window starts without reading them, and the speaker chooser "
          "finds one as a person types")
{
    test::DemoLibraryFile file;
    QList<Id> soeren;
    {
        auto library = openLibrary(file.path);
        REQUIRE(library);
        REQUIRE((*library)->bulkTransaction([&]() -> Status {
            for (int n = 0; n < 10000; ++n) {
                Person p;
                p.id = newId();
                p.name = n == 7777 ? u"Søren Ågård"_s : u"Person nr. %1"_s.arg(n);
                if (n == 7777)
                    soeren << p.id;
                if (Status s = (*library)->people().save(p); !s)
                    return s;
            }
            return {};
        }));
    }
    test::CountingWindow counted(file.path);
    test::FailingLibrary *library = counted.library;
    app::MainWindow &window = counted.window;
    window.openEvent(test::eventIdByTitle(window, meeting));
    AgendaEditor *editor = agendaEditor(window);
    editor->setCurrentRow(1);
    QTest::qWait(50);
    // The programme and its slot form are shown; no one has been read to offer.
    CHECK(library->everyoneRead == 0);
    CHECK(library->peopleSearched == 0);

    auto *person = editor->findChild<QLineEdit *>(u"speakerPerson"_s);
    auto *matches = editor->findChild<QCompleter *>(u"speakerMatches"_s);
    auto *add = editor->findChild<QPushButton *>(u"speakerAdd"_s);
    REQUIRE(person);
    REQUIRE(matches);
    REQUIRE(add);
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    person->setFocus();
    // Typed without Danish letters, part of the name finds him.
    QTest::keyClicks(person, u"soren aag"_s);
    CHECK(library->peopleSearched == 9);
    CHECK(library->everyoneRead == 0);
    REQUIRE(matches->model()->rowCount() == 1);
    CHECK(matches->model()->index(0, 0).data().toString() == u"Søren Ågård"_s);
    REQUIRE(matches->popup()->isVisible());
    CHECK_FALSE(add->isEnabled());
    QWidget *popup = QApplication::activePopupWidget();
    REQUIRE(popup);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    CHECK(person->text() == u"Søren Ågård"_s);
    REQUIRE(add->isEnabled());
    const int before = shownAgenda(window).at(1).speakers.size();
    QTest::mouseClick(add, Qt::LeftButton);
    const Agenda after = shownAgenda(window);
    REQUIRE(after.at(1).speakers.size() == before + 1);
    CHECK(after.at(1).speakers.last().personId == soeren.first());
    CHECK(library->everyoneRead == 0);
    CHECK(test::errorTexts(window).isEmpty());
}

TEST_CASE(
    "a case typed that the library does not have is made on the spot, and undone with the slot")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    Library &library = *window.session()->library();
    window.openEvent(test::eventIdByTitle(window, meeting));
    AgendaEditor *editor = agendaEditor(window);
    editor->setCurrentRow(2);
    const Contents before = contents(library);

    auto *chooser = editor->findChild<QLineEdit *>(u"caseChooser"_s);
    auto *create = editor->findChild<QPushButton *>(u"caseCreate"_s);
    REQUIRE(chooser);
    REQUIRE(create);
    type(chooser, u"social balance"_s);
    CHECK_FALSE(create->isVisibleTo(editor));
    type(chooser, u"Grønne fællesskaber i Vejle"_s);
    REQUIRE(create->isVisibleTo(editor));
    CHECK(create->text() == u"Opret ny case «Grønne fællesskaber i Vejle»"_s);
    QTest::mouseClick(create, Qt::LeftButton);

    CHECK(window.session()->undoStack()->undoText() ==
          u"Opret ny case «Grønne fællesskaber i Vejle»"_s);
    const Agenda after = shownAgenda(window);
    REQUIRE_FALSE(after.at(2).caseIds.isEmpty());
    const auto made = library.cases().get(after.at(2).caseIds.last());
    REQUIRE(made);
    CHECK(made->title == u"Grønne fællesskaber i Vejle"_s);
    // Found by the case library's search at once.
    CHECK(library.searchCases(u"groenne faellesskaber"_s, 5)->size() == 1);
    // And the chooser finds it as one types.
    type(chooser, u"grønne fælles"_s);
    const QAbstractItemModel *offered = editor->findChild<QCompleter *>(u"caseMatches"_s)->model();
    const auto offersMade = [&] {
        for (int row = 0; row < offered->rowCount(); ++row)
            if (offered->index(row, 0).data(Qt::UserRole).value<Id>() == made->id)
                return true;
        return false;
    };
    CHECK(offersMade());
    // The case library lists it too.
    const auto listed = [&] {
        const QAbstractItemModel *list = window.casesView()->model();
        for (int row = 0; row < list->rowCount(); ++row)
            if (list->index(row, app::CaseListModel::TitleColumn).data().toString() == made->title)
                return true;
        return false;
    };
    window.showRoom(app::MainWindow::CasesRoom); // its list is read when it is seen
    CHECK(test::waitUntil(listed));

    window.undoAction()->trigger();
    CHECK(contents(library) == before);
    CHECK(library.searchCases(u"groenne faellesskaber"_s, 5)->isEmpty());
    CHECK(test::waitUntil([&] { return !listed(); }));
    window.redoAction()->trigger();
    CHECK(*library.cases().get(made->id) == *made);
    CHECK(test::errorTexts(window).isEmpty());
}

TEST_CASE("a look at a speaker about to be made on the spot", "[.screenshot]")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    window.resize(1280, 860);
    window.show();
    window.openEvent(test::eventIdByTitle(window, meeting));
    AgendaEditor *editor = agendaEditor(window);
    editor->setCurrentRow(1);
    type(editor->findChild<QLineEdit *>(u"speakerPerson"_s), u"Birgitte Skovgaard"_s);
    type(editor->findChild<QLineEdit *>(u"caseChooser"_s), u"Grønne fællesskaber i Vejle"_s);
    QTest::qWait(100);
    const QString path = qEnvironmentVariable("TEMAPLAN_SCREENSHOT", u"/tmp/on-the-spot.png"_s);
    auto *form = editor->findChild<SlotForm *>();
    REQUIRE(form);
    REQUIRE(form->grab().save(path));
}
