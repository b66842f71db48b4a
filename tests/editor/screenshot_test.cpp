#include "seedprogramme.h"

#include "app/editor/agendaeditor.h"
#include "app/editor/agendamodel.h"

#include <QPixmap>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace temaplan;

// Not run by default: `test_editor "[.screenshot]"` writes the editor as a user sees it
// after inserting a coffee break, to TEMAPLAN_SCREENSHOT or /tmp/editor.png.
TEST_CASE("Screenshot of the agenda editor", "[.screenshot]")
{
    const seed::Programme p = seed::gladsaxe();
    AgendaEditor editor;
    editor.setOccurrence(p.occurrence, p.lookups());
    editor.setChoices(p.choices());
    editor.resize(1180, 620);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));

    editor.setNewSlotMinutes(15);
    editor.setCurrentRow(seed::SocialBalance);
    editor.insertBefore();
    editor.setCurrentRow(seed::SocialBalance + 1);
    QTest::qWait(50);

    QString path = qEnvironmentVariable("TEMAPLAN_SCREENSHOT");
    if (path.isEmpty())
        path = u"/tmp/editor.png"_s;
    REQUIRE(editor.grab().save(path));
}

// The same with an overlap and a refused shift, to look at the warning and the message.
TEST_CASE("Screenshot of the agenda editor's warnings", "[.screenshot]")
{
    const seed::Programme p = seed::gladsaxe();
    AgendaEditor editor;
    editor.setOccurrence(p.occurrence, p.lookups());
    editor.setChoices(p.choices());
    editor.resize(1180, 620);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));

    AgendaSlot longer = editor.model()->slotAt(seed::Silkeborg);
    longer.end = QTime(13, 0);
    REQUIRE(editor.model()->editSlot(seed::Silkeborg, longer));
    editor.setCurrentRow(seed::Lunch);
    CHECK_FALSE(editor.model()->shiftFrom(seed::Lunch, 12 * 60));
    QTest::qWait(50);

    QString path = qEnvironmentVariable("TEMAPLAN_SCREENSHOT_WARNINGS");
    if (path.isEmpty())
        path = u"/tmp/editor-warnings.png"_s;
    REQUIRE(editor.grab().save(path));
}
