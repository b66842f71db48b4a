#include "core/synthetic.h"
#include "store/libraryexchange.h"
#include "store/libraryfile.h"

#include <QTemporaryDir>

#include <atomic>
#include <thread>

#include <catch2/catch.hpp>

using namespace temaplan;
using namespace Qt::Literals::StringLiterals;

namespace {

std::unique_ptr<Library> generatedFile(const QTemporaryDir &dir, int cases)
{
    auto lib = openLibrary(dir.path() + u"/generated.temaplan"_s, OpenMode::CreateNew);
    REQUIRE(lib.ok());
    REQUIRE(importContents(**lib, generateSyntheticLibrary({cases, 20, 3})).ok());
    return std::move(lib).value();
}

CaseFilter textFilter(const QString &text)
{
    CaseFilter f;
    f.text = text;
    return f;
}

} // namespace

TEST_CASE("a reader reads the same library on a connection of its own, on another thread",
          "[store][reader]")
{
    QTemporaryDir dir;
    auto library = generatedFile(dir, 300);
    const Library::ReaderOpener open = library->readerOpener();
    REQUIRE(open);
    const CaseFacets expected = *library->caseFacets(textFilter(u"s"_s));

    Result<CaseFacets> counted = Error{};
    bool readOnly = false;
    std::thread([&] {
        // Catch's checks belong to the test's thread: only results cross over.
        auto reader = open({});
        if (!reader.ok()) {
            counted = reader.error();
            return;
        }
        readOnly = (*reader)->isReadOnly();
        counted = (*reader)->caseFacets(textFilter(u"s"_s));
    }).join();
    REQUIRE(counted.ok());
    CHECK(readOnly);
    CHECK(counted->total == expected.total);
    CHECK(counted->owners.size() == expected.owners.size());
    CHECK(counted->themeGroups.size() == expected.themeGroups.size());
}

TEST_CASE("a reader stops when asked, and while its library writes", "[store][reader]")
{
    QTemporaryDir dir;
    auto library = generatedFile(dir, 300);
    std::atomic<bool> stop = false;
    auto reader = library->readerOpener()([&] { return stop.load(); });
    REQUIRE(reader.ok());
    REQUIRE((*reader)->caseFacets({}).ok());

    stop = true;
    auto stopped = (*reader)->caseFacets({});
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().code == Error::Code::Interrupted);
    stop = false;

    // Inside a write of the library the reader yields (it would hold the commit up);
    // after it, it reads what was committed.
    Status written = library->transaction([&]() -> Status {
        auto during = (*reader)->caseFacets({});
        REQUIRE_FALSE(during.ok());
        CHECK(during.error().code == Error::Code::Interrupted);
        Case renamed = *library->cases().get(library->findCases({}, 0, 1)->value(0).caseId);
        renamed.title = u"Xyloklang i byrummet"_s;
        return library->cases().save(renamed);
    });
    REQUIRE(written.ok());
    auto after = (*reader)->caseFacets(textFilter(u"xyloklang"_s));
    REQUIRE(after.ok());
    CHECK(after->total == 1);
}

TEST_CASE("a library in memory has no second connection to open", "[store][reader]")
{
    auto library = openMemoryLibrary();
    REQUIRE(library.ok());
    CHECK_FALSE((*library)->readerOpener());
}
