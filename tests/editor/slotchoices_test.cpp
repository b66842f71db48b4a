#include "app/editor/slotchoices.h"

#include "store/libraryfile.h"

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace temaplan;

TEST_CASE("Slot choices come from the library in Danish order", "[editor][choices]")
{
    auto library = openMemoryLibrary();
    REQUIRE(library);
    for (const QString &name : {u"Øjvind Lund"_s, u"Anne Bach"_s, u"Åse Holm"_s, u"Ærø Jensen"_s}) {
        Person p;
        p.id = newId();
        p.name = name;
        REQUIRE((*library)->people().save(p).ok());
    }
    for (const QString &title : {u"Social balance"_s, u"Bæredygtige lokalsamfund"_s}) {
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
    REQUIRE(choices->cases.size() == 2);
    CHECK(choices->cases.first().title == u"Bæredygtige lokalsamfund"_s);
}
