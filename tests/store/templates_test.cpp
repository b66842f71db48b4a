#include "store/casemerge.h"
#include "store/libraryexchange.h"
#include "store/libraryfile.h"
#include "store/sqlite.h"

#include "core/agendatemplates.h"
#include "core/libraryjson.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace temaplan;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Planned
{
    Person mette;
    Case socialBalance;
    AgendaTemplate morning;
};

// A person, a case and a template whose second slot names both.
Planned plan(Library &library)
{
    Planned p;
    p.mette = Person{newId(), u"Mette Dybkjær"_s, u"leder af strategien"_s, {}, {}, {}, {}};
    p.socialBalance.id = newId();
    p.socialBalance.title = u"Social balance"_s;
    Occurrence o;
    o.start = QTime(9, 30);
    o.end = QTime(12, 0);
    AgendaSlot welcome;
    welcome.start = QTime(9, 30);
    welcome.kind = SlotKind::Welcome;
    welcome.title = u"Velkomst"_s;
    AgendaSlot talk;
    talk.start = QTime(9, 45);
    talk.title = u"Gladsaxe – 'Social balance'"_s;
    talk.speakers = {SlotSpeaker{p.mette.id, SpeakerRole::Speaker, u"leder af strategien"_s}};
    talk.caseIds = {p.socialBalance.id};
    o.agenda = {welcome, talk};
    p.morning = templates::fromOccurrence(o, u"Temamøde, formiddag"_s);
    REQUIRE(library.people().save(p.mette));
    REQUIRE(library.cases().save(p.socialBalance));
    REQUIRE(library.templates().save(p.morning));
    return p;
}

QString fixtureCopy(const QTemporaryDir &dir, const QString &name)
{
    const QString to = dir.filePath(name);
    REQUIRE(QFile::copy(QStringLiteral(TEMAPLAN_FIXTURES_DIR) + u'/' + name, to));
    REQUIRE(QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner));
    return to;
}

} // namespace

TEST_CASE("a template is kept in the library file and read back whole", "[store][templates]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"skabeloner.temaplan"_s);
    Planned p;
    {
        auto lib = openLibrary(path, OpenMode::CreateNew);
        REQUIRE(lib.ok());
        p = plan(**lib);
    }
    auto lib = openLibrary(path);
    REQUIRE(lib.ok());
    const auto all = (*lib)->templates().all();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    CHECK(all->first() == p.morning);
    CHECK(*(*lib)->templates().get(p.morning.id) == p.morning);
    // A template is not an event: the event queries never see its slots.
    CHECK((*lib)->events().all()->isEmpty());
    CHECK((*lib)->slotsOfPerson(p.mette.id)->isEmpty());
    CHECK((*lib)->check()->isEmpty());
}

TEST_CASE("a template's speakers and cases are references the library keeps honest",
          "[store][templates]")
{
    auto lib = openMemoryLibrary();
    REQUIRE(lib.ok());
    Library &library = **lib;
    const Planned p = plan(library);

    const Status person = library.people().remove(p.mette.id);
    REQUIRE_FALSE(person.ok());
    CHECK(person.error().code == Error::Code::Constraint);
    CHECK(person.error().message ==
          u"Kan ikke slette personen «Mette Dybkjær», fordi skabelonen «Temamøde, formiddag» "
          "henviser til personen."_s);
    CHECK_FALSE(library.cases().remove(p.socialBalance.id).ok());

    // A template naming someone not in the library is refused at commit.
    AgendaTemplate dangling = p.morning;
    dangling.id = newId();
    dangling.agenda[1].speakers[0].personId = newId();
    CHECK_FALSE(library.templates().save(dangling).ok());
    CHECK(library.templates().all()->size() == 1);

    REQUIRE(library.templates().remove(p.morning.id));
    CHECK(library.people().remove(p.mette.id));
    CHECK(library.cases().remove(p.socialBalance.id));
}

TEST_CASE("templates go out with an export and come in with an import",
          "[store][templates][exchange]")
{
    auto from = openMemoryLibrary();
    REQUIRE(from.ok());
    const Planned p = plan(**from);

    const auto contents = (*from)->contents();
    REQUIRE(contents.ok());
    REQUIRE(contents->templates.size() == 1);
    const QByteArray bytes = json::writeLibraryJson(*contents);
    CHECK(bytes.contains("\"templates\": ["));

    // Exporting the template alone carries the person and case it names.
    const auto alone = (*from)->contents({p.morning.id});
    REQUIRE(alone.ok());
    CHECK(alone->people.size() == 1);
    CHECK(alone->cases.size() == 1);
    CHECK(alone->templates.size() == 1);

    auto into = openMemoryLibrary();
    REQUIRE(into.ok());
    const auto read = json::readLibraryJson(bytes);
    REQUIRE(read.ok());
    const auto report = importContents(**into, *read);
    REQUIRE(report.ok());
    CHECK(report->added == 3);
    CHECK(*(*into)->templates().get(p.morning.id) == p.morning);
    CHECK(json::writeLibraryJson(*(*into)->contents()) == bytes);

    // A template whose speaker is in neither the file nor the library is refused, by place.
    LibraryContents stray;
    stray.templates = {p.morning};
    stray.templates[0].id = newId();
    for (AgendaSlot &s : stray.templates[0].agenda)
        s.id = newId();
    stray.templates[0].agenda[1].speakers[0].personId = newId();
    auto empty = openMemoryLibrary();
    REQUIRE(empty.ok());
    const auto refused = importContents(**empty, stray);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.startsWith(u"/templates/0/agenda/1/speakers/0/person: "_s));
    CHECK((*empty)->templates().all()->isEmpty());
}

TEST_CASE("libraries of earlier versions take templates once migrated",
          "[store][templates][fixtures]")
{
    for (const QString &name : {u"version-1.temaplan"_s, u"version-2.temaplan"_s}) {
        INFO(name.toStdString());
        QTemporaryDir dir;
        const QString path = fixtureCopy(dir, name);
        {
            auto lib = openLibrary(path);
            REQUIRE(lib.ok());
            CHECK((*lib)->schemaVersion() == currentSchemaVersion());
            (void)plan(**lib);
            CHECK((*lib)->check()->isEmpty());
        }
        auto lib = openLibrary(path);
        REQUIRE(lib.ok());
        CHECK((*lib)->templates().all()->size() == 1);
        CHECK((*lib)->check()->isEmpty());
    }
}

TEST_CASE("the record kinds stay checked after templates were allowed", "[store][templates]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ny.temaplan"_s);
    REQUIRE(openLibrary(path, OpenMode::CreateNew).ok());
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    const int ok = sqlite3_exec(
        db, "INSERT INTO record (id, kind, title, data) VALUES ('a', 'template', 't', '{}')",
        nullptr, nullptr, nullptr);
    const int bogus = sqlite3_exec(
        db, "INSERT INTO record (id, kind, title, data) VALUES ('b', 'bogus', 't', '{}')", nullptr,
        nullptr, nullptr);
    sqlite3_close(db);
    CHECK(ok == SQLITE_OK);
    CHECK(bogus == SQLITE_CONSTRAINT);
}

TEST_CASE("merging two cases relinks the templates that named the removed one", "[store][templates][merge]")
{
    auto lib = openMemoryLibrary();
    REQUIRE(lib.ok());
    Library &library = **lib;
    const Planned p = plan(library);
    Case twin;
    twin.id = newId();
    twin.title = u"Social Balance"_s;
    REQUIRE(library.cases().save(twin));

    const auto merge = planCaseMerge(library, twin.id, p.socialBalance.id);
    REQUIRE(merge.ok());
    REQUIRE(merge->templatesBefore.size() == 1);
    REQUIRE(applyCaseMerge(library, *merge));
    CHECK_FALSE(library.cases().get(p.socialBalance.id).ok());
    CHECK(library.templates().get(p.morning.id)->agenda[1].caseIds == QList<Id>{twin.id});
    CHECK(library.check()->isEmpty());

    REQUIRE(undoCaseMerge(library, *merge));
    CHECK(*library.templates().get(p.morning.id) == p.morning);
    CHECK(*library.cases().get(p.socialBalance.id) == p.socialBalance);
}
