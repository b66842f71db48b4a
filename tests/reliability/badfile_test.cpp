// Damaged libraries chosen at random: a real library cut at random lengths and copies
// with random bytes changed. Whatever the damage, opening must not crash, must not
// change the file, and must either give a library (whose check() may then report
// problems) or a Danish error that names the file. tests/store has one of each by hand.
#include "reliabilitysupport.h"

#include "store/libraryfile.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QMap>
#include <QTemporaryDir>

#include <iostream>
#include <random>

using namespace temaplan;
using namespace temaplan::reliability;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

struct Tally
{
    int opened = 0;
    int openedWithProblems = 0;
    int openedChanged = 0; // check() clean, yet the records differ from the original
    QMap<int, int> refused; // by Error::Code

    QString describe() const
    {
        QStringList parts{u"%1 opened (%2 of them with problems reported by check() or contents(), %3 clean but with "
                          "records that differ from the original)"_s.arg(opened).arg(openedWithProblems).arg(openedChanged)};
        for (auto it = refused.cbegin(); it != refused.cend(); ++it)
            parts << u"%1 refused with code %2"_s.arg(it.value()).arg(it.key());
        return parts.join(u", "_s);
    }
};

// Opening may succeed; a clean check() must then mean the records are all there when
// `mustMatch` (a cut can only lose pages, and losing one must not go unnoticed). Changed
// bytes may be inside a record's text, which SQLite has no checksum to notice: counted.
void tryOpen(const QString &path, const LibraryContents &original, bool mustMatch, Tally &tally)
{
    const QByteArray before = fileHash(path);
    {
        auto lib = openLibrary(path, OpenMode::OpenExisting, 200ms);
        if (lib.ok()) {
            ++tally.opened;
            // Reading a damaged file may fail, but only with an error value.
            const auto problems = (*lib)->check();
            const auto contents = (*lib)->contents();
            if (!problems.ok() || !problems->isEmpty() || !contents.ok()) {
                ++tally.openedWithProblems;
            } else if (*contents != original) {
                ++tally.openedChanged;
                CHECK_FALSE(mustMatch);
            }
        } else {
            const Error &e = lib.error();
            INFO(e.message.toStdString() << " / " << e.detail.toStdString());
            CHECK((e.code == Error::Code::Corrupt || e.code == Error::Code::NotALibrary
                   || e.code == Error::Code::NewerVersion));
            CHECK(e.message.contains(path));
            // Danish: every refusal says what is wrong with the library in words.
            CHECK(e.message.contains(u"bibliotek"_s, Qt::CaseInsensitive));
            ++tally.refused[int(e.code)];
        }
    }
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + u"-journal"_s));
}

LibraryContents contentsOf(const QString &path)
{
    auto lib = openLibrary(path);
    REQUIRE(lib.ok());
    auto contents = (*lib)->contents();
    REQUIRE(contents.ok());
    return *contents;
}

} // namespace

TEST_CASE("a library cut short at random lengths is refused or opened, never changed", "[reliability][badfile]")
{
    const std::uint32_t seed = seedFor("truncation");
    std::mt19937 rng(seed);
    QTemporaryDir dir;
    const QString original = makeGeneratedLibrary(dir.path(), u"hel.temaplan"_s, 120, 12);
    const QByteArray whole = readAll(original);
    const LibraryContents contents = contentsOf(original);
    REQUIRE(whole.size() > 64 * 1024);

    Tally tally;
    const int tries = 60;
    for (int i = 0; i < tries; ++i) {
        // A few cuts inside the first page, where the header and schema live.
        const qsizetype length = i < 6 ? std::uniform_int_distribution<qsizetype>(1, 4095)(rng)
                                       : std::uniform_int_distribution<qsizetype>(1, whole.size() - 1)(rng);
        INFO("length " << length << " of " << whole.size() << ", seed " << seed);
        const QString path = dir.filePath(u"afkortet-%1.temaplan"_s.arg(i));
        writeAll(path, whole.left(length));
        tryOpen(path, contents, true, tally);
    }
    std::cout << "truncation: " << tries << " lengths of a " << whole.size() << " byte library: "
              << tally.describe().toStdString() << std::endl;
}

TEST_CASE("a library with random bytes changed is refused or opened, never changed", "[reliability][badfile]")
{
    const std::uint32_t seed = seedFor("byte flips");
    std::mt19937 rng(seed);
    QTemporaryDir dir;
    const QString original = makeGeneratedLibrary(dir.path(), u"hel.temaplan"_s, 120, 12);
    const QByteArray whole = readAll(original);
    const LibraryContents contents = contentsOf(original);

    Tally tally;
    const int copies = 60;
    for (int i = 0; i < copies; ++i) {
        QByteArray damaged = whole;
        const int flips = std::uniform_int_distribution<int>(1, 16)(rng);
        // One copy in four is damaged in the first page (header, schema), the rest anywhere.
        const qsizetype end = i % 4 == 0 ? 4096 : damaged.size();
        QStringList where;
        for (int f = 0; f < flips; ++f) {
            const qsizetype at = std::uniform_int_distribution<qsizetype>(0, end - 1)(rng);
            damaged[at] = char(damaged[at] ^ char(std::uniform_int_distribution<int>(1, 255)(rng)));
            where << QString::number(at);
        }
        INFO("copy " << i << ", bytes changed at " << where.join(u", "_s).toStdString() << ", seed " << seed);
        const QString path = dir.filePath(u"stoej-%1.temaplan"_s.arg(i));
        writeAll(path, damaged);
        tryOpen(path, contents, false, tally);
    }
    std::cout << "byte flips: " << copies << " damaged copies: " << tally.describe().toStdString() << std::endl;
}
