#include "core/agendarules.h"
#include "core/agendatext.h"

#include <catch2/catch.hpp>

#include <QStringList>

using namespace temaplan;
using namespace Qt::Literals::StringLiterals;

namespace {

AgendaSlot slot(const QString &title, int hour, int minute, bool shares = false)
{
    AgendaSlot s;
    s.id = newId();
    s.title = title;
    s.start = QTime(hour, minute);
    s.sharesRowWithPrevious = shares;
    return s;
}

// Seed 000's morning: breakfast and welcome in one row, then the first talk.
Agenda morning()
{
    return {slot(u"Let morgenforplejning"_s, 9, 30), slot(u"Velkomst"_s, 10, 0, true),
            slot(u"Social balance"_s, 10, 30), slot(u"Effektmål"_s, 11, 15)};
}

QStringList titles(const Agenda &agenda)
{
    QStringList out;
    for (const AgendaSlot &s : agenda)
        out << s.title;
    return out;
}

// The printed rows as titles, a row's slots joined by " + ".
QStringList rows(const Agenda &agenda)
{
    QStringList out;
    for (const agenda::PrintedRow &row : agenda::printedRows(agenda)) {
        QStringList inRow;
        for (int i = row.first; i <= row.last(); ++i)
            inRow << agenda.at(i).title;
        out << inRow.join(u" + "_s);
    }
    return out;
}

} // namespace

TEST_CASE("slots sharing a row print as one row, the first slot never joins nothing",
          "[agenda][sharedrows]")
{
    CHECK(agenda::printedRows({}).isEmpty());
    const Agenda a = morning();
    CHECK(agenda::printedRows(a) == QList<agenda::PrintedRow>{{0, 2}, {2, 1}, {3, 1}});
    CHECK(rows(a) ==
          QStringList{u"Let morgenforplejning + Velkomst"_s, u"Social balance"_s, u"Effektmål"_s});

    // Three in a row.
    Agenda three = a;
    three[2].sharesRowWithPrevious = true;
    CHECK(agenda::printedRows(three) == QList<agenda::PrintedRow>{{0, 3}, {3, 1}});

    // A flag on the first slot (a hand-made agenda) joins no row and is tidied away.
    Agenda odd = a;
    odd[0].sharesRowWithPrevious = true;
    CHECK(agenda::printedRows(odd) == agenda::printedRows(a));
    CHECK(agenda::withSharedRowsTidied(odd) == a);
    CHECK(agenda::withSharedRowsTidied({}).isEmpty());
}

TEST_CASE("the time column of a shared row names both times", "[agenda][sharedrows]")
{
    Agenda a = morning();
    const auto printed = agenda::printedRows(a);
    CHECK(programme::rowTimeText(a, printed[0]) == u"9.30 / 10.00"_s);
    CHECK(programme::rowTimeText(a, printed[1]) == u"10.30"_s);

    // A slot's own end prints as a range, as it does in a row of its own.
    a[0].end = QTime(10, 0);
    CHECK(programme::rowTimeText(a, printed[0]) == u"9.30–10.00 / 10.00"_s);
    // A slot without a time adds no empty part.
    a[1].start = QTime();
    CHECK(programme::rowTimeText(a, printed[0]) == u"9.30–10.00"_s);
}

TEST_CASE("inserting into a shared row splits it unless the new slot shares too",
          "[agenda][sharedrows]")
{
    const Agenda a = morning();

    SECTION("a slot of its own between breakfast and welcome")
    {
        const auto out = agenda::insertAndShift(a, 1, slot(u"Kaffe"_s, 0, 0), 15);
        REQUIRE(out);
        CHECK(titles(*out) == QStringList{u"Let morgenforplejning"_s, u"Kaffe"_s, u"Velkomst"_s,
                                          u"Social balance"_s, u"Effektmål"_s});
        CHECK(rows(*out) == QStringList{u"Let morgenforplejning"_s, u"Kaffe"_s, u"Velkomst"_s,
                                        u"Social balance"_s, u"Effektmål"_s});
    }
    SECTION("a slot that shares joins the row and keeps welcome in it")
    {
        AgendaSlot coffee = slot(u"Kaffe"_s, 0, 0, true);
        coffee.start = QTime();
        const auto out = agenda::insertAndShift(a, 1, coffee, 15);
        REQUIRE(out);
        CHECK(rows(*out) == QStringList{u"Let morgenforplejning + Kaffe + Velkomst"_s,
                                        u"Social balance"_s, u"Effektmål"_s});
    }
    SECTION("a slot put first shares with nothing, and the old first keeps its own row")
    {
        const auto out = agenda::insertAndShift(a, 0, slot(u"Registrering"_s, 9, 0, true), 30);
        REQUIRE(out);
        CHECK_FALSE(out->first().sharesRowWithPrevious);
        CHECK(rows(*out).mid(0, 2) ==
              QStringList{u"Registrering"_s, u"Let morgenforplejning + Velkomst"_s});
    }
    SECTION("a slot after a shared row leaves it alone")
    {
        const auto out = agenda::insertAndShift(a, 2, slot(u"Kaffe"_s, 0, 0), 15);
        REQUIRE(out);
        CHECK(rows(*out).mid(0, 2) ==
              QStringList{u"Let morgenforplejning + Velkomst"_s, u"Kaffe"_s});
    }
}

TEST_CASE("removing a slot of a shared row leaves no flag pointing at the wrong row",
          "[agenda][sharedrows]")
{
    Agenda a = morning();
    // Make the talk and the next one a shared row too: 9.30 / 10.00, then 10.30 / 11.15.
    a[3].sharesRowWithPrevious = true;

    SECTION("the first slot of the programme")
    {
        const auto out = agenda::removeAndClose(a, 0);
        REQUIRE(out);
        CHECK_FALSE(out->first().sharesRowWithPrevious);
        CHECK(rows(*out) == QStringList{u"Velkomst"_s, u"Social balance + Effektmål"_s});
    }
    SECTION("the slot that opens a later shared row: the next one opens it instead")
    {
        const auto out = agenda::removeAndClose(a, 2);
        REQUIRE(out);
        CHECK(rows(*out) == QStringList{u"Let morgenforplejning + Velkomst"_s, u"Effektmål"_s});
    }
    SECTION("the second slot of a row")
    {
        const auto out = agenda::removeAndClose(a, 1);
        REQUIRE(out);
        CHECK(rows(*out) ==
              QStringList{u"Let morgenforplejning"_s, u"Social balance + Effektmål"_s});
    }
    SECTION("a slot in the middle of three: the row closes around it")
    {
        Agenda three = morning();
        three[2].sharesRowWithPrevious = true;
        const auto out = agenda::removeAndClose(three, 1);
        REQUIRE(out);
        CHECK(rows(*out) ==
              QStringList{u"Let morgenforplejning + Social balance"_s, u"Effektmål"_s});
    }
}

TEST_CASE("moving a slot moves it through the rows, which stay with the times",
          "[agenda][sharedrows]")
{
    const Agenda a = morning();

    SECTION("within the shared row: the two change places, the row stays")
    {
        const auto out = agenda::moveSlot(a, 1, -1);
        REQUIRE(out);
        CHECK(rows(*out).first() == u"Velkomst + Let morgenforplejning"_s);
        CHECK(programme::rowTimeText(*out, agenda::printedRows(*out).first()) == u"9.30 / 10.00"_s);
    }
    SECTION("out of the shared row: the talk takes welcome's place beside breakfast")
    {
        const auto out = agenda::moveSlot(a, 2, -1);
        REQUIRE(out);
        CHECK(rows(*out) == QStringList{u"Let morgenforplejning + Social balance"_s, u"Velkomst"_s,
                                        u"Effektmål"_s});
    }
    SECTION("down from the first place: the first slot still shares nothing")
    {
        const auto out = agenda::moveSlot(a, 0, 1);
        REQUIRE(out);
        CHECK_FALSE(out->first().sharesRowWithPrevious);
        CHECK(out->at(1).sharesRowWithPrevious);
    }
    SECTION("moving and moving back gives the agenda back")
    {
        const auto there = agenda::moveSlot(a, 2, -1);
        REQUIRE(there);
        const auto back = agenda::moveSlot(*there, 1, 1);
        REQUIRE(back);
        CHECK(*back == a);
    }
}

TEST_CASE("sorting by start keeps the rows and tidies the first slot", "[agenda][sharedrows]")
{
    Agenda a = morning();
    a[1].start = QTime(9, 0); // welcome, sharing breakfast's row, now comes first
    const Agenda sorted = agenda::sortedByStart(a);
    CHECK(titles(sorted).first() == u"Velkomst"_s);
    CHECK_FALSE(sorted.first().sharesRowWithPrevious);
    CHECK(agenda::printedRows(sorted).size() == 4);
}

TEST_CASE("the plain-text programme prints a shared row's time once", "[agenda][sharedrows]")
{
    Event event;
    event.title = u"Temagruppemøde"_s;
    Occurrence occ;
    occ.agenda = morning();
    occ.agenda[1].description = {{TextBlock::Kind::Bullet, u"håndbogen"_s}};
    const QString text = programme::agendaAsPlainText(event, occ, Lookups{}, 2024);
    CHECK(text.contains(u"\n9.30 / 10.00 Let morgenforplejning\n"
                        u"             Velkomst\n"
                        u"             • håndbogen\n"
                        u"10.30        Social balance\n"_s));
    CHECK_FALSE(text.contains(u"\n10.00"_s));
}

TEST_CASE("the plain-text programme promises a link to a case only with its address", "[agenda]")
{
    Case withAddress;
    withAddress.id = newId();
    withAddress.title = u"Social balance"_s;
    withAddress.links = {DocumentLink{u"Rapport"_s, u"https://gladsaxe.dk/social-balance"_s}};
    Case without;
    without.id = newId();
    without.title = u"Nærmiljøprojekter"_s;
    Lookups lookups;
    lookups.caseRecord = [&](const Id &id) -> std::optional<Case> {
        if (id == withAddress.id)
            return withAddress;
        if (id == without.id)
            return without;
        return std::nullopt;
    };
    Event event;
    event.title = u"Temagruppemøde"_s;
    Occurrence occ;
    occ.agenda = morning();
    occ.agenda[2].caseIds = {withAddress.id, without.id};
    const QString text = programme::agendaAsPlainText(event, occ, lookups, 2024);
    CHECK(text.contains(u"Link til casen: Social balance <https://gladsaxe.dk/social-balance>"_s));
    CHECK(text.contains(u"Case: Nærmiljøprojekter"_s));
    CHECK(text.count(u"Link til casen"_s) == 1);
}
