#include "apptestsupport.h"

#include "app/editor/agendaeditor.h"
#include "app/editor/agendamodel.h"
#include "app/eventactions.h"
#include "app/eventdetailview.h"
#include "app/eventsview.h"
#include "app/librarysession.h"
#include "app/programmeeditor.h"
#include "app/templateactions.h"
#include "app/templatedialogs.h"
#include "core/libraryjson.h"
#include "store/libraryfile.h"

#include <QAction>
#include <QCheckBox>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace temaplan;

namespace {

const QString meeting = u"Temagruppemøde om lokalsamfund"_s;

app::TemplateActions *templateActions(app::MainWindow &window)
{
    return window.eventActions()->templateActions();
}

QList<AgendaTemplate> storedTemplates(Library &library)
{
    auto all = library.templates().all();
    REQUIRE(all);
    return *all;
}

Occurrence shownOccurrence(app::MainWindow &window)
{
    auto *detail = window.eventsView()->detail();
    auto event = window.session()->library()->events().get(detail->eventId());
    REQUIRE(event);
    for (const Occurrence &o : event->occurrences)
        if (o.id == detail->occurrenceId())
            return o;
    FAIL("the shown occurrence is not in the library");
    return {};
}

// The agenda without slot ids, to compare a programme with the template it came from.
Agenda withoutIds(Agenda agenda)
{
    for (AgendaSlot &s : agenda)
        s.id = {};
    return agenda;
}

void undo(app::MainWindow &window)
{
    window.undoAction()->trigger();
}
void redo(app::MainWindow &window)
{
    window.redoAction()->trigger();
}

} // namespace

TEST_CASE("a programme is saved as a template, renamed and deleted, each step undone and redone")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    Library &library = *window.session()->library();
    window.openEvent(test::eventIdByTitle(window, meeting));
    const Occurrence source = shownOccurrence(window);
    REQUIRE_FALSE(source.agenda.isEmpty());
    const QList<AgendaTemplate> before = storedTemplates(library);

    app::TemplateActions *actions = templateActions(window);
    REQUIRE(actions->saveAction()->isEnabled());
    QString suggested;
    actions->setAskName([&](const QString &, const QString &suggestion) -> std::optional<QString> {
        suggested = suggestion;
        return u"  Temamøde, hel dag "_s;
    });
    actions->saveAction()->trigger();
    CHECK(suggested.startsWith(meeting));
    CHECK(window.session()->undoStack()->undoText() == u"Gem skabelon «Temamøde, hel dag»"_s);

    QList<AgendaTemplate> saved = storedTemplates(library);
    REQUIRE(saved.size() == before.size() + 1);
    const auto found = std::find_if(saved.cbegin(), saved.cend(), [](const AgendaTemplate &t) {
        return t.name == u"Temamøde, hel dag"_s;
    });
    REQUIRE(found != saved.cend());
    const AgendaTemplate made = *found;
    CHECK(withoutIds(made.agenda) == withoutIds(source.agenda));
    CHECK(made.start == source.start);
    CHECK(made.end == source.end);

    undo(window);
    CHECK(storedTemplates(library) == before);
    redo(window);
    CHECK(*library.templates().get(made.id) == made);

    // Saved again under the same name, the template is replaced, not doubled.
    actions->setAskName([](const QString &, const QString &) {
        return std::optional<QString>(u"temamøde, HEL dag"_s);
    });
    actions->saveAction()->trigger();
    CHECK(storedTemplates(library).size() == before.size() + 1);
    CHECK(library.templates().get(made.id)->name == u"temamøde, HEL dag"_s);
    undo(window);
    CHECK(*library.templates().get(made.id) == made);

    SECTION("renamed")
    {
        REQUIRE(actions->renameTemplate(made.id, u"Temamøde, formiddag"_s));
        CHECK(window.session()->undoStack()->undoText() == u"Omdøb skabelon «Temamøde, hel dag»"_s);
        AgendaTemplate renamed = made;
        renamed.name = u"Temamøde, formiddag"_s;
        CHECK(*library.templates().get(made.id) == renamed);
        undo(window);
        CHECK(*library.templates().get(made.id) == made);
        redo(window);
        CHECK(*library.templates().get(made.id) == renamed);
        // Nothing to do for the same name, or none.
        CHECK_FALSE(actions->renameTemplate(made.id, u"Temamøde, formiddag"_s));
        CHECK_FALSE(actions->renameTemplate(made.id, u"  "_s));
    }
    SECTION("deleted")
    {
        REQUIRE(actions->deleteTemplate(made.id));
        CHECK(window.session()->undoStack()->undoText() == u"Slet skabelon «Temamøde, hel dag»"_s);
        CHECK(storedTemplates(library) == before);
        undo(window);
        CHECK(*library.templates().get(made.id) == made);
        redo(window);
        CHECK(storedTemplates(library) == before);
    }
    SECTION("renamed and deleted through the Skabeloner dialog")
    {
        app::TemplatesDialog dialog(actions);
        QListWidget *list = dialog.list();
        REQUIRE(list->count() == before.size() + 1);
        list->setCurrentRow(
            int(std::find_if(saved.cbegin(), saved.cend(),
                             [&](const AgendaTemplate &t) { return t.id == made.id; }) -
                saved.cbegin()));
        REQUIRE(list->currentItem()->text().startsWith(u"Temamøde, hel dag"_s));
        actions->setAskName([](const QString &, const QString &current) {
            return std::optional<QString>(current + u" (ny)"_s);
        });
        dialog.findChild<QPushButton *>(u"renameTemplate"_s)->click();
        CHECK(library.templates().get(made.id)->name == u"Temamøde, hel dag (ny)"_s);
        CHECK(list->currentItem()->text().startsWith(u"Temamøde, hel dag (ny)"_s));
        dialog.findChild<QPushButton *>(u"deleteTemplate"_s)->click();
        CHECK(list->count() == before.size());
        CHECK_FALSE(library.templates().get(made.id).ok());
        // Fortryd brings it back into the open dialog's list.
        undo(window);
        CHECK(list->count() == before.size() + 1);
        CHECK(library.templates().get(made.id)->name == u"Temamøde, hel dag (ny)"_s);
    }
    CHECK(test::errorTexts(window).isEmpty());
}

TEST_CASE("a new event from a template keeps the times, and keeps or clears speakers and cases")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    Library &library = *window.session()->library();
    window.openEvent(test::eventIdByTitle(window, meeting));
    const Occurrence source = shownOccurrence(window);
    app::TemplateActions *actions = templateActions(window);
    actions->setAskName(
        [](const QString &, const QString &) { return std::optional<QString>(u"Temamøde"_s); });
    actions->saveAction()->trigger();
    const auto all = storedTemplates(library);
    const auto t = std::find_if(all.cbegin(), all.cend(),
                                [](const AgendaTemplate &x) { return x.name == u"Temamøde"_s; });
    REQUIRE(t != all.cend());
    bool someSpeaker = false, someCase = false;
    for (const AgendaSlot &s : t->agenda) {
        someSpeaker = someSpeaker || !s.speakers.isEmpty();
        someCase = someCase || !s.caseIds.isEmpty();
    }
    REQUIRE(someSpeaker);
    REQUIRE(someCase);

    const bool keep = GENERATE(false, true);
    INFO((keep ? "keep" : "clear"));
    const int eventsBefore = int(library.events().all()->size());
    QList<AgendaTemplate> offered;
    actions->setAskUse(
        [&](const QList<AgendaTemplate> &templates) -> std::optional<app::TemplateActions::Use> {
            offered = templates;
            return app::TemplateActions::Use{t->id, {keep, keep}};
        });
    REQUIRE(actions->newEventAction()->isEnabled());
    actions->newEventAction()->trigger();
    CHECK(offered == all);
    CHECK(window.session()->undoStack()->undoText() == u"Nyt arrangement fra «Temamøde»"_s);

    // The new event is shown, with its programme in the editor.
    auto *detail = window.eventsView()->detail();
    auto created = library.events().get(detail->eventId());
    REQUIRE(created);
    CHECK(created->title == u"Temamøde"_s);
    CHECK(int(library.events().all()->size()) == eventsBefore + 1);
    REQUIRE(created->occurrences.size() == 1);
    const Occurrence &o = created->occurrences.first();
    CHECK(o.start == source.start);
    CHECK(o.end == source.end);
    REQUIRE(o.agenda.size() == t->agenda.size());
    for (int i = 0; i < o.agenda.size(); ++i) {
        CHECK(o.agenda[i].id != t->agenda[i].id);
        CHECK(o.agenda[i].start == t->agenda[i].start);
        CHECK(o.agenda[i].title == t->agenda[i].title);
        CHECK(o.agenda[i].speakers == (keep ? t->agenda[i].speakers : QList<SlotSpeaker>{}));
        CHECK(o.agenda[i].caseIds == (keep ? t->agenda[i].caseIds : QList<Id>{}));
    }
    AgendaEditor *editor = detail->programmeEditor()->agendaEditor();
    CHECK(editor->model()->rowCount() == o.agenda.size());

    window.undoAction()->trigger();
    CHECK_FALSE(library.events().get(created->id).ok());
    CHECK(int(library.events().all()->size()) == eventsBefore);
    window.redoAction()->trigger();
    CHECK(*library.events().get(created->id) == *created);
    CHECK(test::errorTexts(window).isEmpty());
}

TEST_CASE("the template dialog offers every template and says what the new event keeps")
{
    AgendaTemplate a;
    a.id = newId();
    a.name = u"Formiddag"_s;
    a.start = QTime(9, 30);
    a.end = QTime(12, 0);
    a.agenda = {AgendaSlot{}, AgendaSlot{}};
    AgendaTemplate b = a;
    b.id = newId();
    b.name = u"Eftermiddag"_s;
    app::TemplateChoiceDialog dialog({a, b});
    auto *list = dialog.findChild<QListWidget *>(u"templateList"_s);
    REQUIRE(list);
    REQUIRE(list->count() == 2);
    CHECK(list->item(0)->text() == u"Formiddag  (2 programpunkter · 9.30–12.00)"_s);
    CHECK(dialog.chosenId() == a.id);
    list->setCurrentRow(1);
    CHECK(dialog.chosenId() == b.id);
    CHECK(dialog.keep().speakers);
    CHECK(dialog.keep().cases);
    dialog.findChild<QCheckBox *>(u"keepSpeakers"_s)->setChecked(false);
    CHECK_FALSE(dialog.keep().speakers);
    CHECK(dialog.keep().cases);
}

TEST_CASE("templates survive the library file and go out with a JSON export")
{
    test::DemoLibraryFile file;
    AgendaTemplate made;
    {
        app::MainWindow window;
        REQUIRE(window.session()->open(file.path));
        window.openEvent(test::eventIdByTitle(window, meeting));
        templateActions(window)->setAskName(
            [](const QString &, const QString &) { return std::optional<QString>(u"Temamøde"_s); });
        templateActions(window)->saveAction()->trigger();
        const auto all = storedTemplates(*window.session()->library());
        for (const AgendaTemplate &t : all)
            if (t.name == u"Temamøde"_s)
                made = t;
        REQUIRE_FALSE(made.id.isNull());
    }
    auto reopened = openLibrary(file.path);
    REQUIRE(reopened);
    CHECK(*(*reopened)->templates().get(made.id) == made);
    const auto contents = (*reopened)->contents();
    REQUIRE(contents);
    const auto read = json::readLibraryJson(json::writeLibraryJson(*contents));
    REQUIRE(read);
    CHECK(read->templates.contains(made));
}

TEST_CASE("without a writable library the template actions are off")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    test::DemoLibraryFile archive;
    REQUIRE(window.session()->open(archive.path, OpenMode::ReadOnly));
    window.openEvent(test::eventIdByTitle(window, meeting));
    for (QAction *a : templateActions(window)->actions())
        CHECK_FALSE(a->isEnabled());
}

TEST_CASE("a look at the template dialog", "[.screenshot]")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    window.openEvent(test::eventIdByTitle(window, meeting));
    templateActions(window)->setAskName(
        [](const QString &, const QString &) { return std::optional<QString>(u"Temamøde, hel dag"_s); });
    templateActions(window)->saveAction()->trigger();
    app::TemplateChoiceDialog dialog(templateActions(window)->allTemplates());
    dialog.show();
    QTest::qWait(100);
    const QString path = qEnvironmentVariable("TEMAPLAN_SCREENSHOT", u"/tmp/template-dialog.png"_s);
    REQUIRE(dialog.grab().save(path));

    // And a template's programme open in the agenda editor.
    app::TemplateAgendaDialog agenda(templateActions(window)->allTemplates().first(),
                                     *window.session()->library());
    agenda.show();
    QTest::qWait(100);
    REQUIRE(agenda.grab().save(u"/tmp/template-agenda.png"_s));
}

TEST_CASE("a template's programme is edited in the agenda editor and saved back as one step",
          "[app][templates]")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    Library &library = *window.session()->library();
    QUndoStack *stack = window.session()->undoStack();
    window.openEvent(test::eventIdByTitle(window, meeting));
    app::TemplateActions *actions = templateActions(window);
    REQUIRE(actions->saveAsTemplate(u"Temamøde"_s));
    const QList<AgendaTemplate> all = storedTemplates(library);
    const auto found = std::find_if(
        all.cbegin(), all.cend(), [](const AgendaTemplate &t) { return t.name == u"Temamøde"_s; });
    REQUIRE(found != all.cend());
    const AgendaTemplate made = *found;
    REQUIRE(made.agenda.size() >= 3);
    const int steps = stack->count();

    app::TemplatesDialog dialog(actions);
    dialog.list()->setCurrentRow(int(found - all.cbegin()));
    auto *editButton = dialog.findChild<QPushButton *>(u"editTemplateAgenda"_s);
    REQUIRE(editButton);
    REQUIRE(editButton->isEnabled());

    // The real dialog, edited as a person would in it: the editor shows the template's
    // programme, several edits are made there, and Gem writes them.
    QString shownTitle;
    AgendaTemplate expected;
    actions->setAskAgenda([&](const AgendaTemplate &source) -> std::optional<AgendaTemplate> {
        app::TemplateAgendaDialog edit(source, library);
        AgendaEditor *editor = edit.editor();
        shownTitle = edit.windowTitle();
        CHECK(editor->model()->agenda() == source.agenda);
        const int last = editor->model()->rowCount() - 1;
        AgendaSlot closing = editor->model()->slotAt(last);
        closing.title = u"Tak for i dag"_s;
        CHECK(editor->model()->editSlot(last, closing));
        CHECK(editor->model()->removeSlot(0));
        // Its own history while the dialog is open; the window's is untouched.
        CHECK(editor->undoStack()->count() == 2);
        CHECK(stack->count() == steps);
        expected = edit.edited();
        return expected;
    });
    editButton->click();
    CHECK(shownTitle == u"Program i skabelonen «Temamøde»"_s);
    REQUIRE(stack->count() == steps + 1);
    CHECK(stack->undoText() == u"Ret program i skabelon «Temamøde»"_s);
    const AgendaTemplate saved = *library.templates().get(made.id);
    CHECK(saved.agenda == expected.agenda);
    CHECK(saved.agenda.size() == made.agenda.size() - 1);
    CHECK(saved.agenda.last().title == u"Tak for i dag"_s);
    CHECK(saved.name == made.name);
    // The list says what the template now holds.
    CHECK(dialog.list()->currentItem()->text() == app::templateSummary(saved));

    undo(window);
    CHECK(*library.templates().get(made.id) == made);
    CHECK(dialog.list()->currentItem()->text() == app::templateSummary(made));
    redo(window);
    CHECK(*library.templates().get(made.id) == saved);

    // Annuller, or Gem without a change, writes nothing.
    actions->setAskAgenda([](const AgendaTemplate &) { return std::optional<AgendaTemplate>(); });
    CHECK_FALSE(actions->askEditAgenda(made.id));
    actions->setAskAgenda([](const AgendaTemplate &source) { return std::optional(source); });
    CHECK_FALSE(actions->askEditAgenda(made.id));
    CHECK(stack->count() == steps + 1);
    CHECK(test::errorTexts(window).isEmpty());
}
