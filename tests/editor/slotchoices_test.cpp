#include "app/editor/slotchoices.h"

#include "store/libraryfile.h"

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace temaplan;

TEST_CASE("Slot choices: people in Danish order, cases searched in the library",
          "[editor][choices]")
{
    auto library = openMemoryLibrary();
    REQUIRE(library);
    for (const QString &name : {u"Øjvind Lund"_s, u"Anne Bach"_s, u"Åse Holm"_s, u"Ærø Jensen"_s}) {
        Person p;
        p.id = newId();
        p.name = name;
        REQUIRE((*library)->people().save(p).ok());
    }
    for (const QString &title :
         {u"Social balance"_s, u"Bæredygtige lokalsamfund"_s, u"Aarhus havn"_s}) {
        Case c;
        c.id = newId();
        c.title = title;
        REQUIRE((*library)->cases().save(c).ok());
    }

    const auto choices = slotChoicesFrom(**library);
    REQUIRE(choices);
    QStringList names;
    for (const Person &p : choices->people)
        names << p.name;
    CHECK(names == QStringList{u"Anne Bach"_s, u"Ærø Jensen"_s, u"Øjvind Lund"_s, u"Åse Holm"_s});
    REQUIRE(choices->findCases);
    const auto titles = [&](const QString &text) {
        QStringList out;
        for (const Case &c : choices->findCases(text, 10)) {
            CHECK_FALSE(c.id.isNull());
            out << c.title;
        }
        return out;
    };
    CHECK(titles(u"balance"_s) == QStringList{u"Social balance"_s});
    CHECK(titles(u"Århus"_s) == QStringList{u"Aarhus havn"_s});
    CHECK(titles(u"lokalsamf"_s) == QStringList{u"Bæredygtige lokalsamfund"_s});
    CHECK(titles(u"kommuneplan"_s).isEmpty());
}

TEST_CASE("Slot choices carry each person's id, name and title, and nothing else",
          "[editor][choices]")
{
    auto library = openMemoryLibrary();
    REQUIRE(library);
    Person mette;
    mette.id = newId();
    mette.name = u"Mette Dybkjær"_s;
    mette.title = u"Sekretariatschef"_s;
    mette.phone = u"44 44 44 44"_s;
    mette.email = u"mette@example.dk"_s;
    REQUIRE((*library)->people().save(mette).ok());
    Person aase;
    aase.id = newId();
    aase.name = u"Aase Holm"_s; // "aa" is å: after Ø
    REQUIRE((*library)->people().save(aase).ok());
    Person oe;
    oe.id = newId();
    oe.name = u"Ølund Berg"_s;
    REQUIRE((*library)->people().save(oe).ok());

    const auto choices = slotChoicesFrom(**library);
    REQUIRE(choices);
    REQUIRE(choices->people.size() == 3);
    const Person &first = choices->people.at(0);
    CHECK(first.id == mette.id);
    CHECK(first.name == mette.name);
    CHECK(first.title == mette.title);
    CHECK(first.phone.isEmpty());
    CHECK(first.email.isEmpty());
    CHECK(choices->people.at(1).id == oe.id);
    CHECK(choices->people.at(2).id == aase.id);
    CHECK(choices->people.at(2).title.isEmpty());
}

TEST_CASE("Slot choices read no cases, and the search only as many as asked", "[editor][choices]")
{
    auto library = openMemoryLibrary();
    REQUIRE(library);
    for (int n = 1; n <= 300; ++n) {
        Case c;
        c.id = newId();
        c.title = u"Trivsel i skolen nr. %1"_s.arg(n);
        REQUIRE((*library)->cases().save(c).ok());
    }
    const auto choices = slotChoicesFrom(**library);
    REQUIRE(choices);
    // All a chooser holds of the cases is the search.
    static_assert(sizeof(SlotChoices) == sizeof(QList<Person>) + sizeof(CaseSearch));
    CHECK(choices->findCases(u"trivsel"_s, 20).size() == 20);
    CHECK(choices->findCases(u"skolen"_s, 50).size() == 50);
    const QList<Case> one = choices->findCases(u"trivsel nr 117"_s, 20);
    REQUIRE(one.size() == 1);
    CHECK(one.first().title == u"Trivsel i skolen nr. 117"_s);
}

TEST_CASE("A search over cases in memory matches every word, in any case", "[editor][choices]")
{
    QList<Case> cases;
    for (const QString &title : {u"Social balance"_s, u"Balance i budgettet"_s, u"Nærmiljø"_s}) {
        Case c;
        c.id = newId();
        c.title = title;
        cases << c;
    }
    const CaseSearch search = caseSearchIn(cases);
    CHECK(search(u"balance"_s, 10).size() == 2);
    CHECK(search(u"balance"_s, 1).size() == 1);
    CHECK(search(u"SOCIAL bal"_s, 10) == QList<Case>{cases.at(0)});
    CHECK(search(u"nærmiljø social"_s, 10).isEmpty());
}
