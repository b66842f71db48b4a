// Every input the import fuzzer (fuzz/) once found to break a promise stays here and
// goes through the same path as the fuzzer: read, import, all or nothing.
#include "importcheck.h"
#include "reliabilitysupport.h"

#include "core/libraryjson.h"

#include <catch2/catch.hpp>

#include <QDir>

using namespace temaplan::reliability;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("inputs the import fuzzer found are refused or imported whole", "[reliability][fuzz]")
{
    const QDir regressions(QStringLiteral(TEMAPLAN_SOURCE_DIR "/tests/reliability/fuzz-regressions"));
    QStringList files = regressions.entryList(QDir::Files, QDir::Name);
    files.removeAll(u"README.md"_s);
    // The seed corpus too: a change that breaks a seed should not wait for a fuzzing run.
    const QDir seeds(QStringLiteral(TEMAPLAN_SOURCE_DIR "/fuzz/corpus"));
    QStringList paths;
    for (const QString &f : files)
        paths << regressions.filePath(f);
    for (const QString &f : seeds.entryList(QDir::Files, QDir::Name))
        paths << seeds.filePath(f);
    REQUIRE_FALSE(paths.isEmpty());
    for (const QString &path : paths) {
        INFO(path.toStdString());
        CHECK(checkImportOf(readAll(path)).toStdString() == "");
    }
}

TEST_CASE("a number too large for a double is refused with its line, not thrown", "[reliability][fuzz]")
{
    // Found by the import fuzzer: nlohmann's out_of_range escaped readLibraryJson and
    // ended the program (temaplan-cli import, Importér JSON in the window).
    const QByteArray bytes = "{\n  \"format\": \"temaplan-library\",\n  \"version\": 1e999\n}\n";
    const auto parsed = temaplan::json::readLibraryJson(bytes);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().code == temaplan::Error::Code::Invalid);
    CHECK(parsed.error().message.startsWith(u"linje 3, kolonne 14: "_s));
    CHECK(parsed.error().message.contains(u"for stort"_s));
}
