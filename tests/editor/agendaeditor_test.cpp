#include "seedprogramme.h"

#include "app/editor/agendaeditor.h"
#include "app/editor/agendamodel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace temaplan;

namespace {

// Shortcuts only fire in the active window, as for a user.
void showActive(QWidget &widget)
{
    widget.resize(1100, 640);
    widget.show();
    widget.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&widget));
}

} // namespace

TEST_CASE("The editor shows the occurrence and gives it back", "[editor][widget]")
{
    const seed::Programme p = seed::gladsaxe();
    AgendaEditor editor;
    editor.setOccurrence(p.occurrence, p.lookups());
    editor.setChoices(p.choices());

    CHECK(editor.occurrence() == p.occurrence);
    CHECK(editor.currentRow() == 0);
    CHECK_FALSE(editor.isModified());
    CHECK(editor.undoStack()->count() == 0);
    CHECK(editor.undoAction()->text() == u"Fortryd"_s);
}

TEST_CASE("Editing a title in the form is one undo step", "[editor][widget]")
{
    const seed::Programme p = seed::gladsaxe();
    AgendaEditor editor;
    editor.setOccurrence(p.occurrence, p.lookups());
    showActive(editor);
    QSignalSpy changed(&editor, &AgendaEditor::changed);

    editor.setCurrentRow(seed::SocialBalance);
    auto *title = editor.findChild<QLineEdit *>(u"titleEdit"_s);
    REQUIRE(title);
    CHECK(title->text() == u"Gladsaxe – 'Social balance'"_s);
    title->setFocus();
    title->selectAll();
    // QTest types ASCII only; the form keeps what is typed as it is.
    QTest::keyClicks(title, u"Gladsaxe Kommune - 'Social balance'"_s);
    CHECK(editor.undoStack()->count() == 0); // typing is not yet an edit
    QTest::keyClick(title, Qt::Key_Return);

    CHECK(editor.undoStack()->count() == 1);
    CHECK(editor.undoStack()->undoText() == u"Ret titel til «Gladsaxe Kommune - 'Social balance'»"_s);
    CHECK(editor.occurrence().agenda.at(seed::SocialBalance).title ==
          u"Gladsaxe Kommune - 'Social balance'"_s);
    CHECK(changed.count() == 1);
    CHECK(editor.isModified());

    // Leaving the field after Enter does not add a second step.
    editor.findChild<QTableView *>(u"agendaTable"_s)->setFocus();
    CHECK(editor.undoStack()->count() == 1);

    editor.undoStack()->undo();
    CHECK(editor.occurrence() == p.occurrence);
    CHECK(title->text() == u"Gladsaxe – 'Social balance'"_s);
    CHECK_FALSE(editor.isModified());
}

TEST_CASE("A description edit is committed when the field is left", "[editor][widget]")
{
    const seed::Programme p = seed::gladsaxe();
    AgendaEditor editor;
    editor.setOccurrence(p.occurrence, p.lookups());
    showActive(editor);

    editor.setCurrentRow(seed::Indicators);
    auto *description = editor.findChild<QPlainTextEdit *>(u"descriptionEdit"_s);
    REQUIRE(description);
    description->setFocus();
    QTest::keyClicks(description, u"- ni effektmaal"_s);
    editor.findChild<QTableView *>(u"agendaTable"_s)->setFocus();

    REQUIRE(editor.undoStack()->count() == 1);
    CHECK(editor.undoStack()->undoText() == u"Ret beskrivelse af «Effektmål, indikatorer og data i Social…»"_s);
    const Description d = editor.occurrence().agenda.at(seed::Indicators).description;
    REQUIRE(d.size() == 1);
    CHECK(d.first().kind == TextBlock::Kind::Bullet);
    CHECK(d.first().text == u"ni effektmaal"_s);
    CHECK(description->toPlainText() == u"• ni effektmaal"_s);
}

TEST_CASE("Keys insert, delete, move and undo", "[editor][widget]")
{
    const seed::Programme p = seed::gladsaxe();
    AgendaEditor editor;
    editor.setOccurrence(p.occurrence, p.lookups());
    showActive(editor);
    auto *table = editor.findChild<QTableView *>(u"agendaTable"_s);
    REQUIRE(table);

    editor.setNewSlotMinutes(15);
    editor.setCurrentRow(seed::Welcome);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Insert);
    REQUIRE(editor.undoStack()->count() == 1);
    CHECK(editor.currentRow() == seed::SocialBalance);
    CHECK(editor.occurrence().agenda.at(seed::SocialBalance).start == QTime(10, 30));
    CHECK(editor.occurrence().agenda.at(seed::SocialBalance + 1).start == QTime(10, 45));

    // Focus went to the new slot's title; Ctrl+Z in the editor still undoes the insert.
    QTest::keyClick(&editor, Qt::Key_Z, Qt::ControlModifier);
    CHECK(editor.undoStack()->count() == 1);
    CHECK(editor.undoStack()->index() == 0);
    CHECK(editor.occurrence() == p.occurrence);

    QTest::keyClick(&editor, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(editor.undoStack()->index() == 1);
    CHECK(editor.occurrence().agenda.size() == p.occurrence.agenda.size() + 1);

    table->setFocus();
    editor.setCurrentRow(seed::SocialBalance);
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK(editor.undoStack()->index() == 2);
    CHECK(editor.occurrence().agenda.at(seed::SocialBalance).start == QTime(10, 30));

    editor.setCurrentRow(seed::Indicators);
    QTest::keyClick(table, Qt::Key_Up, Qt::AltModifier);
    CHECK(editor.undoStack()->undoText() == u"Flyt programpunkt op"_s);
    CHECK(editor.currentRow() == seed::SocialBalance);
    CHECK(editor.occurrence().agenda.at(seed::SocialBalance).title ==
          u"Effektmål, indikatorer og data i Social Balance"_s);

    table->setFocus();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    CHECK(editor.undoStack()->index() == 2);
}

TEST_CASE("A refused edit shows a message and pushes nothing", "[editor][widget]")
{
    const seed::Programme p = seed::gladsaxe();
    AgendaEditor editor;
    editor.setOccurrence(p.occurrence, p.lookups());
    auto *message = editor.findChild<QLabel *>(u"message"_s);
    REQUIRE(message);
    CHECK(message->isHidden());

    editor.setCurrentRow(seed::Breakfast);
    CHECK_FALSE(editor.model()->shiftFrom(seed::Breakfast, 15 * 60));
    CHECK(editor.undoStack()->count() == 0);
    CHECK_FALSE(message->isHidden());
    CHECK(message->text().contains(u"uden for døgnet"_s));

    editor.setCurrentRow(seed::Closing);
    editor.setNewSlotMinutes(30);
    editor.insertAfter();
    CHECK(editor.undoStack()->count() == 1);
    CHECK(message->isHidden());
    // 15.00–15.30 runs past the day's end: an inline warning, not a refusal.
    auto *warnings = editor.findChild<QLabel *>(u"warnings"_s);
    REQUIRE(warnings);
    CHECK_FALSE(warnings->isHidden());
    CHECK(warnings->text().contains(u"15.00"_s));
}

TEST_CASE("markSaved makes the editor clean", "[editor][widget]")
{
    const seed::Programme p = seed::gladsaxe();
    AgendaEditor editor;
    editor.setOccurrence(p.occurrence, p.lookups());
    QSignalSpy modified(&editor, &AgendaEditor::modifiedChanged);

    editor.setCurrentRow(seed::Lup);
    editor.removeCurrent();
    CHECK(editor.isModified());
    editor.markSaved();
    CHECK_FALSE(editor.isModified());
    editor.undoStack()->undo();
    CHECK(editor.isModified());
    CHECK(modified.count() == 3);
}

TEST_CASE("The form's end time changes the duration and moves the later slots", "[editor][widget]")
{
    const seed::Programme p = seed::gladsaxe();
    AgendaEditor editor;
    editor.setOccurrence(p.occurrence, p.lookups());
    showActive(editor);

    editor.setCurrentRow(seed::SocialBalance);
    auto *end = editor.findChild<QTimeEdit *>(u"endEdit"_s);
    REQUIRE(end);
    CHECK(end->time() == QTime(11, 15));
    end->setFocus();
    end->setTime(QTime(11, 30));
    QTest::keyClick(end, Qt::Key_Return);

    REQUIRE(editor.undoStack()->count() == 1);
    CHECK(editor.undoStack()->undoText() == u"Ændr varighed"_s);
    const Agenda a = editor.occurrence().agenda;
    CHECK(a.at(seed::SocialBalance).end == QTime(11, 30));
    CHECK(a.at(seed::Indicators).start == QTime(11, 30));
    CHECK(a.at(seed::Lunch).start == QTime(12, 45));
    CHECK(a.at(seed::Closing).start == QTime(15, 0));

    auto *start = editor.findChild<QTimeEdit *>(u"startEdit"_s);
    REQUIRE(start);
    editor.setCurrentRow(seed::Breakfast);
    start->setFocus();
    start->setTime(QTime(9, 0));
    QTest::keyClick(start, Qt::Key_Return);
    CHECK(editor.undoStack()->count() == 2);
    CHECK(editor.occurrence().agenda.at(seed::Breakfast).start == QTime(9, 0));
    CHECK(editor.occurrence().agenda.at(seed::Welcome).start == QTime(10, 0));
}

TEST_CASE("Adding a speaker and a case through the form", "[editor][widget]")
{
    const seed::Programme p = seed::gladsaxe();
    AgendaEditor editor;
    editor.setOccurrence(p.occurrence, p.lookups());
    editor.setChoices(p.choices());

    editor.setCurrentRow(seed::Indicators);
    auto *person = editor.findChild<QLineEdit *>(u"speakerPerson"_s);
    auto *roleText = editor.findChild<QLineEdit *>(u"speakerRoleText"_s);
    REQUIRE(person);
    REQUIRE(roleText);
    // Her whole name typed chooses her, as if picked from the matches.
    QTest::keyClicks(person, u"Mette Dybkjær"_s);
    roleText->setText(u"leder af strategien"_s);
    auto *add = editor.findChild<QPushButton *>(u"speakerAdd"_s);
    REQUIRE(add);
    QTest::mouseClick(add, Qt::LeftButton);

    REQUIRE(editor.undoStack()->count() == 1);
    CHECK(editor.undoStack()->undoText() == u"Ret talere i «Effektmål, indikatorer og data i Social…»"_s);
    CHECK(editor.model()
              ->data(editor.model()->index(seed::Indicators, AgendaModel::SpeakersColumn))
              .toString() == u"ved leder af strategien Mette Dybkjær"_s);

    auto *chooser = editor.findChild<QLineEdit *>(u"caseChooser"_s);
    REQUIRE(chooser);
    QTest::keyClicks(chooser, u"social balance"_s);
    QTest::mouseClick(editor.findChild<QPushButton *>(u"caseAdd"_s), Qt::LeftButton);
    REQUIRE(editor.undoStack()->count() == 2);
    CHECK(editor.occurrence().agenda.at(seed::Indicators).caseIds == QList<Id>{p.cases.first().id});

    editor.undoStack()->undo();
    editor.undoStack()->undo();
    CHECK(editor.occurrence() == p.occurrence);
}

TEST_CASE("The case chooser searches as one types and offers what the search found",
          "[editor][widget]")
{
    const seed::Programme p = seed::gladsaxe();
    const Case &socialBalance = p.cases.at(0);
    const Case &baeredygtig = p.cases.at(2);
    QStringList asked;
    // As the library does: "baer" finds 'Bæredygtige', which no plain match of the title would.
    const auto search = [&](const QString &text, int limit) {
        asked << text;
        CHECK(limit <= 50);
        return text.startsWith(u"baer"_s) ? QList<Case>{baeredygtig}
                                          : caseSearchIn(p.cases)(text, limit);
    };
    AgendaEditor editor;
    editor.setOccurrence(p.occurrence, p.lookups());
    editor.setChoices({personSearchIn(p.people), search});
    editor.show();
    editor.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&editor));
    editor.setCurrentRow(seed::Indicators);
    auto *chooser = editor.findChild<QLineEdit *>(u"caseChooser"_s);
    auto *matches = editor.findChild<QCompleter *>(u"caseMatches"_s);
    auto *add = editor.findChild<QPushButton *>(u"caseAdd"_s);
    REQUIRE(chooser);
    REQUIRE(matches);
    REQUIRE(add);
    chooser->setFocus();
    // Keys go to the list of matches while it is open, as a person's would.
    const auto press = [&](Qt::Key key) {
        QWidget *popup = QApplication::activePopupWidget();
        QTest::keyClick(popup ? popup : static_cast<QWidget *>(chooser), key);
    };
    const auto offered = [&] {
        QStringList titles;
        for (int row = 0; row < matches->model()->rowCount(); ++row)
            titles << matches->model()->index(row, 0).data().toString();
        return titles;
    };

    QTest::keyClicks(chooser, u"baer"_s);
    CHECK(asked == QStringList{u"b"_s, u"ba"_s, u"bae"_s, u"baer"_s});
    CHECK(offered() == QStringList{baeredygtig.title});
    CHECK(matches->popup()->isVisible());
    CHECK_FALSE(add->isEnabled());

    // Part of a title, then the keyboard: down to the match and Enter adds it.
    chooser->clear();
    QTest::keyClicks(chooser, u"balance"_s);
    CHECK(asked.last() == u"balance"_s);
    CHECK(offered() == QStringList{socialBalance.title});
    REQUIRE(matches->popup()->isVisible());
    press(Qt::Key_Return); // nothing highlighted: the list closes, nothing is added
    CHECK(editor.undoStack()->count() == 0);
    CHECK_FALSE(matches->popup()->isVisible());
    press(Qt::Key_Down); // opens it again
    REQUIRE(matches->popup()->isVisible());
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    CHECK(editor.occurrence().agenda.at(seed::Indicators).caseIds == QList<Id>{socialBalance.id});
    CHECK(editor.undoStack()->count() == 1);
    CHECK(chooser->text().isEmpty());

    // A whole title typed is chosen without the list; Enter adds it.
    QTest::keyClicks(chooser, baeredygtig.title);
    press(Qt::Key_Return);
    CHECK(editor.occurrence().agenda.at(seed::Indicators).caseIds
          == (QList<Id>{socialBalance.id, baeredygtig.id}));

    // Nothing is searched for an empty chooser.
    const int before = asked.size();
    QTest::keyClicks(chooser, u"x"_s);
    press(Qt::Key_Backspace);
    CHECK(asked.size() == before + 1);
    CHECK(offered().isEmpty());
}

TEST_CASE("An empty programme gets its first slot at the occurrence's start", "[editor][widget]")
{
    Occurrence empty;
    empty.id = newId();
    empty.start = QTime(13, 0);
    AgendaEditor editor;
    editor.setOccurrence(empty, Lookups{});
    CHECK(editor.currentRow() == -1);

    editor.insertAfter();
    editor.insertAfter();
    const Agenda a = editor.occurrence().agenda;
    REQUIRE(a.size() == 2);
    CHECK(a.at(0).start == QTime(13, 0));
    CHECK(a.at(0).end == QTime(13, 30));
    CHECK(a.at(1).start == QTime(13, 30));
    CHECK(editor.currentRow() == 1);
    CHECK(editor.undoStack()->count() == 2);
}

TEST_CASE("The form's row box shares the printed row, through undo, but not on the first slot",
          "[editor][widget][sharedrows]")
{
    const seed::Programme p = seed::gladsaxe();
    AgendaEditor editor;
    editor.setOccurrence(p.occurrence, p.lookups());
    showActive(editor);
    auto *shares = editor.findChild<QCheckBox *>(u"sharesRowCheck"_s);
    REQUIRE(shares);
    CHECK(shares->text() == u"I samme række som punktet før"_s);

    editor.setCurrentRow(seed::Breakfast);
    CHECK_FALSE(shares->isEnabled());
    CHECK_FALSE(shares->isChecked());

    editor.setCurrentRow(seed::Welcome);
    REQUIRE(shares->isEnabled());
    CHECK_FALSE(shares->isChecked());
    QTest::mouseClick(shares, Qt::LeftButton, {}, shares->rect().center());
    REQUIRE(editor.undoStack()->count() == 1);
    CHECK(editor.undoStack()->undoText() == u"Sæt «Velkomst og intro til dagen og håndbogen» i række med punktet før"_s);
    CHECK(editor.occurrence().agenda.at(seed::Welcome).sharesRowWithPrevious);
    CHECK(shares->isChecked());
    CHECK(editor.currentRow() == seed::Welcome);

    editor.undoAction()->trigger();
    CHECK(editor.occurrence() == p.occurrence);
    CHECK_FALSE(shares->isChecked());
    editor.redoAction()->trigger();
    CHECK(shares->isChecked());

    // Moving the welcome up makes it the first slot: the box follows it, off and unticked.
    editor.setCurrentRow(seed::Welcome);
    QTest::keyClick(&editor, Qt::Key_Up, Qt::AltModifier);
    CHECK(editor.currentRow() == 0);
    CHECK_FALSE(shares->isEnabled());
    CHECK_FALSE(shares->isChecked());
    CHECK(editor.occurrence().agenda.at(1).sharesRowWithPrevious); // breakfast, now second
}
