// Kill -9 at random moments while editloop writes, then check that the library opens,
// is sound, and holds every edit that was reported committed: SQLite's rollback journal
// and our one-transaction-per-edit promise, tested together. SIGKILL stops the process,
// not the machine; the page cache survives, so this proves the program's side (no
// half-written record, no edit lost after "committed"), not the disk's fsync.
#include "editnumbers.h"
#include "reliabilitysupport.h"

#include "store/libraryfile.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <csignal>
#include <iostream>
#include <random>

#include <signal.h>

using namespace temaplan;
using namespace temaplan::reliability;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

struct Round
{
    int highestReported = 0; // the last "committed N" read before the kill
    bool killedBeforeReady = false;
    bool hotJournal = false;
};

int highestCommitted(const QByteArray &output, int atLeast)
{
    int highest = atLeast;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("committed "))
            highest = std::max(highest, line.mid(10).toInt());
    }
    return highest;
}

int verify(Library &lib, const Round &round);

int verify(const QString &path, const Round &round)
{
    auto lib = openLibrary(path, OpenMode::OpenExisting, 2s);
    INFO((lib.ok() ? QString() : lib.error().message + u" / "_s + lib.error().detail).toStdString());
    REQUIRE(lib.ok());
    return verify(**lib, round);
}

// What a kill may leave: every edit up to the last reported one, whole, and at most one
// more whose report the kill swallowed. Nothing half-imported, no gap.
int verify(Library &lib, const Round &round)
{
    const auto problems = lib.check();
    REQUIRE(problems.ok());
    INFO(problems->join(u"\n"_s).toStdString());
    REQUIRE(problems->isEmpty());

    const auto cases = lib.cases().all();
    REQUIRE(cases.ok());
    QHash<int, int> parts;
    int highest = 0;
    for (const Case &c : *cases) {
        if (const int n = edits::numberOf(c.title); n > 0) {
            ++parts[n];
            highest = std::max(highest, n);
        }
    }
    QSet<Id> organisations;
    const auto allOrganisations = lib.organisations().all();
    REQUIRE(allOrganisations.ok());
    for (const Organisation &o : *allOrganisations)
        organisations.insert(o.id);

    INFO("highest reported " << round.highestReported << ", highest in the file " << highest);
    REQUIRE(highest >= round.highestReported);
    REQUIRE(highest <= round.highestReported + 1);
    for (int n = 1; n <= highest; ++n) {
        INFO("edit " << n);
        REQUIRE(parts.value(n) == (edits::isImport(n) ? edits::importBatchCases : 1));
        if (edits::isImport(n))
            REQUIRE(organisations.contains(edits::organisationId(n)));
    }
    return highest;
}

} // namespace

TEST_CASE("a library killed at random moments keeps every committed edit", "[reliability][crash]")
{
    const std::uint32_t seed = seedFor("crash");
    std::mt19937 rng(seed);
    const int kills = qEnvironmentVariableIsSet("TEMAPLAN_CRASH_KILLS")
                          ? qEnvironmentVariableIntValue("TEMAPLAN_CRASH_KILLS") : 60;

    QTemporaryDir dir;
    // Kills land in a file with real content and indexes, not an empty schema.
    const QString path = makeGeneratedLibrary(dir.path(), u"crash.temaplan"_s, 40, 4);

    int lastReported = 0;
    int hotJournals = 0;
    int beforeReady = 0;
    int readOnlyOpened = 0;
    int readOnlyRefused = 0;
    QString readOnlyMessage;
    qint64 longestStart = 0;
    QElapsedTimer clock;
    clock.start();
    for (int k = 0; k < kills; ++k) {
        INFO("kill " << k + 1 << " of " << kills << ", seed " << seed);
        QProcess editor;
        editor.setProgram(QStringLiteral(TEMAPLAN_EDITLOOP));
        editor.setArguments({path});
        editor.start();
        REQUIRE(editor.waitForStarted());

        Round round;
        round.highestReported = lastReported;
        QByteArray output;
        // One kill in six lands while the program starts (opening, rolling back the
        // journal the last kill left); the rest while it writes.
        round.killedBeforeReady = std::uniform_int_distribution<int>(0, 5)(rng) == 0;
        if (!round.killedBeforeReady) {
            // A minute: on a loaded machine a start has taken over 20 s. The longest
            // wait is printed at the end, so a slow start shows without failing.
            QElapsedTimer wait;
            wait.start();
            while (!output.contains("ready after") && wait.elapsed() < 60000) {
                editor.waitForReadyRead(100);
                output += editor.readAllStandardOutput();
            }
            INFO("waited " << wait.elapsed() << " ms for the edit loop to start");
            REQUIRE(output.contains("ready after"));
            longestStart = std::max(longestStart, wait.elapsed());
        }
        const int delayMs = round.killedBeforeReady ? std::uniform_int_distribution<int>(0, 40)(rng)
                                                    : std::uniform_int_distribution<int>(0, 200)(rng);
        QElapsedTimer wait;
        wait.start();
        while (wait.elapsed() < delayMs)
            editor.waitForReadyRead(int(std::max<qint64>(1, delayMs - wait.elapsed())));
        INFO(output.toStdString());
        REQUIRE(editor.state() == QProcess::Running);
        ::kill(pid_t(editor.processId()), SIGKILL);
        REQUIRE(editor.waitForFinished(5000));
        REQUIRE(editor.exitStatus() == QProcess::CrashExit);
        output += editor.readAllStandardOutput();
        CHECK_FALSE(output.contains("failed"));
        round.highestReported = highestCommitted(output, lastReported);
        round.hotJournal = QFile::exists(path + u"-journal"_s);
        beforeReady += round.killedBeforeReady;
        hotJournals += round.hotJournal;
        if (round.hotJournal) {
            // Browsing read-only cannot roll the journal back: it must say so, not show
            // the half-written transaction, and leave both files alone.
            const QByteArray before = fileHash(path);
            {
                auto browsing = openLibrary(path, OpenMode::ReadOnly, 200ms);
                if (browsing.ok()) {
                    // A journal that is not hot (the kill came before any page was
                    // changed): what shows must be the committed library.
                    ++readOnlyOpened;
                    verify(**browsing, round);
                } else {
                    ++readOnlyRefused;
                    readOnlyMessage = browsing.error().message;
                    CHECK(browsing.error().code == Error::Code::ReadOnly);
                    CHECK(readOnlyMessage.contains(u"ikke lukket rigtigt"_s));
                }
            }
            CHECK(fileHash(path) == before);
            CHECK(QFile::exists(path + u"-journal"_s));
        }

        // What survived a kill is committed for good: the next round starts from it.
        lastReported = verify(path, round);
    }
    std::cout << "crash: " << kills << " kills survived (" << beforeReady << " while starting, " << hotJournals
              << " left a hot journal), " << lastReported << " edits committed, " << clock.elapsed() / 1000.0
              << " s, longest start " << longestStart << " ms, seed " << seed << std::endl;
    std::cout << "crash: read-only opening with a hot journal: " << readOnlyOpened << " opened, " << readOnlyRefused
              << " refused (" << readOnlyMessage.toStdString() << ")" << std::endl;
}
