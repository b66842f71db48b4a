#include "app/editor/slotchoices.h"

#include "store/libraryfile.h"

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace temaplan;

namespace {

Id savePerson(Library &library, const QString &name, const QString &title = {})
{
    Person p;
    p.id = newId();
    p.name = name;
    p.title = title;
    REQUIRE(library.people().save(p).ok());
    return p.id;
}

QStringList namesOf(const QList<Person> &people)
{
    QStringList names;
    for (const Person &p : people)
        names << p.name;
    return names;
}

} // namespace

TEST_CASE("Slot choices: people and cases searched in the library", "[editor][choices]")
{
    auto library = openMemoryLibrary();
    REQUIRE(library);
    for (const QString &name : {u"Øjvind Lund"_s, u"Anne Bach"_s, u"Åse Holm"_s, u"Ærø Jensen"_s})
        savePerson(**library, name);
    for (const QString &title :
         {u"Social balance"_s, u"Bæredygtige lokalsamfund"_s, u"Aarhus havn"_s}) {
        Case c;
        c.id = newId();
        c.title = title;
        REQUIRE((*library)->cases().save(c).ok());
    }

    const SlotChoices choices = slotChoicesFrom(**library);
    REQUIRE(choices.findPeople);
    CHECK(namesOf(choices.findPeople(u"aase"_s, 10)) == QStringList{u"Åse Holm"_s});
    CHECK(namesOf(choices.findPeople(u"jens"_s, 10)) == QStringList{u"Ærø Jensen"_s});
    CHECK(choices.findPeople(u"bjarne"_s, 10).isEmpty());
    REQUIRE(choices.findCases);
    const auto titles = [&](const QString &text) {
        QStringList out;
        for (const Case &c : choices.findCases(text, 10)) {
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

TEST_CASE("The people found carry each person's id, name and title, and nothing else",
          "[store][choices]")
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

    const auto found = (*library)->findPeople(u"mette"_s, 30);
    REQUIRE(found);
    REQUIRE(found->size() == 1);
    const Person &first = found->first();
    CHECK(first.id == mette.id);
    CHECK(first.name == mette.name);
    CHECK(first.title == mette.title);
    CHECK(first.phone.isEmpty());
    CHECK(first.email.isEmpty());
}

TEST_CASE("People are found by the start of any word of their names, Danish-folded",
          "[store][choices]")
{
    auto library = openMemoryLibrary();
    REQUIRE(library);
    Library &lib = **library;
    for (const QString &name :
         {u"Søren Ødegaard"_s, u"Jens Hansen"_s, u"Hans Jensen"_s, u"Aase Holm"_s, u"Åge Bæk"_s,
          u"Ærenfried Lund-Østergaard"_s, u"Hanne Ryberg"_s, u"Bo Møller"_s})
        savePerson(lib, name);
    const auto find = [&](const QString &text) {
        const auto found = lib.findPeople(text, 30);
        REQUIRE(found);
        return namesOf(*found);
    };

    // ø and å as the keyboard without them types them, and as the folding spells them.
    CHECK(find(u"soren"_s) == QStringList{u"Søren Ødegaard"_s});
    CHECK(find(u"soeren"_s) == QStringList{u"Søren Ødegaard"_s});
    CHECK(find(u"SØREN"_s) == QStringList{u"Søren Ødegaard"_s});
    CHECK(find(u"odeg"_s) == QStringList{u"Søren Ødegaard"_s});
    CHECK(find(u"moller"_s) == QStringList{u"Bo Møller"_s});
    // "aa" is å, and å is "aa": Aase and Åge both.
    CHECK(find(u"åse"_s) == QStringList{u"Aase Holm"_s});
    CHECK(find(u"aage"_s) == QStringList{u"Åge Bæk"_s});
    CHECK(find(u"baek"_s) == QStringList{u"Åge Bæk"_s});
    CHECK(find(u"bæk"_s) == QStringList{u"Åge Bæk"_s});
    // Each part of a joined name is a word; every word typed must begin one.
    CHECK(find(u"oster"_s) == QStringList{u"Ærenfried Lund-Østergaard"_s});
    CHECK(find(u"lund øster"_s) == QStringList{u"Ærenfried Lund-Østergaard"_s});
    // Each word may be typed either way.
    CHECK(find(u"soren ødeg"_s) == QStringList{u"Søren Ødegaard"_s});
    CHECK(find(u"søren odeg"_s) == QStringList{u"Søren Ødegaard"_s});
    CHECK(find(u"jens hans"_s) == QStringList{u"Jens Hansen"_s, u"Hans Jensen"_s});
    // The middle of a word finds nothing: "sen" is not the start of Hansen.
    CHECK(find(u"sen"_s).isEmpty());
    CHECK(find(u"   "_s).isEmpty());

    // Names beginning with the text first, then names with a later word beginning so,
    // each in Danish order.
    CHECK(find(u"han"_s) == QStringList{u"Hanne Ryberg"_s, u"Hans Jensen"_s, u"Jens Hansen"_s});
    CHECK(find(u"hans"_s) == QStringList{u"Hans Jensen"_s, u"Jens Hansen"_s});
}

TEST_CASE("People found come in Danish order, the name typed whole first, at most as many as asked",
          "[store][choices]")
{
    auto library = openMemoryLibrary();
    REQUIRE(library);
    Library &lib = **library;
    // Danish order: z < æ < ø < å, and "aa" is å.
    for (const QString &name : {u"Anne Aagaard"_s, u"Anne Zahle"_s, u"Anne Åberg"_s, u"Anne Ørum"_s,
                                u"Anne Æbelø"_s, u"Anne Bach"_s, u"Anne"_s})
        savePerson(lib, name);
    const auto found = lib.findPeople(u"anne"_s, 30);
    REQUIRE(found);
    CHECK(namesOf(*found) == QStringList{u"Anne"_s, u"Anne Bach"_s, u"Anne Zahle"_s, u"Anne Æbelø"_s,
                                         u"Anne Ørum"_s, u"Anne Åberg"_s, u"Anne Aagaard"_s});
    CHECK(namesOf(*lib.findPeople(u"anne"_s, 3)) ==
          QStringList{u"Anne"_s, u"Anne Bach"_s, u"Anne Zahle"_s});

    // Namesakes are both offered, in the order they were made.
    const Id first = savePerson(lib, u"Bo Holm"_s, u"Formand"_s);
    const Id second = savePerson(lib, u"Bo Holm"_s);
    const auto namesakes = lib.findPeople(u"bo holm"_s, 30);
    REQUIRE(namesakes);
    REQUIRE(namesakes->size() == 2);
    CHECK(namesakes->at(0).id == first);
    CHECK(namesakes->at(0).title == u"Formand"_s);
    CHECK(namesakes->at(1).id == second);
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
    const SlotChoices choices = slotChoicesFrom(**library);
    // All a chooser holds of the people and the cases is the searches.
    static_assert(sizeof(SlotChoices) == sizeof(PersonSearch) + sizeof(CaseSearch));
    CHECK(choices.findCases(u"trivsel"_s, 20).size() == 20);
    CHECK(choices.findCases(u"skolen"_s, 50).size() == 50);
    const QList<Case> one = choices.findCases(u"trivsel nr 117"_s, 20);
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
