#include "apptestsupport.h"
#include "failinglibrary.h"

#include "app/editor/agendaeditor.h"
#include "app/editor/agendamodel.h"
#include "app/eventactions.h"
#include "app/eventdetailview.h"
#include "app/eventform.h"
#include "app/eventsview.h"
#include "app/libraryfileactions.h"
#include "app/librarysession.h"
#include "app/planningwarnings.h"
#include "app/programmeeditor.h"
#include "app/programmepreview.h"
#include "store/libraryfile.h"

#include <QAction>
#include <QCheckBox>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <map>

using namespace Qt::Literals::StringLiterals;
using namespace temaplan;

namespace {

using Snapshot = std::map<QString, Event>;

// Every event in the library, by id: what an undo must give back exactly.
Snapshot snapshot(Library &library)
{
    Snapshot out;
    auto events = library.events().all();
    REQUIRE(events);
    for (const Event &e : *events)
        out[idToString(e.id)] = e;
    return out;
}

app::EventDetailView *detail(app::MainWindow &window)
{
    return window.eventsView()->detail();
}

AgendaEditor *agendaEditor(app::MainWindow &window)
{
    return detail(window)->programmeEditor()->agendaEditor();
}

// The event form's fields, found as a tester would find them: by name.
struct FormFields
{
    explicit FormFields(QWidget *form)
        : eventTitleEdit(find<QLineEdit>(form, "eventTitleEdit"))
        , audienceEdit(find<QLineEdit>(form, "audienceEdit"))
        , eventKindCombo(find<QComboBox>(form, "eventKindCombo"))
        , venueCombo(find<QComboBox>(form, "venueCombo"))
        , hasDateCheck(find<QCheckBox>(form, "hasDateCheck"))
        , dateEdit(find<QDateEdit>(form, "dateEdit"))
        , occurrenceStartEdit(find<QLineEdit>(form, "occurrenceStartEdit"))
        , occurrenceEndEdit(find<QLineEdit>(form, "occurrenceEndEdit"))
    {}

    template<class W>
    static W *find(QWidget *form, const char *name)
    {
        auto *w = form->findChild<W *>(QString::fromLatin1(name));
        if (!w)
            FAIL("the event form has no " << name);
        return w;
    }

    QLineEdit *eventTitleEdit;
    QLineEdit *audienceEdit;
    QComboBox *eventKindCombo;
    QComboBox *venueCombo;
    QCheckBox *hasDateCheck;
    QDateEdit *dateEdit;
    QLineEdit *occurrenceStartEdit;
    QLineEdit *occurrenceEndEdit;
};

FormFields form(app::MainWindow &window)
{
    return FormFields(window.eventsView()->detail()->eventForm());
}

Event shownEvent(app::MainWindow &window)
{
    auto event = window.session()->library()->events().get(detail(window)->eventId());
    REQUIRE(event);
    return *event;
}

Agenda shownAgenda(app::MainWindow &window)
{
    const Event event = shownEvent(window);
    for (const Occurrence &o : event.occurrences)
        if (o.id == detail(window)->occurrenceId())
            return o.agenda;
    FAIL("the shown occurrence is not in the library");
    return {};
}

QStringList starts(const Agenda &agenda)
{
    QStringList out;
    for (const AgendaSlot &slot : agenda)
        out << slot.start.toString(u"H.mm"_s);
    return out;
}

// The slot form's title, as the user types it and presses Enter.
void titleSlot(AgendaEditor *editor, const QString &title)
{
    auto *edit = editor->findChild<QLineEdit *>(u"titleEdit"_s);
    REQUIRE(edit);
    edit->setText(title);
    QTest::keyClick(edit, Qt::Key_Return);
}

// As a person chooses someone: part of a name typed, then down to the first match and
// Enter. The keys go to the list of matches while it is open.
void choosePerson(QLineEdit *chooser, const QString &typed)
{
    chooser->window()->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(chooser->window()));
    chooser->setFocus();
    QTest::keyClicks(chooser, typed);
    QWidget *popup = QApplication::activePopupWidget();
    REQUIRE(popup);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
}

QAction *presetAction(AgendaEditor *editor, const QString &name)
{
    for (QAction *a : editor->presetActions())
        if (a->text().startsWith(name))
            return a;
    FAIL("no preset " << name.toStdString());
    return nullptr;
}

void showWindow(app::MainWindow &window)
{
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
}

} // namespace

TEST_CASE("the seed meeting is planned from an empty library through the window, and is on disk")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"tomt.temaplan"_s);
    app::MainWindow window;
    REQUIRE(window.fileActions()->openFile(path, OpenMode::CreateNew));
    showWindow(window);
    QUndoStack *stack = window.session()->undoStack();

    // Speakers and cases come into a library by import; here they are written as one would.
    Library &library = *window.session()->library();
    Person mette;
    mette.id = newId();
    mette.name = u"Mette Dybkjær"_s;
    Case socialBalance;
    socialBalance.id = newId();
    socialBalance.title = u"Social balance"_s;
    REQUIRE(library.people().save(mette));
    REQUIRE(library.cases().save(socialBalance));
    window.session()->notifyContentsChanged();
    REQUIRE(snapshot(library).empty());

    window.eventActions()->newAction()->trigger();
    REQUIRE(snapshot(library).size() == 1);
    CHECK(stack->count() == 1);
    CHECK(detail(window)->tabs()->currentWidget()->isAncestorOf(detail(window)->eventForm()));

    // Typing the title is one undo step, saved with every key.
    QLineEdit *title = form(window).eventTitleEdit;
    title->selectAll();
    QTest::keyClicks(title, u"Temagruppemøde om lokalsamfund"_s);
    CHECK(shownEvent(window).title == u"Temagruppemøde om lokalsamfund"_s);
    CHECK(stack->count() == 2);
    CHECK(window.undoAction()->text() == u"&Fortryd «Ret titel»"_s);
    QTest::keyClick(title, Qt::Key_Return);

    // 6 December, no year; 9.30 to 15.00.
    form(window).hasDateCheck->click();
    form(window).dateEdit->setDate(QDate(2026, 12, 6));
    form(window).occurrenceStartEdit->setText(u"930"_s);
    QTest::keyClick(form(window).occurrenceStartEdit, Qt::Key_Return);
    form(window).occurrenceEndEdit->setText(u"15"_s);
    QTest::keyClick(form(window).occurrenceEndEdit, Qt::Key_Return);
    {
        const Occurrence o = shownEvent(window).occurrences.first();
        CHECK(o.date == CalendarDate::dayAndMonth(12, 6));
        CHECK(o.start == QTime(9, 30));
        CHECK(o.end == QTime(15, 0));
        CHECK(form(window).occurrenceStartEdit->text() == u"9.30"_s);
    }

    AgendaEditor *editor = agendaEditor(window);
    AgendaModel *model = editor->model();
    editor->setNewSlotMinutes(30);
    editor->insertAfter();
    titleSlot(editor, u"Let morgenforplejning"_s);
    presetAction(editor, u"Velkomst"_s)->trigger();
    REQUIRE(model->changeDuration(1, 30));
    titleSlot(editor, u"Velkomst og intro til dagen og håndbogen"_s);
    editor->setNewSlotMinutes(45);
    for (const QString &t : {u"Gladsaxe – 'Social balance'"_s,
                             u"Effektmål, indikatorer og data i Social Balance"_s,
                             u"Silkeborg Kommune – 'Nærmiljøprojekter'"_s}) {
        editor->insertAfter();
        titleSlot(editor, t);
    }
    presetAction(editor, u"Frokost"_s)->trigger();
    REQUIRE(model->changeDuration(5, 30));
    for (const QString &t : {u"Middelfart Kommune – 'Bæredygtige lokalsamfund'"_s,
                             u"Vi ser med LUP på sundheden"_s}) {
        editor->insertAfter();
        titleSlot(editor, t);
    }
    presetAction(editor, u"Afrunding"_s)->trigger();

    const QStringList seedStarts{u"9.30"_s,  u"10.00"_s, u"10.30"_s, u"11.15"_s, u"12.00"_s,
                                 u"12.45"_s, u"13.15"_s, u"14.00"_s, u"14.45"_s};
    REQUIRE(starts(shownAgenda(window)) == seedStarts);
    CHECK(shownAgenda(window).at(5).kind == SlotKind::Meal);
    CHECK(shownAgenda(window).at(8).kind == SlotKind::Closing);
    CHECK(shownAgenda(window).at(1).title == u"Velkomst og intro til dagen og håndbogen"_s);

    // The seed prints breakfast and welcome in one row, "9.30 / 10.00".
    editor->setCurrentRow(1);
    editor->findChild<QCheckBox *>(u"sharesRowCheck"_s)->click();
    CHECK(shownAgenda(window).at(1).sharesRowWithPrevious);
    CHECK(window.undoAction()->text() ==
          u"&Fortryd «Sæt «Velkomst og intro til dagen og håndbogen» i række med punktet før»"_s);

    // A 15-minute slot at 11.15: everything from 11.15 moves on; Fortryd brings it back.
    editor->setCurrentRow(3);
    editor->setNewSlotMinutes(15);
    editor->insertBefore();
    CHECK(starts(shownAgenda(window)) ==
          QStringList{u"9.30"_s, u"10.00"_s, u"10.30"_s, u"11.15"_s, u"11.30"_s, u"12.15"_s,
                      u"13.00"_s, u"13.30"_s, u"14.15"_s, u"15.00"_s});
    CHECK(model->rowCount() == 10);
    CHECK(window.undoAction()->text() == u"&Fortryd «Indsæt programpunkt»"_s);
    window.undoAction()->trigger();
    CHECK(starts(shownAgenda(window)) == seedStarts);
    CHECK(model->rowCount() == 9);
    CHECK(window.redoAction()->text() == u"&Gendan «Indsæt programpunkt»"_s);

    // The Gladsaxe case and its speaker.
    editor->setCurrentRow(2);
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"caseChooser"_s), u"Social balance"_s);
    editor->findChild<QPushButton *>(u"caseAdd"_s)->click();
    auto *person = editor->findChild<QLineEdit *>(u"speakerPerson"_s);
    choosePerson(person, u"dybkj"_s);
    CHECK(person->text() == mette.name);
    editor->findChild<QLineEdit *>(u"speakerRoleText"_s)->setText(u"leder af strategien"_s);
    editor->findChild<QPushButton *>(u"speakerAdd"_s)->click();
    CHECK(shownAgenda(window).at(2).caseIds == QList<Id>{socialBalance.id});
    CHECK(window.undoAction()->text().contains(u"«"_s));

    // What another program reading the file sees: the whole programme, saved as it was made.
    auto reopened = openLibrary(path, OpenMode::ReadOnly);
    REQUIRE(reopened);
    auto events = (*reopened)->events().all();
    REQUIRE(events);
    REQUIRE(events->size() == 1);
    const Event saved = events->first();
    CHECK(saved.title == u"Temagruppemøde om lokalsamfund"_s);
    REQUIRE(saved.occurrences.size() == 1);
    const Occurrence &o = saved.occurrences.first();
    CHECK(o.date == CalendarDate::dayAndMonth(12, 6));
    CHECK(starts(o.agenda) == seedStarts);
    CHECK(o.agenda.at(0).title == u"Let morgenforplejning"_s);
    CHECK(o.agenda.at(1).sharesRowWithPrevious);
    CHECK(o.agenda.at(2).caseIds == QList<Id>{socialBalance.id});
    REQUIRE(o.agenda.at(2).speakers.size() == 1);
    CHECK(o.agenda.at(2).speakers.first().personId == mette.id);
    CHECK(o.agenda.at(2).speakers.first().roleText == u"leder af strategien"_s);
    CHECK(o.agenda.at(8).title == u"Afrunding"_s);
    CHECK(test::errorTexts(window).isEmpty());
}

TEST_CASE("every kind of edit is undone and redone in the library exactly")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    Library &library = *window.session()->library();
    window.openEvent(test::eventIdByTitle(window, u"Temagruppemøde om lokalsamfund"_s));
    REQUIRE_FALSE(detail(window)->eventId().isNull());
    AgendaEditor *editor = agendaEditor(window);

    const auto roundTrip = [&](const char *what, const std::function<void()> &edit) {
        INFO(what);
        const Snapshot before = snapshot(library);
        const int index = window.session()->undoStack()->index();
        edit();
        const Snapshot after = snapshot(library);
        REQUIRE(after != before);
        REQUIRE(window.session()->undoStack()->index() == index + 1);
        window.undoAction()->trigger();
        CHECK(snapshot(library) == before);
        window.redoAction()->trigger();
        CHECK(snapshot(library) == after);
        window.undoAction()->trigger();
        CHECK(snapshot(library) == before);
        CHECK(test::errorTexts(window).isEmpty());
    };

    roundTrip("title", [&] {
        QTest::keyClicks(form(window).eventTitleEdit, u" (udsat)"_s);
        QTest::keyClick(form(window).eventTitleEdit, Qt::Key_Return);
    });
    roundTrip("audience", [&] {
        form(window).audienceEdit->setFocus();
        QTest::keyClicks(form(window).audienceEdit, u"Ledere"_s);
    });
    roundTrip("kind", [&] {
        QComboBox *kind = form(window).eventKindCombo;
        kind->setCurrentIndex(2);
        Q_EMIT kind->activated(2);
    });
    roundTrip("venue", [&] {
        QComboBox *venue = form(window).venueCombo;
        venue->setCurrentIndex(0);
        Q_EMIT venue->activated(0);
    });
    roundTrip("start time", [&] {
        form(window).occurrenceStartEdit->setText(u"9"_s);
        QTest::keyClick(form(window).occurrenceStartEdit, Qt::Key_Return);
    });
    roundTrip("insert", [&] {
        editor->setCurrentRow(3);
        editor->insertBefore();
    });
    roundTrip("preset", [&] { presetAction(editor, u"Pause"_s)->trigger(); });
    roundTrip("remove", [&] {
        editor->setCurrentRow(4);
        editor->removeCurrent();
    });
    roundTrip("move", [&] {
        editor->setCurrentRow(2);
        editor->moveDown();
    });
    roundTrip("duration", [&] { REQUIRE(editor->model()->changeDuration(2, 60)); });
    roundTrip("own printed row", [&] {
        // The demo's welcome shares breakfast's row, as in the seed; unticking parts them.
        editor->setCurrentRow(1);
        auto *shares = editor->findChild<QCheckBox *>(u"sharesRowCheck"_s);
        REQUIRE(shares->isChecked());
        shares->click();
    });
    roundTrip("slot title", [&] {
        editor->setCurrentRow(1);
        titleSlot(editor, u"Velkommen"_s);
    });
    roundTrip("new event", [&] { window.eventActions()->newAction()->trigger(); });
    roundTrip("duplicate", [&] { window.eventActions()->duplicateAction()->trigger(); });
    roundTrip("add occurrence", [&] { window.eventActions()->addOccurrenceAction()->trigger(); });
    roundTrip("delete", [&] { window.eventActions()->deleteAction()->trigger(); });

    // An event in two places can lose one, and get it back.
    window.openEvent(test::eventIdByTitle(window, u"Fælles om børns sundhed"_s));
    REQUIRE(window.eventActions()->removeOccurrenceAction()->isEnabled());
    roundTrip("remove occurrence",
              [&] { window.eventActions()->removeOccurrenceAction()->trigger(); });
}

TEST_CASE("a duplicated event gets new ids for itself, its occurrences and its slots")
{
    Event event;
    event.id = newId();
    Occurrence o;
    o.id = newId();
    AgendaSlot slot;
    slot.id = newId();
    o.agenda << slot;
    event.occurrences << o;
    const Event copy = app::EventActions::duplicate(event, u"Kopi"_s);
    CHECK(copy.id != event.id);
    CHECK(copy.occurrences.first().id != o.id);
    CHECK(copy.occurrences.first().agenda.first().id != slot.id);
    CHECK(copy.title == u"Kopi"_s);
}

TEST_CASE("a write that fails shows why and leaves the history as the file is")
{
    auto memory = openMemoryLibrary();
    REQUIRE(memory);
    auto failing = std::make_unique<test::FailingLibrary>(std::move(memory).value());
    test::FailingLibrary *library = failing.get();
    app::MainWindow window;
    window.session()->adopt(std::move(failing));
    showWindow(window);
    QUndoStack *stack = window.session()->undoStack();

    window.eventActions()->newAction()->trigger();
    REQUIRE(stack->count() == 1);
    const Id eventId = detail(window)->eventId();
    const auto storedTitle = [&] { return library->events().get(eventId)->title; };
    QLineEdit *title = form(window).eventTitleEdit;

    SECTION("an edit that cannot be written is not in the history")
    {
        library->failWrites = true;
        QTest::keyClick(title, Qt::Key_X);
        const QStringList errors = test::errorTexts(window);
        REQUIRE(errors.size() == 1);
        CHECK(errors.first().contains(u"låst"_s));
        CHECK(stack->count() == 1);
        CHECK(storedTitle() == u"Nyt arrangement"_s);
        CHECK(title->text() == u"Nyt arrangement"_s);
        CHECK(window.undoAction()->text() == u"&Fortryd «Nyt arrangement»"_s);
    }

    SECTION("an undo or redo that cannot be written leaves the stack where the file is")
    {
        title->selectAll();
        QTest::keyClicks(title, u"Temamøde"_s);
        REQUIRE(stack->count() == 2);
        REQUIRE(stack->index() == 2);

        library->failWrites = true;
        window.undoAction()->trigger();
        CHECK(test::errorTexts(window).size() == 1);
        CHECK(stack->index() == 2);
        CHECK(storedTitle() == u"Temamøde"_s);
        CHECK(window.undoAction()->text() == u"&Fortryd «Ret titel»"_s);
        test::closeErrors(window);

        library->failWrites = false;
        window.undoAction()->trigger();
        CHECK(stack->index() == 1);
        CHECK(storedTitle() == u"Nyt arrangement"_s);

        library->failWrites = true;
        window.redoAction()->trigger();
        CHECK(test::errorTexts(window).size() == 1);
        CHECK(stack->index() == 1);
        CHECK(storedTitle() == u"Nyt arrangement"_s);
        CHECK(title->text() == u"Nyt arrangement"_s);

        // A jump in the history that fails halfway stops where the file is.
        test::closeErrors(window);
        library->failWrites = false;
        stack->setIndex(0);
        REQUIRE(library->events().all()->isEmpty());
        library->failWrites = true;
        stack->setIndex(2);
        CHECK(stack->index() == 0);
        CHECK(library->events().all()->isEmpty());
    }
    test::closeErrors(window);
}

TEST_CASE("the event's fields are built when their tab is first reached, and work")
{
    // The window opens on the programme: the "Oplysninger" tab's form is not built for
    // its first picture, and is whole when reached by a click, by the keys or by a new
    // event.
    enum Way
    {
        Click,
        Keys,
        NewEvent
    };
    for (const Way way : {Click, Keys, NewEvent}) {
        CAPTURE(way);
        test::DemoWindow demo;
        app::MainWindow &window = demo.window;
        QTabWidget *tabs = detail(window)->tabs();
        REQUIRE(tabs->currentIndex() == 0);
        CHECK(detail(window)->builtEventForm() == nullptr);
        CHECK(window.findChildren<app::EventForm *>().isEmpty());

        switch (way) {
        case Click:
            QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                              tabs->tabBar()->tabRect(1).center());
            break;
        case Keys:
            tabs->tabBar()->setFocus();
            QTest::keyClick(tabs->tabBar(), Qt::Key_Right);
            break;
        case NewEvent:
            window.eventActions()->newAction()->trigger();
            break;
        }
        app::EventForm *built = detail(window)->builtEventForm();
        REQUIRE(built);
        CHECK(tabs->currentIndex() == 1);
        CHECK(built->isVisible());
        CHECK(detail(window)->eventForm() == built);
        // It shows the event shown, and follows the next one chosen.
        CHECK(form(window).eventTitleEdit->text() == shownEvent(window).title);
        if (way == NewEvent) {
            CHECK(window.focusWidget() == form(window).eventTitleEdit);
            continue;
        }
        const Id other = test::eventIdByTitle(window, u"Temagruppemøde om lokalsamfund"_s);
        window.openEvent(other);
        const QString otherTitle = shownEvent(window).title;
        CHECK(otherTitle.contains(u"Temagruppemøde om lokalsamfund"_s));
        CHECK(form(window).eventTitleEdit->text() == otherTitle);
        // An edit in it is saved and undone as before.
        QLineEdit *title = form(window).eventTitleEdit;
        title->selectAll();
        QTest::keyClicks(title, u"Nyt navn"_s);
        QTest::keyClick(title, Qt::Key_Return);
        CHECK(shownEvent(window).title == u"Nyt navn"_s);
        window.undoAction()->trigger();
        CHECK(shownEvent(window).title == otherTitle);
        CHECK(form(window).eventTitleEdit->text() == otherTitle);
        CHECK(window.findChildren<app::EventForm *>().size() == 1);
    }

    // A library opened read-only before the form is built: built, it lets nothing change.
    test::DemoWindow demo;
    test::DemoLibraryFile archive;
    REQUIRE(demo.window.fileActions()->openFile(archive.path, OpenMode::ReadOnly));
    REQUIRE(detail(demo.window)->builtEventForm() == nullptr);
    detail(demo.window)->tabs()->setCurrentIndex(1);
    REQUIRE(detail(demo.window)->builtEventForm());
    CHECK_FALSE(form(demo.window).eventTitleEdit->isEnabled());
    CHECK(form(demo.window).eventTitleEdit->text() == shownEvent(demo.window).title);
}

TEST_CASE("a library opened read-only can be looked at but not edited")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    window.openEvent(test::eventIdByTitle(window, u"Temagruppemøde om lokalsamfund"_s));
    window.eventActions()->addOccurrenceAction()->trigger();
    REQUIRE(window.undoAction()->isEnabled());

    test::DemoLibraryFile archive;
    REQUIRE(window.fileActions()->openFile(archive.path, OpenMode::ReadOnly));
    window.openEvent(test::eventIdByTitle(window, u"Temagruppemøde om lokalsamfund"_s));
    REQUIRE(window.readOnlyBanner()->isVisibleTo(&window));

    CHECK_FALSE(window.undoAction()->isEnabled());
    CHECK_FALSE(window.redoAction()->isEnabled());
    CHECK(window.session()->undoStack()->count() == 0);
    for (QAction *a : window.eventActions()->actions())
        CHECK_FALSE(a->isEnabled());
    AgendaEditor *editor = agendaEditor(window);
    CHECK(editor->isReadOnly());
    for (QAction *a : editor->editActions() + editor->presetActions())
        CHECK_FALSE(a->isEnabled());
    CHECK_FALSE(form(window).eventTitleEdit->isEnabled());
    CHECK_FALSE(form(window).venueCombo->isEnabled());
    // The selected slot's fields too, though the slot form enables itself for a slot.
    editor->setCurrentRow(1);
    CHECK_FALSE(editor->findChild<QLineEdit *>(u"titleEdit"_s)->isEnabled());
    CHECK_FALSE(editor->findChild<QWidget *>(u"presets"_s)->isEnabled());

    // Opening it writable again gives editing back.
    REQUIRE(window.fileActions()->openFile(demo.file.path));
    CHECK_FALSE(editor->isReadOnly());
    CHECK(window.eventActions()->newAction()->isEnabled());
    CHECK(form(window).eventTitleEdit->isEnabled());
}

TEST_CASE("the page beside the agenda is the printed programme and follows every edit")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    window.openEvent(test::eventIdByTitle(window, u"Temagruppemøde om lokalsamfund"_s));
    app::ProgrammePreview *preview = detail(window)->programmeEditor()->preview();
    preview->renderNow();
    CHECK(preview->pageCount() == 2);
    const QImage first = preview->pageImage();
    CHECK(first.width() < first.height());

    agendaEditor(window)->setCurrentRow(0);
    agendaEditor(window)->insertBefore();
    REQUIRE(test::waitUntil([&] { return preview->pageImage() != first; }));
    window.undoAction()->trigger();
    REQUIRE(test::waitUntil([&] { return preview->pageImage() == first; }));

    preview->setPage(1);
    preview->renderNow();
    CHECK(preview->pageImage() != first);
}

TEST_CASE("a speaker in two overlapping slots and a missing venue are warned of")
{
    Person mia;
    mia.id = newId();
    mia.name = u"Mia"_s;
    Lookups lookups;
    lookups.person = [mia](const Id &id) -> std::optional<Person> {
        return id == mia.id ? std::optional(mia) : std::nullopt;
    };
    Occurrence o;
    o.id = newId();
    AgendaSlot a;
    a.id = newId();
    a.start = QTime(10, 0);
    a.end = QTime(11, 0);
    a.title = u"Oplæg"_s;
    a.speakers << SlotSpeaker{mia.id, SpeakerRole::Speaker, {}};
    AgendaSlot b = a;
    b.id = newId();
    b.start = QTime(10, 30);
    b.title = u"Panel"_s;
    o.agenda << a << b;
    Event event;
    event.id = newId();
    event.occurrences << o;

    const QStringList warnings = app::planningWarnings(event, o, lookups, nullptr);
    REQUIRE(warnings.size() == 2);
    CHECK(warnings.at(0) == u"Mia er sat på både 10.00 «Oplæg» og 10.30 «Panel», som overlapper."_s);
    CHECK(warnings.at(1) == u"Mødestedet er ikke valgt endnu."_s);

    o.agenda[1].start = QTime(11, 0);
    o.venueId = newId();
    CHECK(app::planningWarnings(event, o, lookups, nullptr).isEmpty());
}

TEST_CASE("an edit while another program writes the file is refused with the reason")
{
    test::DemoLibraryFile file;
    auto mine = openLibrary(file.path, OpenMode::OpenExisting, std::chrono::milliseconds(100));
    REQUIRE(mine);
    app::MainWindow window;
    window.session()->adopt(std::move(mine).value());
    showWindow(window);
    window.openEvent(test::eventIdByTitle(window, u"Temagruppemøde om lokalsamfund"_s));
    const Event before = shownEvent(window);
    const int rows = agendaEditor(window)->model()->rowCount();

    auto other = openLibrary(file.path);
    REQUIRE(other);
    Library &otherLibrary = **other;
    const Status held = otherLibrary.transaction([&]() -> Status {
        // Another program is in the middle of a write: it holds the file's write lock.
        Status s = otherLibrary.events().save(before);
        if (!s)
            return s;
        agendaEditor(window)->setCurrentRow(0);
        agendaEditor(window)->insertAfter();
        return {};
    });
    REQUIRE(held);

    CHECK(test::errorTexts(window).size() == 1);
    CHECK(window.session()->undoStack()->count() == 0);
    CHECK(agendaEditor(window)->model()->rowCount() == rows);
    CHECK(shownEvent(window) == before);
    test::closeErrors(window);

    // With the other program done, the same edit goes through.
    agendaEditor(window)->insertAfter();
    CHECK(window.session()->undoStack()->count() == 1);
    CHECK(agendaEditor(window)->model()->rowCount() == rows + 1);
}

TEST_CASE("a copy on the same day warns that its speakers are booked twice")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    window.openEvent(test::eventIdByTitle(window, u"Temagruppemøde om lokalsamfund"_s));
    auto *warnings = agendaEditor(window)->findChild<QLabel *>(u"warnings"_s);
    REQUIRE(warnings);
    CHECK_FALSE(warnings->text().contains(u"samme dag"_s));

    window.eventActions()->duplicateAction()->trigger();
    CHECK(shownEvent(window).title.endsWith(u"(kopi)"_s));
    CHECK_FALSE(warnings->isHidden());
    CHECK(warnings->text().contains(u"og samme dag kl. 10.00 i «Temagruppemøde om lokalsamfund"_s));

    // Without a venue the copy says so too.
    QComboBox *venue = form(window).venueCombo;
    venue->setCurrentIndex(0);
    Q_EMIT venue->activated(0);
    CHECK(warnings->text().contains(u"Mødestedet er ikke valgt endnu."_s));
}

TEST_CASE("the Rediger menu names the step it undoes and shows the history")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    CHECK(window.undoAction()->shortcuts().contains(QKeySequence(QKeySequence::Undo)));
    CHECK_FALSE(window.undoAction()->isEnabled());
    CHECK(window.undoAction()->text() == u"&Fortryd"_s);

    window.openEvent(test::eventIdByTitle(window, u"Temagruppemøde om lokalsamfund"_s));
    window.eventActions()->deleteAction()->trigger();
    CHECK(window.undoAction()->text() ==
          u"&Fortryd «Slet «Temagruppemøde om lokalsamfund som sundhedsfremmende arenaer – fra "
          "politik til praksis»»"_s);
    CHECK(test::eventIdByTitle(window, u"Temagruppemøde om lokalsamfund"_s).isNull());

    QAction *history = window.findChild<QAction *>(u"showHistory"_s);
    REQUIRE(history);
    history->trigger();
    CHECK(window.historyDock()->isVisible());

    window.undoAction()->trigger();
    CHECK_FALSE(test::eventIdByTitle(window, u"Temagruppemøde om lokalsamfund"_s).isNull());
    CHECK(window.redoAction()->text().startsWith(u"&Gendan «Slet «"_s));
    CHECK(detail(window)->eventId() ==
          test::eventIdByTitle(window, u"Temagruppemøde om lokalsamfund"_s));
}
