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
