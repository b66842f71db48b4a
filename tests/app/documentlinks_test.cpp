#include "apptestsupport.h"

#include "app/casedetailview.h"
#include "app/casesview.h"
#include "app/documentlinksedit.h"
#include "app/libraryfileactions.h"
#include "app/librarysession.h"
#include "app/themegroupform.h"
#include "app/themegroupsview.h"
#include "store/libraryfile.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace temaplan;

namespace {

// What another program opening the file finds: the edit was written, not only shown.
DocumentLinks documentsInFile(const QString &path, const Id &groupId)
{
    auto other = openLibrary(path, OpenMode::ReadOnly);
    REQUIRE(other.ok());
    const auto group = (*other)->themeGroups().get(groupId);
    REQUIRE(group.ok());
    return group->documents;
}

QStringList shownTitles(const app::DocumentLinksEdit *edit)
{
    QStringList titles;
    for (int row = 0; row < edit->table()->rowCount(); ++row)
        titles << edit->table()->item(row, app::DocumentLinksEdit::TitleColumn)->text();
    return titles;
}

} // namespace

TEST_CASE("a link's address is taken whole or refused with a reason", "[app][links]")
{
    CHECK(app::documentUrlFrom(u" https://www.sund-by-net.dk/håndbog.pdf "_s) ==
          u"https://www.sund-by-net.dk/håndbog.pdf"_s);
    // As the programmes print it: the scheme is added.
    CHECK(app::documentUrlFrom(u"www.sund-by-net.dk"_s) == u"https://www.sund-by-net.dk"_s);
    CHECK(app::documentUrlFrom(u"mailto:post@sundbynetvaerket.dk"_s) ==
          u"mailto:post@sundbynetvaerket.dk"_s);
    CHECK(app::documentUrlFrom(u"http://example.org/a?b=c#d"_s) == u"http://example.org/a?b=c#d"_s);
    // Not known yet: a link known by its title, as the seed's handbook.
    CHECK(app::documentUrlFrom(u"  "_s) == QString());

    for (const QString &bad : {u"håndbogen"_s, u"www.sund by net.dk"_s, u"javascript:alert(1)"_s,
                               u"file:///etc/passwd"_s, u"https://"_s, u"https://.dk"_s,
                               u"mailto:ingen"_s, u"htp//www.kl.dk"_s, u"https://kl."_s}) {
        INFO(bad.toStdString());
        QString error;
        CHECK_FALSE(app::documentUrlFrom(bad, &error).has_value());
        CHECK(error.contains(u"er ikke en gyldig adresse"_s));
    }
}

TEST_CASE("a theme group's documents are added, edited, moved and removed, each one step",
          "[app][rooms][links]")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    Library &library = *window.session()->library();
    QUndoStack *stack = window.session()->undoStack();
    window.showRoom(app::MainWindow::ThemeGroupsRoom);
    app::ThemeGroupsView *room = window.themeGroupsView();
    const Id id = room->currentId();
    REQUIRE_FALSE(id.isNull());
    const auto stored = [&] {
        return library.themeGroups().get(id)->documents;
    };
    const DocumentLinks original = stored();
    // The seed names the handbook without its address.
    REQUIRE(original == DocumentLinks{{u"Strategisk lokalsamfunds håndbog"_s, {}}});

    app::DocumentLinksEdit *edit = room->form()->documentsEdit();
    QTableWidget *table = edit->table();
    CHECK(shownTitles(edit) == QStringList{u"Strategisk lokalsamfunds håndbog"_s});

    // Added from the line under the table, Enter in the address field.
    edit->titleField()->setText(u"Referat af mødet"_s);
    edit->urlField()->setText(u"www.sund-by-net.dk/referat.pdf"_s);
    QTest::keyClick(edit->urlField(), Qt::Key_Return);
    const DocumentLinks added{original.first(),
                              {u"Referat af mødet"_s, u"https://www.sund-by-net.dk/referat.pdf"_s}};
    CHECK(stored() == added);
    CHECK(documentsInFile(demo.file.path, id) == added);
    CHECK(shownTitles(edit) ==
          QStringList{u"Strategisk lokalsamfunds håndbog"_s, u"Referat af mødet"_s});
    CHECK(edit->titleField()->text().isEmpty());
    CHECK(window.undoAction()->text() == u"&Fortryd «Tilføj link «Referat af mødet»»"_s);
    const int afterAdd = stack->count();

    // An address that is not one is refused, said in Danish, and nothing is written.
    edit->titleField()->setText(u"Slides"_s);
    edit->urlField()->setText(u"slides fra mødet"_s);
    edit->addButton()->click();
    CHECK(edit->message() ==
          u"«slides fra mødet» er ikke en gyldig adresse. Skriv hele adressen, fx "
          "https://www.sund-by-net.dk/haandbog.pdf."_s);
    CHECK(stored() == added);
    CHECK(stack->count() == afterAdd);
    CHECK(edit->titleField()->text() == u"Slides"_s); // nothing typed is lost
    edit->titleField()->clear();
    edit->urlField()->clear();

    // The handbook's address, edited in its cell (as the table's editor commits it).
    table->item(0, app::DocumentLinksEdit::UrlColumn)
        ->setText(u"https://www.sund-by-net.dk/haandbog.pdf"_s);
    CHECK(edit->message().isEmpty());
    DocumentLinks edited = added;
    edited[0].url = u"https://www.sund-by-net.dk/haandbog.pdf"_s;
    CHECK(stored() == edited);
    CHECK(window.undoAction()->text() ==
          u"&Fortryd «Ret link «Strategisk lokalsamfunds håndbog»»"_s);
    // A bad address in a cell: refused, and the cell shows the saved one again.
    table->item(1, app::DocumentLinksEdit::UrlColumn)->setText(u"referat"_s);
    CHECK(edit->message().contains(u"«referat» er ikke en gyldig adresse"_s));
    CHECK(table->item(1, app::DocumentLinksEdit::UrlColumn)->text() == added.at(1).url);
    CHECK(stored() == edited);
    // An empty title too.
    table->item(1, app::DocumentLinksEdit::TitleColumn)->setText(u" "_s);
    CHECK(edit->message() == u"Giv linket en titel, fx «Håndbog»."_s);
    CHECK(stored() == edited);

    // Alt+Up in the table moves the chosen link; the choice follows it.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    table->setFocus();
    table->setCurrentCell(1, 0);
    QTest::keyClick(table, Qt::Key_Up, Qt::AltModifier);
    const DocumentLinks moved{edited.at(1), edited.at(0)};
    CHECK(stored() == moved);
    CHECK(table->currentRow() == 0);
    CHECK(window.undoAction()->text() == u"&Fortryd «Flyt link «Referat af mødet» op»"_s);
    CHECK_FALSE(edit->upButton()->isEnabled());
    edit->downButton()->click();
    CHECK(stored() == edited);
    window.undoAction()->trigger();
    CHECK(stored() == moved);

    // Delete removes the chosen one.
    table->setCurrentCell(1, 0);
    QTest::keyClick(table, Qt::Key_Delete);
    const DocumentLinks removed{moved.at(0)};
    CHECK(stored() == removed);
    CHECK(shownTitles(edit) == QStringList{u"Referat af mødet"_s});
    CHECK(documentsInFile(demo.file.path, id) == removed);

    // Typed in the cell's own editor, as a person does: Enter writes it.
    table->setCurrentCell(0, app::DocumentLinksEdit::TitleColumn);
    table->editItem(table->item(0, app::DocumentLinksEdit::TitleColumn));
    auto *cellEditor = table->viewport()->findChild<QLineEdit *>();
    REQUIRE(cellEditor);
    cellEditor->setText(u"Referat"_s);
    QTest::keyClick(cellEditor, Qt::Key_Return);
    DocumentLinks retitled = removed;
    retitled[0].title = u"Referat"_s;
    // The delegate commits after the editor has seen the key, a moment later.
    CHECK(test::waitUntil([&] { return stored() == retitled; }));
    CHECK(shownTitles(edit) == QStringList{u"Referat"_s});

    // Every step undone leaves the group as it was; redone, as it became.
    while (stored() != original && stack->canUndo())
        window.undoAction()->trigger();
    CHECK(stored() == original);
    CHECK(documentsInFile(demo.file.path, id) == original);
    CHECK(shownTitles(edit) == QStringList{u"Strategisk lokalsamfunds håndbog"_s});
    while (stack->canRedo())
        window.redoAction()->trigger();
    CHECK(stored() == retitled);
    CHECK(window.currentRoom() == app::MainWindow::ThemeGroupsRoom);
    CHECK(test::errorTexts(window).isEmpty());
}

TEST_CASE("a case's links and documents are edited in the case room with the same piece",
          "[app][links]")
{
    test::DemoWindow demo;
    app::MainWindow &window = demo.window;
    Library &library = *window.session()->library();
    const Id social = test::caseIdByTitle(window, u"Social balance"_s);
    REQUIRE_FALSE(social.isNull());
    window.openCase(social);
    app::CaseDetailView *detail = window.casesView()->detail();
    REQUIRE(detail->caseId() == social);
    const Case original = *library.cases().get(social);

    app::DocumentLinksEdit *links = detail->linksEdit();
    CHECK(links->links() == original.links);
    links->titleField()->setText(u"Link til casen"_s);
    links->urlField()->setText(u"https://gladsaxe.dk/social-balance"_s);
    links->addButton()->click();
    Case changed = original;
    changed.links.append({u"Link til casen"_s, u"https://gladsaxe.dk/social-balance"_s});
    CHECK(*library.cases().get(social) == changed);
    CHECK(links->links() == changed.links);
    CHECK(window.undoAction()->text() == u"&Fortryd «Tilføj link «Link til casen»»"_s);

    app::DocumentLinksEdit *documents = detail->documentsEdit();
    CHECK_FALSE(documents->addLink(u"Slides"_s, u"ftp//kl.dk"_s));
    CHECK(documents->message().contains(u"er ikke en gyldig adresse"_s));
    CHECK(documents->addLink(u"Slides"_s, u"www.kl.dk/slides.pdf"_s));
    changed.documents.append({u"Slides"_s, u"https://www.kl.dk/slides.pdf"_s});
    CHECK(*library.cases().get(social) == changed);

    // Fortryd from another room brings the case back into view as it was.
    window.showRoom(app::MainWindow::PeopleRoom);
    window.undoAction()->trigger();
    window.undoAction()->trigger();
    CHECK(*library.cases().get(social) == original);
    CHECK(window.currentRoom() == app::MainWindow::CasesRoom);
    CHECK(detail->caseId() == social);
    CHECK(links->links() == original.links);
    CHECK(documents->links() == original.documents);
    window.redoAction()->trigger();
    CHECK(links->links() == changed.links);
    CHECK(test::errorTexts(window).isEmpty());

    // Read-only: shown, not editable.
    test::DemoLibraryFile archive;
    REQUIRE(window.fileActions()->openFile(archive.path, OpenMode::ReadOnly));
    const Id again = test::caseIdByTitle(window, u"Social balance"_s);
    window.openCase(again);
    REQUIRE(detail->caseId() == again);
    CHECK_FALSE(detail->linksEdit()->titleField()->isEnabled());
    CHECK_FALSE(detail->linksEdit()->addLink(u"Mere"_s, u"https://kl.dk"_s));
    CHECK(window.session()->library()->cases().get(again)->links == original.links);
}
