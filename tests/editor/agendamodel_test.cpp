#include "seedprogramme.h"

#include "app/editor/agendamodel.h"

#include "core/agendarules.h"
#include "core/danishtext.h"

#include <QMimeData>

#include <QSignalSpy>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace temaplan;

namespace {

QStringList starts(const Agenda &agenda)
{
    QStringList out;
    for (const AgendaSlot &s : agenda)
        out << danish::formatTime(s.start);
    return out;
}

AgendaSlot newSlot(const QString &title)
{
    AgendaSlot s;
    s.id = newId();
    s.title = title;
    return s;
}

QString cell(const AgendaModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

TEST_CASE("Inserting a slot moves the later ones, but not a fixed time", "[editor][model]")
{
    const seed::Programme p = seed::gladsaxe();
    AgendaModel model;
    model.setDayEnd(p.occurrence.end);
    model.setAgenda(p.occurrence.agenda, p.lookups());
    const Agenda original = model.agenda();

    REQUIRE(model.insertSlot(seed::SocialBalance, 15, newSlot(u"Kaffe"_s)));

    CHECK(starts(model.agenda()) == QStringList{u"9.30"_s, u"10.00"_s, u"10.30"_s, u"10.45"_s,
                                                u"11.30"_s, u"12.15"_s, u"12.45"_s, u"13.30"_s,
                                                u"14.15"_s, u"15.00"_s});
    CHECK(model.agenda().at(seed::SocialBalance).title == u"Kaffe"_s);
    CHECK(model.agenda().at(seed::SocialBalance).end == QTime(10, 45));
    // The fixed lunch keeps its time, and the closing moves past the day's end.
    CHECK(model.agenda().at(seed::Lunch + 1).title == u"Frokost"_s);
    CHECK(model.agenda().at(seed::Lunch + 1).end == QTime(13, 15));
    CHECK(model.warnings().pastEnd(seed::Closing + 1));
    CHECK(model.undoStack()->count() == 1);
    CHECK(model.undoStack()->undoText() == u"Indsæt programpunkt"_s);

    model.undoStack()->undo();
    CHECK(model.agenda() == original);
    CHECK_FALSE(model.warnings().pastEnd(seed::Closing));

    model.undoStack()->redo();
    CHECK(starts(model.agenda()).at(seed::SocialBalance + 1) == u"10.45"_s);
    CHECK(model.agenda().size() == original.size() + 1);
}

TEST_CASE("The Tid column shows Danish times", "[editor][model]")
{
    const seed::Programme p = seed::gladsaxe();
    AgendaModel model;
    model.setAgenda(p.occurrence.agenda, p.lookups());
    REQUIRE(model.insertSlot(seed::SocialBalance, 15, newSlot(u"Kaffe"_s)));

    CHECK(cell(model, 0, AgendaModel::TimeColumn) == u"9.30–10.00"_s);
    CHECK(cell(model, seed::SocialBalance, AgendaModel::TimeColumn) == u"10.30–10.45"_s);
    CHECK(cell(model, seed::SocialBalance + 1, AgendaModel::TimeColumn) == u"10.45–11.30"_s);
    CHECK(cell(model, seed::SocialBalance + 1, AgendaModel::SpeakersColumn) ==
          u"ved leder af strategien Mette Dybkjær"_s);
    CHECK(cell(model, seed::SocialBalance + 1, AgendaModel::CasesColumn) == u"Social balance"_s);
    CHECK(cell(model, seed::Welcome, AgendaModel::SpeakersColumn) ==
          u"ved Mia, Malene og Pernille"_s);
    CHECK(cell(model, seed::Welcome, AgendaModel::KindColumn) == u"Velkomst"_s);
    CHECK(model.headerData(AgendaModel::TimeColumn, Qt::Horizontal).toString() == u"Tid"_s);
}

TEST_CASE("Removing a slot closes the gap", "[editor][model]")
{
    const seed::Programme p = seed::gladsaxe();
    AgendaModel model;
    model.setAgenda(p.occurrence.agenda, p.lookups());
    const Agenda original = model.agenda();

    REQUIRE(model.removeSlot(seed::Indicators));
    CHECK(starts(model.agenda()) == QStringList{u"9.30"_s, u"10.00"_s, u"10.30"_s, u"11.15"_s,
                                                u"12.45"_s, u"12.30"_s, u"13.15"_s, u"14.00"_s});
    CHECK(model.undoStack()->undoText() == u"Slet programpunkt"_s);

    model.undoStack()->undo();
    CHECK(model.agenda() == original);

    // Insert then remove the same slot: every start is back where it was.
    REQUIRE(model.insertSlot(seed::SocialBalance, 15, newSlot(u"Kaffe"_s)));
    REQUIRE(model.removeSlot(seed::SocialBalance));
    CHECK(starts(model.agenda()) == starts(original));
    CHECK(model.undoStack()->count() == 2);
}

TEST_CASE("A shift past midnight is refused and leaves the stack alone", "[editor][model]")
{
    const seed::Programme p = seed::gladsaxe();
    AgendaModel model;
    model.setAgenda(p.occurrence.agenda, p.lookups());
    const Agenda original = model.agenda();
    QSignalSpy refusals(&model, &AgendaModel::refused);
    QSignalSpy changes(&model, &AgendaModel::agendaChanged);

    CHECK_FALSE(model.shiftFrom(seed::Breakfast, 10 * 60));
    CHECK(model.agenda() == original);
    CHECK(model.undoStack()->count() == 0);
    REQUIRE(refusals.count() == 1);
    CHECK(refusals.at(0).at(0).toString().contains(u"uden for døgnet"_s));
    CHECK(changes.count() == 0);

    CHECK_FALSE(model.insertSlot(seed::Closing, 10 * 60, newSlot(u"Natmøde"_s)));
    CHECK(model.undoStack()->count() == 0);

    REQUIRE(model.shiftFrom(seed::Middelfart, 30));
    CHECK(starts(model.agenda()).mid(seed::Middelfart) ==
          QStringList{u"13.45"_s, u"14.30"_s, u"15.15"_s});
    CHECK(model.undoStack()->undoText() == u"Forskyd programpunkter"_s);
}

TEST_CASE("Duration, move and field edits are each one undo step", "[editor][model]")
{
    const seed::Programme p = seed::gladsaxe();
    AgendaModel model;
    model.setAgenda(p.occurrence.agenda, p.lookups());
    const Agenda original = model.agenda();

    REQUIRE(model.changeDuration(seed::Indicators, 30));
    CHECK(model.agenda().at(seed::Silkeborg).start == QTime(11, 45));
    CHECK(model.agenda().at(seed::Lunch).start == QTime(12, 45));
    CHECK(model.undoStack()->undoText() == u"Ændr varighed"_s);

    // Next to the fixed lunch the two swap places, but the lunch keeps its time.
    REQUIRE(model.moveSlot(seed::Middelfart, -1));
    CHECK(model.agenda().at(seed::Lunch).title.startsWith(u"Middelfart"_s));
    CHECK(model.agenda().at(seed::Middelfart).title == u"Frokost"_s);
    CHECK(model.agenda().at(seed::Middelfart).start == QTime(12, 45));
    CHECK(model.undoStack()->undoText() == u"Flyt programpunkt op"_s);

    AgendaSlot renamed = model.slotAt(seed::Closing);
    renamed.title = u"Tak for i dag"_s;
    REQUIRE(model.editSlot(seed::Closing, renamed));
    CHECK(model.undoStack()->undoText() == u"Ret titel til «Tak for i dag»"_s);

    REQUIRE(model.setData(model.index(seed::Breakfast, AgendaModel::TimeColumn), u"9.15"_s));
    CHECK(model.slotAt(seed::Breakfast).start == QTime(9, 15));
    CHECK(model.undoStack()->undoText() == u"Ret tidspunkt for «Let morgenforplejning»"_s);

    CHECK_FALSE(model.changeDuration(seed::Indicators, -5));
    CHECK(model.undoStack()->count() == 4);

    while (model.undoStack()->canUndo())
        model.undoStack()->undo();
    CHECK(model.agenda() == original);
}

TEST_CASE("Overlapping slots are flagged", "[editor][model]")
{
    const seed::Programme p = seed::gladsaxe();
    AgendaModel model;
    model.setAgenda(p.occurrence.agenda, p.lookups());
    CHECK(model.warnings().isEmpty());

    // Moving a start keeps the slot's own length.
    REQUIRE(model.setStart(seed::Lunch, QTime(12, 30)));
    CHECK(model.slotAt(seed::Lunch).end == QTime(13, 0));
    CHECK(model.warnings().isEmpty());

    AgendaSlot longer = model.slotAt(seed::Silkeborg);
    longer.end = QTime(12, 45);
    REQUIRE(model.editSlot(seed::Silkeborg, longer));
    CHECK(model.warnings().overlaps(seed::Silkeborg));
    CHECK(model.warnings().overlaps(seed::Lunch));
    CHECK_FALSE(model.warnings().overlaps(seed::Middelfart));
    CHECK(model.warnings().sentences() ==
          QStringList{
              u"12.00 «Silkeborg Kommune – 'Nærmiljøprojekter'» overlapper 12.30 «Frokost»."_s});
    CHECK(model.data(model.index(seed::Lunch, 0), Qt::BackgroundRole).isValid());
    CHECK_FALSE(model.data(model.index(seed::Middelfart, 0), Qt::BackgroundRole).isValid());
}

TEST_CASE("Sharing the printed row is one undo step and shows in the Tid column",
          "[editor][model][sharedrows]")
{
    const seed::Programme p = seed::gladsaxe();
    AgendaModel model;
    model.setAgenda(p.occurrence.agenda, p.lookups());
    const auto tip = [&](int row) {
        return model.data(model.index(row, AgendaModel::TimeColumn), Qt::ToolTipRole).toString();
    };
    CHECK(cell(model, seed::Welcome, AgendaModel::TimeColumn) == u"10.00–10.30"_s);

    AgendaSlot welcome = model.slotAt(seed::Welcome);
    welcome.sharesRowWithPrevious = true;
    REQUIRE(model.editSlot(seed::Welcome, welcome));
    CHECK(model.undoStack()->count() == 1);
    CHECK(model.undoStack()->undoText() == u"Sæt «Velkomst og intro til dagen og håndbogen» i række med punktet før"_s);
    CHECK(model.agenda().at(seed::Welcome).sharesRowWithPrevious);
    CHECK(cell(model, seed::Welcome, AgendaModel::TimeColumn) == u"↳ 10.00–10.30"_s);
    CHECK(tip(seed::Welcome).contains(u"Trykkes i samme række som punktet før: »9.30 / 10.00«."_s));
    CHECK(cell(model, seed::Breakfast, AgendaModel::TimeColumn) == u"9.30–10.00"_s);
    CHECK_FALSE(tip(seed::Breakfast).contains(u"række"_s));

    model.undoStack()->undo();
    CHECK_FALSE(model.agenda().at(seed::Welcome).sharesRowWithPrevious);
    CHECK(cell(model, seed::Welcome, AgendaModel::TimeColumn) == u"10.00–10.30"_s);
    model.undoStack()->redo();
    CHECK(model.agenda().at(seed::Welcome).sharesRowWithPrevious);

    welcome.sharesRowWithPrevious = false;
    REQUIRE(model.editSlot(seed::Welcome, welcome));
    CHECK(model.undoStack()->undoText() == u"Giv «Velkomst og intro til dagen og håndbogen» sin egen række"_s);
    model.undoStack()->undo();

    // The first slot has nothing to share with: such an edit changes nothing.
    AgendaSlot breakfast = model.slotAt(seed::Breakfast);
    breakfast.sharesRowWithPrevious = true;
    CHECK(model.editSlot(seed::Breakfast, breakfast));
    CHECK(model.undoStack()->count() == 2);
    CHECK_FALSE(model.agenda().first().sharesRowWithPrevious);

    // Deleting breakfast leaves the welcome first, in a row of its own; undo brings both back.
    const Agenda shared = model.agenda();
    REQUIRE(model.removeSlot(seed::Breakfast));
    CHECK_FALSE(model.agenda().first().sharesRowWithPrevious);
    CHECK(cell(model, 0, AgendaModel::TimeColumn) == u"9.30–10.00"_s);
    model.undoStack()->undo();
    CHECK(model.agenda() == shared);
}

TEST_CASE("A slot dropped on another row moves as Alt+Up/Down would move it, in one step",
          "[editor][model][drag]")
{
    const seed::Programme p = seed::gladsaxe();
    AgendaModel model;
    model.setAgenda(p.occurrence.agenda, p.lookups());
    const Agenda original = model.agenda();

    CHECK(model.flags(model.index(seed::Welcome, AgendaModel::TitleColumn)) & Qt::ItemIsDragEnabled);
    CHECK(model.flags({}) & Qt::ItemIsDropEnabled);
    CHECK(model.supportedDropActions() == Qt::MoveAction);

    // The welcome, dragged into the gap before Silkeborg, lands after the indicators.
    std::unique_ptr<QMimeData> data(model.mimeData({model.index(seed::Welcome, AgendaModel::TitleColumn)}));
    REQUIRE(data);
    CHECK(model.canDropMimeData(data.get(), Qt::MoveAction, seed::Silkeborg, 0, {}));
    REQUIRE(model.dropMimeData(data.get(), Qt::MoveAction, seed::Silkeborg, 0, {}));
    CHECK(model.undoStack()->count() == 1);
    CHECK(model.undoStack()->undoText() == u"Flyt programpunkt"_s);
    CHECK(model.agenda() == *agenda::moveSlotTo(original, seed::Welcome, seed::Indicators));
    CHECK(model.agenda().at(seed::Indicators).title == original.at(seed::Welcome).title);
    // The times follow the keyboard's rule: the three slots keep their lengths in the same window.
    CHECK(starts(model.agenda()).mid(0, 5) == QStringList{u"9.30"_s, u"10.00"_s, u"10.45"_s,
                                                          u"11.30"_s, u"12.00"_s});

    model.undoStack()->undo();
    CHECK(model.agenda() == original);
    model.undoStack()->redo();
    CHECK(model.agenda() == *agenda::moveSlotTo(original, seed::Welcome, seed::Indicators));
    model.undoStack()->undo();

    SECTION("dropped on a slot, it takes that slot's place")
    {
        std::unique_ptr<QMimeData> closing(model.mimeData({model.index(seed::Closing, 0)}));
        REQUIRE(model.dropMimeData(closing.get(), Qt::MoveAction, -1, -1, model.index(seed::Lunch, 0)));
        CHECK(model.agenda() == *agenda::moveSlotTo(original, seed::Closing, seed::Lunch));
    }
    SECTION("dropped after the last row, it becomes the last")
    {
        std::unique_ptr<QMimeData> welcome(model.mimeData({model.index(seed::Welcome, 0)}));
        REQUIRE(model.dropMimeData(welcome.get(), Qt::MoveAction, -1, -1, {}));
        CHECK(model.agenda().last().id == original.at(seed::Welcome).id);
    }
    SECTION("a drop in its own place, or of something else, changes nothing")
    {
        std::unique_ptr<QMimeData> welcome(model.mimeData({model.index(seed::Welcome, 0)}));
        CHECK_FALSE(model.dropMimeData(welcome.get(), Qt::MoveAction, seed::Welcome, 0, {}));
        CHECK_FALSE(model.dropMimeData(welcome.get(), Qt::MoveAction, seed::SocialBalance, 0, {}));
        CHECK_FALSE(model.dropMimeData(welcome.get(), Qt::CopyAction, seed::Lunch, 0, {}));
        QMimeData foreign;
        foreign.setData(QString::fromLatin1(AgendaModel::slotMimeType), idToString(newId()).toUtf8());
        CHECK_FALSE(model.canDropMimeData(&foreign, Qt::MoveAction, seed::Lunch, 0, {}));
        QMimeData text;
        text.setText(u"Velkomst"_s);
        CHECK_FALSE(model.dropMimeData(&text, Qt::MoveAction, seed::Lunch, 0, {}));
        CHECK(model.undoStack()->count() == 1);
        CHECK(model.agenda() == original);
    }
}

TEST_CASE("An editor on its own does not make people or cases", "[editor][model]")
{
    const seed::Programme p = seed::gladsaxe();
    AgendaModel model;
    model.setAgenda(p.occurrence.agenda, p.lookups());
    CHECK_FALSE(model.canCreateRecords());
    QSignalSpy refusals(&model, &AgendaModel::refused);
    Person someone{newId(), u"Ny Person"_s, {}, {}, {}, {}, {}};
    AgendaSlot after = model.slotAt(seed::Welcome);
    after.speakers.append(SlotSpeaker{someone.id, SpeakerRole::Speaker, {}});
    CHECK_FALSE(model.editSlot(seed::Welcome, after, NewRecords{{someone}, {}}));
    CHECK(refusals.count() == 1);
    CHECK(model.undoStack()->count() == 0);
}
