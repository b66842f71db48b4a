#include "apptestsupport.h"

#include "app/casedetailview.h"
#include "app/caseform.h"
#include "app/casesavedsearches.h"
#include "app/casesview.h"
#include "app/libraryfileactions.h"
#include "app/librarysession.h"
#include "app/readerthread.h"
#include "app/recordchooser.h"

#include "core/synthetic.h"
#include "store/libraryexchange.h"
#include "store/libraryfile.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

#include <tuple>

using namespace Qt::Literals::StringLiterals;
using namespace temaplan;

namespace {

// Three searches of a generated library: every case, a broad word, a word and an owner.
QList<app::SavedCaseSearch> someSearches(Library &library)
{
    CaseFilter broad;
    broad.text = u"sundhed"_s;
    CaseFilter owned = broad;
    const auto facets = library.caseFacets(broad);
    REQUIRE(facets.ok());
    REQUIRE_FALSE(facets->owners.isEmpty());
    owned.ownerIds = {facets->owners.first().key};
    return {{u"Alle"_s, CaseFilter{}}, {u"Sundhed"_s, broad}, {u"Sundhed, én ejer"_s, owned}};
}

// What the lines should say when every search is counted in `library`.
QStringList countedLines(Library &library, const QList<app::SavedCaseSearch> &searches)
{
    QStringList texts;
    for (const app::SavedCaseSearch &s : searches) {
        const auto n = library.countCases(s.filter);
        REQUIRE(n.ok());
        texts << u"%1 (%2)"_s.arg(s.name).arg(*n);
    }
    return texts;
}

// Searches that each read thousands of rows of a large library, so a count runs long
// enough to be stopped by a save (SQLite asks whether to stop every thousand steps).
QList<app::SavedCaseSearch> broadSearches(Library &library)
{
    CaseFilter s;
    s.text = u"s"_s;
    CaseFilter b;
    b.text = u"b"_s;
    CaseFilter owned = s;
    const auto facets = library.caseFacets(s);
    REQUIRE(facets.ok());
    REQUIRE_FALSE(facets->owners.isEmpty());
    owned.ownerIds = {facets->owners.first().key};
    return {{u"S"_s, s}, {u"B"_s, b}, {u"S, én ejer"_s, owned}};
}

// A generated library open in a session, `make`'s searches saved for it, and the
// saved searches' list, not yet told which library file it is about.
struct SavedSearchesOf
{
    SavedSearchesOf(int cases, int events, QList<app::SavedCaseSearch> (*make)(Library &library))
        : path(test::generatedLibrary(dir, cases, events))
    {
        REQUIRE(session.open(path).ok());
        library = session.library();
        searches = make(*library);
        app::storeSavedSearches(path, searches);
    }

    QTemporaryDir dir;
    QString path;
    app::LibrarySession session;
    Library *library = nullptr;
    QList<app::SavedCaseSearch> searches;
    app::CaseSavedSearches saved{[this] {
        return session.library();
    }};
};

bool anyCounted(const app::CaseSavedSearches &saved)
{
    for (int i = 0; i < saved.searches().size(); ++i)
        if (saved.countAt(i) >= 0)
            return true;
    return false;
}

} // namespace

TEST_CASE("saved searches are counted on their own thread, each the cases it finds",
          "[app][cases][saved]")
{
    SavedSearchesOf g(400, 20, someSearches);
    QSignalSpy counted(&g.saved, &app::CaseSavedSearches::counted);
    g.saved.setLibraryPath(g.path);
    // Nothing was counted while the window's thread read the settings: the names
    // stand alone until the counts come.
    CHECK(g.saved.isCounting());
    CHECK_FALSE(anyCounted(g.saved));
    CHECK(test::lines(g.saved.list()) ==
          QStringList{u"Alle"_s, u"Sundhed"_s, u"Sundhed, én ejer"_s});

    REQUIRE(test::waitUntil([&] { return !counted.isEmpty(); }));
    CHECK_FALSE(g.saved.isCounting());
    CHECK(test::lines(g.saved.list()) == countedLines(*g.library, g.searches));
    // The generated library's numbers: every case, and fewer for each narrowing.
    CHECK(g.saved.countAt(0) == 400);
    CHECK(g.saved.countAt(1) > 0);
    CHECK(g.saved.countAt(1) < 400);
    CHECK(g.saved.countAt(2) > 0);
    CHECK(g.saved.countAt(2) <= g.saved.countAt(1));
}

TEST_CASE("a count held up by a save is overtaken by a newer one, and only the newer is shown",
          "[app][cases][saved]")
{
    SavedSearchesOf g(8000, 200, broadSearches);
    QSignalSpy counted(&g.saved, &app::CaseSavedSearches::counted);
    QSignalSpy failed(&g.saved, &app::CaseSavedSearches::failed);

    // While the window's thread writes, the counts are asked for: the reader yields to
    // the save and cannot count. Meanwhile the first search is removed, which asks for
    // the counts again; the window's event loop runs all the while.
    int ticks = 0;
    bool countedDuringSave = true;
    const Status written = g.library->transaction([&]() -> Status {
        g.saved.setLibraryPath(g.path);
        QTimer heartbeat;
        QObject::connect(&heartbeat, &QTimer::timeout, [&] { ++ticks; });
        heartbeat.start(5);
        QTest::qWait(200);
        g.saved.remove(0);
        QTest::qWait(200);
        countedDuringSave = anyCounted(g.saved) || !counted.isEmpty();
        return {};
    });
    REQUIRE(written.ok());
    CHECK(ticks >= 10);
    // Had the window's thread counted, it would have read its own save and been done.
    CHECK_FALSE(countedDuringSave);
    CHECK(g.saved.isCounting());

    REQUIRE(test::waitUntil([&] { return !counted.isEmpty(); }, 10000));
    QTest::qWait(100);
    // Once: the overtaken count never arrived, not even late.
    CHECK(counted.size() == 1);
    CHECK(failed.isEmpty());
    CHECK(test::lines(g.saved.list()) == countedLines(*g.library, g.searches.mid(1)));
}

TEST_CASE("a renamed saved search keeps its count, a removed one takes its count along, and a "
          "changed library is counted anew",
          "[app][cases][saved]")
{
    SavedSearchesOf g(400, 20, someSearches);
    QSignalSpy counted(&g.saved, &app::CaseSavedSearches::counted);
    g.saved.setLibraryPath(g.path);
    REQUIRE(test::waitUntil([&] { return !counted.isEmpty(); }));
    const int all = g.saved.countAt(0);
    const int broad = g.saved.countAt(1);
    const int owned = g.saved.countAt(2);

    // Renamed: the line says the new name with the count it had, at once.
    g.saved.setNameAsker([](const QString &) { return u"Sundhedshuse"_s; });
    REQUIRE(g.saved.rename(1));
    CHECK(g.saved.list()->item(1)->text() == u"Sundhedshuse (%1)"_s.arg(broad));
    CHECK(app::loadSavedSearches(g.path).at(1).name == u"Sundhedshuse"_s);

    // Removed: the lines after it keep their own counts.
    counted.clear();
    g.saved.remove(0);
    CHECK(test::lines(g.saved.list()) ==
          QStringList{u"Sundhedshuse (%1)"_s.arg(broad), u"Sundhed, én ejer (%1)"_s.arg(owned)});
    REQUIRE(test::waitUntil([&] { return !counted.isEmpty(); }));
    CHECK(g.saved.countAt(0) == broad);
    CHECK(g.saved.countAt(1) == owned);

    // A case of the owner's gone from the library: counted anew, one less where it was found.
    CaseFilter ownedFilter = g.saved.searches().at(1).filter;
    const auto hits = g.library->findCases(ownedFilter, 0, 1);
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    const Id gone = hits->first().caseId;
    test::removeCase(*g.library, gone);
    counted.clear();
    g.saved.recount();
    REQUIRE(test::waitUntil([&] { return !counted.isEmpty(); }));
    CHECK(g.saved.countAt(0) == broad - 1);
    CHECK(g.saved.countAt(1) == owned - 1);
    CHECK(*g.library->countCases({}) == all - 1);
}

TEST_CASE("a case corrected in its form, and the correction undone and redone, counts the "
          "saved searches anew",
          "[app][cases][saved]")
{
    test::DemoLibraryFile file;
    // Social balance, and every case of its owner.
    Id social;
    Id gladsaxe;
    {
        auto lib = openLibrary(file.path, OpenMode::OpenExisting);
        REQUIRE(lib.ok());
        const auto cases = (*lib)->cases().all();
        REQUIRE(cases.ok());
        for (const Case &c : *cases)
            if (c.title == u"Social balance"_s)
                std::tie(social, gladsaxe) = std::pair{c.id, c.ownerId};
    }
    REQUIRE_FALSE(gladsaxe.isNull());
    CaseFilter word;
    word.text = u"Bagsværd"_s;
    CaseFilter owned;
    owned.ownerIds = {idToString(gladsaxe)};
    app::storeSavedSearches(file.path, {{u"Bagsværd"_s, word}, {u"Gladsaxe"_s, owned}});

    app::MainWindow window;
    REQUIRE(window.fileActions()->openFile(file.path));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    Library &library = *window.session()->library();
    auto *saved = window.findChild<app::CaseSavedSearches *>();
    REQUIRE(saved);
    REQUIRE(test::waitUntil([&] { return !saved->isCounting() && saved->countAt(1) >= 0; }));
    const int words = saved->countAt(0);
    const int gladsaxes = saved->countAt(1);
    CHECK(words == *library.countCases(word));
    CHECK(gladsaxes == *library.countCases(owned));
    REQUIRE(gladsaxes > 0);

    window.openCase(social);
    app::CaseForm *form = window.casesView()->detail()->form();
    const auto countsAre = [&](int first, int second) {
        return test::waitUntil([&] {
            return !saved->isCounting() && saved->countAt(0) == first &&
                   saved->countAt(1) == second;
        });
    };

    // The title now holds the word searched for: one more found.
    test::typeInto(form->findChild<QLineEdit *>(u"titleEdit"_s), u"Social balance i Bagsværd"_s);
    CHECK(*library.countCases(word) == words + 1);
    CHECK(countsAre(words + 1, gladsaxes));
    CHECK(saved->list()->item(0)->text() == u"Bagsværd (%1)"_s.arg(words + 1));

    // Another owner: one less of the first owner's.
    app::RecordChooser *owner = form->ownerChooser();
    owner->setFocus();
    owner->lineEdit()->selectAll();
    test::typeText(owner->lineEdit(), u"Halsnæs Kommune"_s);
    QTest::keyClick(owner->lineEdit(), Qt::Key_Return);
    CHECK(library.cases().get(social)->ownerId != gladsaxe);
    CHECK(countsAre(words + 1, gladsaxes - 1));
    CHECK(saved->list()->item(1)->text() == u"Gladsaxe (%1)"_s.arg(gladsaxes - 1));

    // Undone, both; redone, the first again.
    window.undoAction()->trigger();
    CHECK(countsAre(words + 1, gladsaxes));
    window.undoAction()->trigger();
    CHECK(countsAre(words, gladsaxes));
    window.redoAction()->trigger();
    CHECK(countsAre(words + 1, gladsaxes));
}
