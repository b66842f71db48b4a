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
#include "store/libraryfile.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <map>
#include <memory>
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
    // The Program tab chosen and its agenda table, for the keys to go to.
    QTableView *agendaTable()
    {
        detail()->tabs()->setCurrentIndex(0);
        auto *table = agendaEditor()->findChild<QTableView *>(u"agendaTable"_s);
        REQUIRE(table);
        return table;
    }
    Event event()
    {
        auto e = window.session()->library()->events().get(detail()->eventId());
        REQUIRE(e);
        return *e;
    }

    QTemporaryDir dir;
    app::MainWindow window;
};

// The letter after "&" in a label, button or menu title; none for "&&" or no "&".
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Every Alt+letter the window answers to while it shows what it shows: the menu bar's
// menus, the labels of visible fields and the visible buttons. A letter twice is a
// mnemonic that takes turns between its fields, or never reaches the second.
std::multimap<QChar, QString> mnemonics(QWidget *window)
{
    std::multimap<QChar, QString> out;
    const auto add = [&](const QString &text) {
        if (const QChar c = mnemonicOf(text); !c.isNull())
            out.emplace(c, text);
    };
    for (QMenuBar *bar : window->findChildren<QMenuBar *>())
        for (QAction *menu : bar->actions())
            add(menu->text());
    for (QLabel *label : window->findChildren<QLabel *>())
        if (label->buddy() && label->isVisibleTo(window))
            add(label->text());
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>())
        if (button->isVisibleTo(window))
            add(button->text());
    return out;
}

QStringList clashes(QWidget *window)
{
    const auto all = mnemonics(window);
    QStringList out;
    for (auto it = all.begin(); it != all.end(); it = all.upper_bound(it->first)) {
        if (all.count(it->first) < 2)
            continue;
        QStringList texts;
        for (auto [from, to] = all.equal_range(it->first); from != to; ++from)
            texts << from->second;
        out << u"Alt+%1: %2"_s.arg(it->first, texts.join(u", "_s));
    }
    return out;
}

QWidget *focused()
{
    return QApplication::focusWidget();
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    // Keys go to an open popup (a chooser's matches) before the field under it.
    QWidget *target = QApplication::activePopupWidget();
    if (!target)
        target = focused();
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
    QTableView *table = w.agendaTable();
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

TEST_CASE("every Alt+letter of the event's tabs leads to one field")
{
    NewEventWindow w;
    QTabWidget *tabs = w.detail()->tabs();
    tabs->setCurrentIndex(1);
    INFO("Oplysninger");
    CHECK(clashes(&w.window).join(u"; "_s).toStdString() == "");
    tabs->setCurrentIndex(0);
    INFO("Program");
    CHECK(clashes(&w.window).join(u"; "_s).toStdString() == "");

    // Where each letter goes on the form, also on a new event whose date is not set.
    tabs->setCurrentIndex(1);
    QWidget *form = w.detail()->eventForm();
    const auto altGoesTo = [&](Qt::Key key, const char *name) {
        INFO(name);
        press(key, Qt::AltModifier);
        REQUIRE(focused());
        CHECK(focused()->objectName().toStdString() == name);
        CHECK(focused()->isEnabled());
    };
    altGoesTo(Qt::Key_Y, "eventKindCombo");
    altGoesTo(Qt::Key_T, "eventTitleEdit");
    altGoesTo(Qt::Key_M, "venueCombo");
    altGoesTo(Qt::Key_D, "hasDateCheck");
    press(Qt::Key_Space);
    CHECK_FALSE(w.event().occurrences.first().date.isNull());
    CHECK(form->findChild<QDateEdit *>(u"dateEdit"_s)->isEnabled());
}

TEST_CASE("a time that is none, or an end before the start, is refused in Danish on the form, "
          "and the typed text stays")
{
    NewEventWindow w;
    QWidget *form = w.detail()->eventForm();
    auto *start = form->findChild<QLineEdit *>(u"occurrenceStartEdit"_s);
    auto *end = form->findChild<QLineEdit *>(u"occurrenceEndEdit"_s);
    auto *message = form->findChild<QLabel *>(u"eventFormMessage"_s);
    REQUIRE(start);
    REQUIRE(end);
    REQUIRE(message);
    QUndoStack *stack = w.window.session()->undoStack();
    const auto shownMessage = [&] {
        return message->isVisibleTo(form) ? message->text().toStdString() : std::string();
    };

    start->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(start, u"25.70"_s);
    const int steps = stack->count();
    press(Qt::Key_Return);
    CHECK(shownMessage() == "»25.70« er ikke et klokkeslæt. Skriv fx 9.30 eller 14.45.");
    CHECK(start->text() == u"25.70"_s);
    CHECK_FALSE(w.event().occurrences.first().start.isValid());
    CHECK(stack->count() == steps);

    start->setText(u"10.00"_s);
    press(Qt::Key_Return);
    CHECK(shownMessage() == "");
    CHECK(w.event().occurrences.first().start == QTime(10, 0));

    end->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(end, u"9.15"_s);
    press(Qt::Key_Tab);
    CHECK(shownMessage() == "Sluttidspunktet skal ligge efter starttidspunktet kl. 10.00.");
    CHECK(end->text() == u"9.15"_s);
    CHECK_FALSE(w.event().occurrences.first().end.isValid());

    end->setText(u"15"_s);
    end->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Return);
    CHECK(shownMessage() == "");
    CHECK(w.event().occurrences.first().end == QTime(15, 0));
    CHECK(end->text() == u"15.00"_s);

    // A start after the end is refused the same way.
    start->setFocus(Qt::TabFocusReason);
    start->setText(u"15.30"_s);
    press(Qt::Key_Return);
    CHECK(shownMessage() == "Starttidspunktet skal ligge før sluttidspunktet kl. 15.00.");
    CHECK(w.event().occurrences.first().start == QTime(10, 0));
    CHECK(test::errorTexts(w.window).isEmpty());
}

TEST_CASE("an event's title emptied is not written, and the saved one comes back when the field "
          "is left")
{
    NewEventWindow w;
    auto *title = w.detail()->eventForm()->findChild<QLineEdit *>(u"eventTitleEdit"_s);
    auto *message = w.detail()->eventForm()->findChild<QLabel *>(u"eventFormMessage"_s);
    REQUIRE(title);
    REQUIRE(message);
    REQUIRE(focused() == title);
    QTest::keyClicks(title, u"Temamøde"_s);
    press(Qt::Key_Return);
    REQUIRE(w.event().title == u"Temamøde"_s);

    title->selectAll();
    press(Qt::Key_Delete);
    CHECK(w.event().title == u"Temamøde"_s);
    CHECK(message->isVisibleTo(w.detail()));
    CHECK(message->text().toStdString() == "Arrangementet skal have en titel; «Temamøde» er gemt.");
    CHECK(title->text().isEmpty()); // the field is the user's until it is left
    press(Qt::Key_Tab);
    CHECK(title->text() == u"Temamøde"_s);
    CHECK(w.event().title == u"Temamøde"_s);
    // Nothing in the history speaks of an empty title.
    CHECK(w.window.undoAction()->text() == u"&Fortryd «Ret titel»"_s);
    w.window.undoAction()->trigger();
    CHECK(w.event().title == u"Nyt arrangement"_s);
    CHECK(title->text() == u"Nyt arrangement"_s);
}

TEST_CASE("Tab walks the slot form in the order it reads, and stops only at fields")
{
    NewEventWindow w;
    QTableView *table = w.agendaTable();
    for (int i = 0; i < 2; ++i) {
        table->setFocus(Qt::TabFocusReason);
        press(Qt::Key_Insert);
    }
    REQUIRE(w.agendaEditor()->currentRow() == 1);
    table->setFocus(Qt::TabFocusReason);
    QStringList stops;
    for (int i = 0; i < 24 && focused() && focused()->objectName() != u"newSlotMinutes"_s; ++i) {
        press(Qt::Key_Tab);
        const QString name = focused() ? focused()->objectName() : QString();
        INFO(name.toStdString());
        CHECK_FALSE((qobject_cast<QAbstractScrollArea *>(focused()) && name.isEmpty()));
        if (stops.isEmpty() || stops.last() != name) // a time's hours and minutes
            stops << name;
    }
    CHECK(stops.mid(0, 7).join(u" "_s).toStdString() ==
          "startEdit endEdit fixedTimeCheck sharesRowCheck kindCombo titleEdit descriptionEdit");
}

TEST_CASE("a slot's title emptied is refused in Danish, and the saved title comes back")
{
    NewEventWindow w;
    QTableView *table = w.agendaTable();
    AgendaEditor *editor = w.agendaEditor();
    table->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Insert);
    QTest::keyClicks(focused(), u"Velkomst"_s);
    press(Qt::Key_Return);
    REQUIRE(w.event().occurrences.first().agenda.first().title == u"Velkomst"_s);
    const int steps = w.window.session()->undoStack()->count();

    auto *title = editor->findChild<QLineEdit *>(u"titleEdit"_s);
    auto *message = editor->findChild<QLabel *>(u"message"_s);
    REQUIRE(focused() == title);
    title->selectAll();
    press(Qt::Key_Delete);
    press(Qt::Key_Return);
    CHECK(w.event().occurrences.first().agenda.first().title == u"Velkomst"_s);
    CHECK(w.window.session()->undoStack()->count() == steps);
    CHECK(title->text() == u"Velkomst"_s);
    REQUIRE(message);
    CHECK(message->isVisibleTo(editor));
    CHECK(message->text().toStdString() == "Et programpunkt skal have en titel.");

    // The same in the table's Titel cell.
    AgendaModel *model = editor->model();
    CHECK_FALSE(model->setData(model->index(0, AgendaModel::TitleColumn), u"  "_s));
    CHECK(w.event().occurrences.first().agenda.first().title == u"Velkomst"_s);
}

TEST_CASE("Ctrl+Z in a field whose typing is saved undoes that step; letters not yet saved are "
          "the field's own to undo")
{
    NewEventWindow w;
    QUndoStack *stack = w.window.session()->undoStack();
    auto *title = w.detail()->eventForm()->findChild<QLineEdit *>(u"eventTitleEdit"_s);
    REQUIRE(title);
    REQUIRE(focused() == title);
    QTest::keyClicks(title, u"Temamøde"_s);
    press(Qt::Key_Return);
    REQUIRE(w.event().title == u"Temamøde"_s);
    REQUIRE(focused() == title);

    press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(w.event().title == u"Nyt arrangement"_s);
    CHECK(title->text() == u"Nyt arrangement"_s);
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(w.event().title == u"Temamøde"_s);
    CHECK(title->text() == u"Temamøde"_s);

    // The event's fields save as they are typed, a run of letters one step: Ctrl+Z in
    // the field undoes the run, in the library and the field alike.
    const int steps = stack->count();
    title->end(false);
    QTest::keyClicks(title, u" i Vejle"_s);
    REQUIRE(w.event().title == u"Temamøde i Vejle"_s);
    CHECK(stack->count() == steps + 1);
    press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(title->text() == u"Temamøde"_s);
    CHECK(w.event().title == u"Temamøde"_s);
    CHECK(stack->index() == steps);

    // A slot's title, saved with Enter, undone from the field.
    QTableView *table = w.agendaTable();
    table->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Insert);
    auto *slotTitle = w.agendaEditor()->findChild<QLineEdit *>(u"titleEdit"_s);
    REQUIRE(focused() == slotTitle);
    const QString before = w.event().occurrences.first().agenda.first().title;
    // A slot's title is saved with Enter: letters typed before it are the field's own.
    const int slotSteps = stack->count();
    slotTitle->selectAll();
    QTest::keyClicks(slotTitle, u"Velkomst"_s);
    press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(slotTitle->text() == before);
    CHECK(w.event().occurrences.first().agenda.first().title == before);
    CHECK(stack->count() == slotSteps);
    CHECK(stack->index() == slotSteps);

    slotTitle->selectAll();
    QTest::keyClicks(slotTitle, u"Velkomst"_s);
    press(Qt::Key_Return);
    REQUIRE(w.event().occurrences.first().agenda.first().title == u"Velkomst"_s);
    REQUIRE(focused() == slotTitle);
    press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(w.event().occurrences.first().agenda.first().title == before);
    CHECK(slotTitle->text() == before);
}

TEST_CASE("a theme meeting planned by keyboard: every step says in Danish what it undoes, is "
          "undone to the start and redone, and the file holds it when opened again")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"temamøder.temaplan"_s);
    ThemeGroup group;
    group.id = newId();
    group.name = u"Strategisk Lokalsamfundsudvikling"_s;
    Venue venue;
    venue.id = newId();
    venue.name = u"Gladsaxe Rådhus"_s;
    venue.town = u"Gladsaxe"_s;
    Person mette;
    mette.id = newId();
    mette.name = u"Mette Dybkjær"_s;
    Case balance;
    balance.id = newId();
    balance.title = u"Social balance"_s;
    {
        auto library = openLibrary(path, OpenMode::CreateNew);
        REQUIRE(library);
        REQUIRE((*library)->themeGroups().save(group));
        REQUIRE((*library)->venues().save(venue));
        REQUIRE((*library)->people().save(mette));
        REQUIRE((*library)->cases().save(balance));
    }

    auto window = std::make_unique<app::MainWindow>();
    REQUIRE(window->fileActions()->openFile(path));
    window->resize(1280, 800);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    QUndoStack *stack = window->session()->undoStack();
    app::EventDetailView *detail = window->eventsView()->detail();
    QStringList undoTexts;
    const auto step = [&](const char *what) {
        INFO(what);
        CHECK(test::errorTexts(*window).isEmpty());
        undoTexts << stack->undoText();
    };

    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    step("new");
    QTest::keyClicks(focused(), u"Temamøde om trivsel"_s);
    press(Qt::Key_Return);
    step("title");
    press(Qt::Key_G, Qt::AltModifier);
    press(Qt::Key_Down);
    step("theme group");
    press(Qt::Key_D, Qt::AltModifier);
    press(Qt::Key_Space);
    step("date");
    press(Qt::Key_I, Qt::AltModifier);
    QTest::keyClicks(focused(), u"9.30"_s);
    press(Qt::Key_Tab);
    step("start");
    QTest::keyClicks(focused(), u"15.00"_s);
    press(Qt::Key_Tab);
    step("end");
    press(Qt::Key_M, Qt::AltModifier);
    press(Qt::Key_Down);
    step("venue");

    detail->tabs()->setCurrentIndex(0);
    AgendaEditor *editor = detail->programmeEditor()->agendaEditor();
    auto *table = editor->findChild<QTableView *>(u"agendaTable"_s);
    const auto insertAfter = [&](const QString &title) {
        table->setFocus(Qt::TabFocusReason);
        press(Qt::Key_Insert);
        step("insert");
        QTest::keyClicks(focused(), title);
        press(Qt::Key_Return);
        step("slot title");
    };
    insertAfter(u"Velkomst"_s);
    insertAfter(u"Gladsaxe - Social balance"_s);
    insertAfter(u"Frokost"_s);
    // A slot in the middle: the later ones move on.
    editor->setCurrentRow(1);
    table->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Insert, Qt::ShiftModifier);
    step("insert before");
    QTest::keyClicks(focused(), u"Kaffe"_s);
    press(Qt::Key_Return);
    step("slot title");
    {
        QStringList starts;
        for (const AgendaSlot &s : editor->model()->agenda())
            starts << s.start.toString(u"H.mm"_s);
        CHECK(starts.join(u" "_s).toStdString() == "9.30 10.00 10.30 11.00");
    }
    // A speaker with a role and a case on the talk.
    editor->setCurrentRow(2);
    auto *person = editor->findChild<QLineEdit *>(u"speakerPerson"_s);
    person->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(person, u"Mette Dybkjær"_s);
    editor->findChild<QLineEdit *>(u"speakerRoleText"_s)->setText(u"leder af strategien"_s);
    editor->findChild<QPushButton *>(u"speakerAdd"_s)->click();
    step("speaker");
    auto *chooser = editor->findChild<QLineEdit *>(u"caseChooser"_s);
    chooser->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(chooser, u"Social balance"_s);
    press(Qt::Key_Return);
    step("case");
    table->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Down, Qt::AltModifier);
    step("move down");
    table->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Delete);
    step("delete");

    const Event planned = *window->session()->library()->events().get(detail->eventId());
    const int steps = stack->count();
    CHECK(steps == undoTexts.size());
    CHECK(undoTexts.join(u" | "_s).toStdString() ==
          "Nyt arrangement | Ret titel | Ret temagruppe | Ret dato | Ret starttidspunkt | "
          "Ret sluttidspunkt | Ret mødested | Indsæt programpunkt | Ret titel til «Velkomst» | "
          "Indsæt programpunkt | Ret titel til «Gladsaxe - Social balance» | Indsæt programpunkt | "
          "Ret titel til «Frokost» | Indsæt programpunkt | Ret titel til «Kaffe» | "
          "Ret talere i «Gladsaxe - Social balance» | Ret cases i «Gladsaxe - Social balance» | "
          "Flyt programpunkt ned | Slet programpunkt");
    CHECK(planned.themeGroupId == group.id);
    CHECK(planned.occurrences.first().venueId == venue.id);

    for (int i = 0; i < steps; ++i)
        window->undoAction()->trigger();
    CHECK(window->session()->library()->events().all()->isEmpty());
    for (int i = 0; i < steps; ++i)
        window->redoAction()->trigger();
    CHECK(*window->session()->library()->events().get(planned.id) == planned);
    CHECK(test::errorTexts(*window).isEmpty());

    window.reset();
    app::MainWindow again;
    REQUIRE(again.fileActions()->openFile(path));
    const auto events = again.session()->library()->events().all();
    REQUIRE(events);
    REQUIRE(events->size() == 1);
    CHECK(events->first() == planned);
    again.openEvent(planned.id);
    CHECK(again.eventsView()->detail()->programmeEditor()->agendaEditor()->model()->agenda() ==
          planned.occurrences.first().agenda);
}

TEST_CASE("the programme editor keeps its fields in sight in a narrow window")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    window.openEvent(test::eventIdByTitle(window, u"Temagruppemøde om lokalsamfund"_s));
    app::EventDetailView *detail = window.eventsView()->detail();
    detail->tabs()->setCurrentIndex(0);
    AgendaEditor *editor = detail->programmeEditor()->agendaEditor();
    editor->setCurrentRow(2);
    auto *table = editor->findChild<QTableView *>(u"agendaTable"_s);
    auto *title = editor->findChild<QLineEdit *>(u"titleEdit"_s);
    auto *form = title->parentWidget()->parentWidget()->parentWidget();
    auto *formScroll = qobject_cast<QAbstractScrollArea *>(form);
    REQUIRE(formScroll);
    for (const QSize size : {QSize(1024, 700), QSize(1280, 800), QSize(1920, 1080)}) {
        INFO(size.width() << "×" << size.height());
        window.resize(size);
        QTest::qWait(50);
        CHECK(table->columnWidth(AgendaModel::TitleColumn) >= 150);
        CHECK_FALSE(table->horizontalScrollBar()->isVisible());
        CHECK(title->width() >= 250);
        CHECK_FALSE(formScroll->horizontalScrollBar()->isVisible());
        // With room enough the table names the speakers too.
        CHECK(table->isColumnHidden(AgendaModel::SpeakersColumn) == (size.width() < 1280));
    }
}

TEST_CASE("Insert in the slot form adds the next slot: a programme is typed title after title")
{
    NewEventWindow w;
    QTableView *table = w.agendaTable();
    AgendaEditor *editor = w.agendaEditor();
    auto *title = editor->findChild<QLineEdit *>(u"titleEdit"_s);
    table->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Insert);
    for (const QString &t : {u"Velkomst"_s, u"Oplæg"_s, u"Frokost"_s}) {
        REQUIRE(focused() == title);
        QTest::keyClicks(title, t);
        press(Qt::Key_Return);
        press(Qt::Key_Insert);
    }
    CHECK(editor->model()->rowCount() == 4);
    CHECK(editor->currentRow() == 3);
    QStringList titles;
    const Agenda agenda = w.event().occurrences.first().agenda;
    for (const AgendaSlot &s : agenda)
        titles << s.title;
    CHECK(titles.join(u" | "_s).toStdString() == "Velkomst | Oplæg | Frokost | Nyt programpunkt");

    // Shift+Insert in a text field still pastes, and Delete deletes text, not the slot.
    QApplication::clipboard()->setText(u"Afrunding"_s);
    title->selectAll();
    press(Qt::Key_Insert, Qt::ShiftModifier);
    CHECK(title->text() == u"Afrunding"_s);
    press(Qt::Key_Home);
    press(Qt::Key_Delete);
    CHECK(title->text() == u"frunding"_s);
    CHECK(editor->model()->rowCount() == 4);
}

TEST_CASE("the slot's actions are on the table's context menu, Forskyd too, which has no key")
{
    NewEventWindow w;
    QTableView *table = w.agendaTable();
    AgendaEditor *editor = w.agendaEditor();
    table->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Insert);
    CHECK(table->contextMenuPolicy() == Qt::ActionsContextMenu);
    QStringList texts;
    for (QAction *a : table->actions())
        texts << (a->isSeparator() ? u"-"_s : a->text());
    CHECK(texts.join(u" "_s).toStdString() ==
          "Indsæt &før Indsæt &efter - &Slet - Flyt &op Flyt &ned - F&orskyd");
    for (QAction *a : editor->editActions())
        CHECK(table->actions().contains(a));
}
