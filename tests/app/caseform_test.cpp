#include "apptestsupport.h"

#include "app/casedetailview.h"
#include "app/caseform.h"
#include "app/caselistmodel.h"
#include "app/casesearchcontroller.h"
#include "app/casesview.h"
#include "app/libraryfileactions.h"
#include "app/librarysession.h"
#include "app/peopleview.h"
#include "app/personform.h"
#include "app/recordchooser.h"
#include "app/editor/searchline.h"

#include "store/libraryfile.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace temaplan;

namespace {

QString rowTitle(app::CasesView *cases, const Id &id)
{
    const int row = cases->model()->rowOf(id);
    return row < 0 ? QString() : cases->model()->row(row).title;
}

} // namespace

TEST_CASE("a case's fields are corrected in the case room, each one step, and undone",
          "[app][cases][caseform]")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    Library &library = *window.session()->library();
    QUndoStack *stack = window.session()->undoStack();
    const Id social = test::caseIdByTitle(window, u"Social balance"_s);
    REQUIRE_FALSE(social.isNull());
    window.openCase(social);
    app::CasesView *cases = window.casesView();
    app::CaseDetailView *detail = cases->detail();
    app::CaseForm *form = detail->form();
    REQUIRE(detail->caseId() == social);
    const Case original = *library.cases().get(social);
    const auto stored = [&] {
        return *library.cases().get(social);
    };
    // Shown, as saved; nobody's name read but the contact's own.
    auto *title = test::field<QLineEdit>(form, "titleEdit");
    CHECK(title->text() == u"Social balance"_s);
    CHECK(form->ownerChooser()->currentText() == u"Gladsaxe Kommune"_s);
    CHECK(form->contactChooser()->text().startsWith(u"Mette Dybkjær"_s));
    CHECK(form->contactChooser()->chosenId() == original.contactId);
    CHECK_FALSE(form->ownerChooser()->hasChoices());
    CHECK(form->isEnabled());
    CHECK(title->isEnabled());
    const int steps = stack->count();

    // The title, typed: one step, the list row and the detail follow.
    test::typeInto(title, u"Social balance i Bagsværd"_s);
    Case expected = original;
    expected.title = u"Social balance i Bagsværd"_s;
    CHECK(stored() == expected);
    CHECK(stack->count() == steps + 1);
    CHECK(window.undoAction()->text() == u"&Fortryd «Ret titel»"_s);
    CHECK(rowTitle(cases, social) == expected.title);
    CHECK(detail->findChild<QLabel *>(u"caseTitle"_s)->text() == expected.title);
    CHECK(form->message().isEmpty());

    // An empty title is refused, said in Danish, and nothing is written; left empty, the
    // saved title comes back.
    title->setFocus();
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Backspace);
    CHECK(title->text().isEmpty());
    CHECK(form->message() ==
          u"En case skal have en titel. Den gemte titel «Social balance i Bagsværd» står "
          "tilbage, hvis feltet forlades tomt."_s);
    CHECK(stored() == expected);
    CHECK(stack->count() == steps + 1);
    QTest::keyClick(title, Qt::Key_Return);
    CHECK(title->text() == expected.title);
    CHECK(form->message() ==
          u"En case skal have en titel, så «Social balance i Bagsværd» er beholdt."_s);
    CHECK(stored() == expected);

    // The owner, chosen by typing its name (the list is read now, on first use).
    app::RecordChooser *owner = form->ownerChooser();
    const Id halsnaes = test::organisationByName(library, u"Halsnæs Kommune"_s);
    REQUIRE_FALSE(halsnaes.isNull());
    owner->setFocus();
    CHECK(owner->hasChoices());
    CHECK(owner->count() == library.organisations().all()->size() + 1);
    owner->lineEdit()->selectAll();
    test::typeText(owner->lineEdit(), u"halsnæs kommune"_s);
    QTest::keyClick(owner->lineEdit(), Qt::Key_Return);
    expected.ownerId = halsnaes;
    CHECK(stored() == expected);
    CHECK(stack->count() == steps + 2);
    CHECK(window.undoAction()->text() == u"&Fortryd «Ret ejer»"_s);
    CHECK(cases->model()->row(cases->model()->rowOf(social)).owner == u"Halsnæs Kommune"_s);
    // A name that is nobody's: refused, the saved owner shown again.
    owner->lineEdit()->selectAll();
    test::typeText(owner->lineEdit(), u"Ingenby Kommune"_s);
    QTest::keyClick(owner->lineEdit(), Qt::Key_Return);
    CHECK(form->message().startsWith(
        u"Ingen organisation i biblioteket hedder «Ingenby Kommune»."_s));
    CHECK(owner->currentText() == u"Halsnæs Kommune"_s);
    CHECK(stored() == expected);

    // The period: a start year, then an end year before it (refused), then a right one.
    auto *start = test::field<QLineEdit>(form, "startYearEdit");
    auto *end = test::field<QLineEdit>(form, "endYearEdit");
    test::typeInto(start, u"2021"_s);
    expected.startYear = 2021;
    CHECK(stored() == expected);
    CHECK(window.undoAction()->text() == u"&Fortryd «Ret startår»"_s);
    test::typeInto(end, u"2019"_s);
    CHECK(form->message() ==
          u"Slutåret 2019 ligger før startåret 2021. Ret et af dem; perioden er ikke gemt."_s);
    CHECK(stored() == expected);
    CHECK(end->text() == u"2019"_s); // what was typed is not lost
    test::typeInto(end, u"20"_s);
    CHECK(form->message().startsWith(u"«20» er ikke et årstal."_s));
    CHECK(stored() == expected);
    test::typeInto(end, u"2024"_s);
    expected.endYear = 2024;
    CHECK(stored() == expected);
    CHECK(form->message().isEmpty());
    CHECK(window.undoAction()->text() == u"&Fortryd «Ret slutår»"_s);
    CHECK(stack->count() == steps + 4);
    const CaseRow row = cases->model()->row(cases->model()->rowOf(social));
    CHECK((row.startYear == 2021 && row.endYear == 2024));

    // Themes, separated by commas, each once.
    test::typeInto(test::field<QLineEdit>(form, "themesEdit"), u"lokalsamfund, Mobilitet, mobilitet"_s);
    expected.themes = {u"lokalsamfund"_s, u"Mobilitet"_s};
    CHECK(stored() == expected);
    CHECK(window.undoAction()->text() == u"&Fortryd «Ret temaer»"_s);
    CHECK(stack->count() == steps + 5);

    // The contact: emptied is nobody; then someone else, searched for by part of the
    // name and picked from the matches; a name that is nobody's is refused.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    SearchLine *contact = form->contactChooser();
    contact->setFocus();
    contact->clear();
    QTest::keyClick(contact, Qt::Key_Return);
    expected.contactId = {};
    CHECK(stored() == expected);
    CHECK(window.undoAction()->text() == u"&Fortryd «Ret kontaktperson»"_s);
    test::typeText(contact, u"vibeke sk"_s);
    QAbstractItemView *matches = contact->matches()->popup();
    REQUIRE(test::waitUntil([&] { return matches->isVisible(); }));
    QTest::keyClick(matches, Qt::Key_Down);
    QTest::keyClick(matches, Qt::Key_Return);
    expected.contactId = test::personByName(library, u"Vibeke Skøtt"_s);
    REQUIRE_FALSE(expected.contactId.isNull());
    CHECK(stored() == expected);
    CHECK(stack->count() == steps + 7);
    CHECK(contact->text().startsWith(u"Vibeke Skøtt"_s));
    contact->selectAll();
    test::typeText(contact, u"Ingen Person"_s);
    QTest::keyClick(contact, Qt::Key_Return);
    CHECK(form->message().startsWith(u"Ingen person i biblioteket hedder «Ingen Person»."_s));
    CHECK(contact->text().startsWith(u"Vibeke Skøtt"_s));
    CHECK(stored() == expected);
    CHECK(stack->count() == steps + 7);

    // The summary: typing is one step, ended when the field is left.
    auto *summary = test::field<QPlainTextEdit>(form, "summaryEdit");
    summary->setFocus();
    summary->selectAll();
    test::typeText(summary, u"Et nyt resumé."_s);
    title->setFocus();
    expected.summary = descriptionFromMarkup(u"Et nyt resumé."_s);
    CHECK(stored() == expected);
    CHECK(window.undoAction()->text() == u"&Fortryd «Ret resumé»"_s);
    CHECK(stack->count() == steps + 8);
    CHECK(test::errorTexts(window).isEmpty());

    // Every step undone from the Rediger menu: the case as it was, in the form and the list.
    while (stack->count() > steps && stack->canUndo() && stored() != original)
        window.undoAction()->trigger();
    CHECK(stored() == original);
    CHECK(title->text() == original.title);
    CHECK(form->ownerChooser()->currentText() == u"Gladsaxe Kommune"_s);
    CHECK(start->text().isEmpty());
    CHECK(rowTitle(cases, social) == original.title);
    while (stack->canRedo())
        window.redoAction()->trigger();
    CHECK(stored() == expected);
    CHECK(title->text() == expected.title);

    // Fortryd with another case shown brings the corrected one back into view.
    const Id lokale = test::caseIdByTitle(window, u"Lokale sundhedstilbud"_s);
    REQUIRE(cases->selectCase(lokale));
    REQUIRE(detail->caseId() == lokale);
    window.undoAction()->trigger();
    CHECK(detail->caseId() == social);
    CHECK(cases->table()->currentIndex().row() == cases->model()->rowOf(social));
    CHECK(test::field<QPlainTextEdit>(form, "summaryEdit")->toPlainText() ==
          descriptionToMarkup(original.summary));
}

TEST_CASE("a case's new title is found by the search, and Ctrl+Z in the room undoes it",
          "[app][cases][caseform]")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    Library &library = *window.session()->library();
    const Id social = test::caseIdByTitle(window, u"Social balance"_s);
    const Id lokale = test::caseIdByTitle(window, u"Lokale sundhedstilbud"_s);
    REQUIRE_FALSE(lokale.isNull());
    window.openCase(social);
    app::CasesView *cases = window.casesView();
    app::CaseForm *form = cases->detail()->form();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    test::typeInto(test::field<QLineEdit>(form, "titleEdit"), u"Social balance på Trekroner"_s);
    // The library indexes the new title as it saves it: found by a word only it has,
    // spelt either way.
    for (const QString &query : {u"trekroner"_s, u"trekroner social"_s}) {
        INFO(query.toStdString());
        cases->searchField()->setText(query);
        CHECK(test::waitUntil([&] {
            return cases->controller()->lastQuery() == query && cases->model()->rowCount() > 0;
        }));
        CHECK(cases->model()->rowCount() == 1);
        CHECK(rowTitle(cases, social) == u"Social balance på Trekroner"_s);
    }
    CHECK(library.searchCases(u"trekroner"_s, 10)->size() == 1);

    // Ctrl+Z where the list has the keyboard undoes the correction …
    cases->table()->setFocus();
    QTest::keyClick(cases->table(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(library.cases().get(social)->title == u"Social balance"_s);
    CHECK(rowTitle(cases, social) == u"Social balance"_s);
    CHECK(test::field<QLineEdit>(form, "titleEdit")->text() == u"Social balance"_s);
    CHECK(library.searchCases(u"trekroner"_s, 10)->isEmpty());

    // … also after a merge, whose own history is then the older: the correction first,
    // then the merge.
    cases->searchField()->clear();
    CHECK(test::waitUntil([&] { return cases->model()->rowOf(lokale) >= 0; }));
    REQUIRE(cases->mergeCases(social, lokale));
    REQUIRE(cases->detail()->caseId() == social);
    test::typeInto(test::field<QLineEdit>(form, "titleEdit"), u"Social balance samlet"_s);
    REQUIRE(library.cases().get(social)->title == u"Social balance samlet"_s);
    cases->table()->setFocus();
    QTest::keyClick(cases->table(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(library.cases().get(social)->title == u"Social balance"_s);
    CHECK_FALSE(library.cases().get(lokale).ok());
    QTest::keyClick(cases->table(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(library.cases().get(lokale).ok());
    // And Ctrl+Shift+Z brings the merge back.
    QTest::keyClick(cases->table(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK_FALSE(library.cases().get(lokale).ok());

    // A merge undone, then a correction: the merge can no longer be redone over it.
    QTest::keyClick(cases->table(), Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(library.cases().get(lokale).ok());
    REQUIRE(cases->undoStack()->canRedo());
    test::typeInto(test::field<QLineEdit>(form, "titleEdit"), u"Social balance, rettet"_s);
    CHECK_FALSE(cases->undoStack()->canRedo());
    cases->table()->setFocus();
    QTest::keyClick(cases->table(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(library.cases().get(social)->title == u"Social balance, rettet"_s);
    CHECK(library.cases().get(lokale).ok());
    // Ctrl+Z takes the correction back.
    QTest::keyClick(cases->table(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(library.cases().get(social)->title == u"Social balance"_s);
    CHECK(test::errorTexts(window).isEmpty());
}

TEST_CASE("a read-only library shows a case's fields but lets none be changed",
          "[app][cases][caseform]")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    test::DemoLibraryFile archive;
    REQUIRE(window.fileActions()->openFile(archive.path, OpenMode::ReadOnly));
    const Id social = test::caseIdByTitle(window, u"Social balance"_s);
    window.openCase(social);
    app::CaseForm *form = window.casesView()->detail()->form();
    REQUIRE(window.casesView()->detail()->caseId() == social);
    auto *title = test::field<QLineEdit>(form, "titleEdit");
    CHECK(title->text() == u"Social balance"_s);
    for (QWidget *w : QList<QWidget *>{
             title, form->ownerChooser(), form->contactChooser(),
             test::field<QLineEdit>(form, "startYearEdit"), test::field<QLineEdit>(form, "endYearEdit"),
             test::field<QLineEdit>(form, "themesEdit"), test::field<QPlainTextEdit>(form, "summaryEdit")}) {
        INFO(w->objectName().toStdString());
        CHECK_FALSE(w->isEnabled());
    }
    CHECK(window.session()->undoStack()->count() == 0);
}

TEST_CASE("every field of a case's form has a label with a mnemonic and is reached by Tab",
          "[app][cases][caseform]")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    window.openCase(test::caseIdByTitle(window, u"Social balance"_s));
    app::CaseForm *form = window.casesView()->detail()->form();
    QList<QWidget *> buddies;
    for (QLabel *label : form->findChildren<QLabel *>()) {
        if (!label->buddy())
            continue;
        INFO(label->text().toStdString());
        CHECK(label->text().contains(u'&'));
        buddies.append(label->buddy());
    }
    CHECK(buddies.size() == 6);
    // Tab from the title passes every field once, in the order shown.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    const QList<QWidget *> order{
        test::field<QLineEdit>(form, "titleEdit"),       form->ownerChooser(),
        test::field<QLineEdit>(form, "startYearEdit"),   test::field<QLineEdit>(form, "endYearEdit"),
        test::field<QLineEdit>(form, "themesEdit"),      form->contactChooser(),
        test::field<QPlainTextEdit>(form, "summaryEdit")};
    order.first()->setFocus();
    for (qsizetype i = 1; i < order.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focused = QApplication::focusWidget();
        // An editable combo box's keyboard goes to its line edit.
        const bool there =
            focused == order.at(i) || (focused && focused->parentWidget() == order.at(i));
        INFO(i);
        CHECK(there);
    }
}

TEST_CASE("a contact and an owner are chosen by part of a name from the completion list",
          "[app][cases][caseform]")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    Library &library = *window.session()->library();
    const Id mistrivsel = test::caseIdByTitle(window, u"Mistrivsel"_s);
    window.openCase(mistrivsel);
    app::CaseForm *form = window.casesView()->detail()->form();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    SearchLine *contact = form->contactChooser();
    contact->setFocus();
    contact->selectAll();
    test::typeText(contact, u"dybkj"_s);
    QAbstractItemView *popup = contact->matches()->popup();
    REQUIRE(test::waitUntil([&] { return popup->isVisible(); }));
    CHECK(contact->matches()->completionCount() == 1);
    CHECK(contact->matches()->completionModel()->index(0, 0).data().toString().startsWith(
        u"Mette Dybkjær"_s));
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    const Case withContact = *library.cases().get(mistrivsel);
    REQUIRE_FALSE(withContact.contactId.isNull());
    CHECK(library.people().get(withContact.contactId)->name == u"Mette Dybkjær"_s);
    CHECK(window.undoAction()->text() == u"&Fortryd «Ret kontaktperson»"_s);
    CHECK(contact->text().startsWith(u"Mette Dybkjær"_s));

    app::RecordChooser *owner = form->ownerChooser();
    owner->lineEdit()->setFocus();
    owner->lineEdit()->selectAll();
    test::typeText(owner->lineEdit(), u"halsn"_s);
    popup = owner->completer()->popup();
    REQUIRE(test::waitUntil([&] { return popup->isVisible(); }));
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    CHECK(library.cases().get(mistrivsel)->ownerId ==
          test::organisationByName(library, u"Halsnæs Kommune"_s));
    CHECK(window.undoAction()->text() == u"&Fortryd «Ret ejer»"_s);
    CHECK(form->message().isEmpty());

    // A theme the library uses (as the room's facets counted them, on their thread) is
    // completed after the comma; those before it stay.
    REQUIRE(test::waitUntil([&] { return form->knownThemes().contains(u"lokal bærekraft"_s); }));
    auto *themes = test::field<QLineEdit>(form, "themesEdit");
    themes->setFocus();
    themes->setText(u"mobilitet, "_s);
    test::typeText(themes, u"bærek"_s);
    popup = themes->completer()->popup();
    REQUIRE(test::waitUntil([&] { return popup->isVisible(); }));
    CHECK(themes->completer()->currentCompletion() == u"mobilitet, lokal bærekraft"_s);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QTest::keyClick(themes, Qt::Key_Return);
    CHECK(library.cases().get(mistrivsel)->themes ==
          QStringList{u"mobilitet"_s, u"lokal bærekraft"_s});
    CHECK(test::errorTexts(window).isEmpty());
}

TEST_CASE("a contact renamed in the people room shows by the new name in the case's form",
          "[app][cases][caseform]")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    Library &library = *window.session()->library();
    const Id social = test::caseIdByTitle(window, u"Social balance"_s);
    window.openCase(social);
    app::CaseForm *form = window.casesView()->detail()->form();
    SearchLine *contact = form->contactChooser();
    const Id mette = library.cases().get(social)->contactId;
    REQUIRE_FALSE(mette.isNull());

    window.showRoom(app::MainWindow::PeopleRoom);
    REQUIRE(window.peopleView()->selectRecord(mette));
    test::typeInto(test::field<QLineEdit>(window.peopleView()->findChild<app::PersonForm *>(), "nameEdit"),
             u"Mette Dybkjær Holm"_s);
    REQUIRE(library.people().get(mette)->name == u"Mette Dybkjær Holm"_s);

    window.openCase(social);
    CHECK(contact->text().startsWith(u"Mette Dybkjær Holm"_s));
    CHECK(contact->chosenId() == mette);
    // Found by the new name as one types it.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    contact->setFocus();
    contact->selectAll();
    test::typeText(contact, u"dybkjær ho"_s);
    REQUIRE(test::waitUntil([&] { return contact->matches()->popup()->isVisible(); }));
    CHECK(contact->matches()->completionModel()->index(0, 0).data().toString().startsWith(
        u"Mette Dybkjær Holm"_s));
}
