// A full disk, honestly: the writing process runs with a file size limit
// (RLIMIT_FSIZE, SIGXFSZ ignored), so SQLite's writes past it fail as they would on a
// full disk. Nothing in the program knows it is being tested.
#include "editnumbers.h"
#include "reliabilitysupport.h"

#include "store/libraryfile.h"

#include "core/libraryjson.h"
#include "core/synthetic.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <iostream>

#include <csignal>
#include <sys/resource.h>

using namespace temaplan;
using namespace temaplan::reliability;
using namespace Qt::Literals::StringLiterals;

namespace {

// Runs after fork, before exec: only async-signal-safe calls. An ignored signal stays
// ignored across exec, so the write fails with EFBIG instead of killing the process.
void limitFileSize(QProcess &process, qint64 bytes)
{
    process.setChildProcessModifier([bytes] {
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{rlim_t(bytes), rlim_t(bytes)};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
}

LibraryContents contentsOf(const QString &path)
{
    auto lib = openLibrary(path);
    REQUIRE(lib.ok());
    const auto problems = (*lib)->check();
    REQUIRE(problems.ok());
    INFO(problems->join(u"\n"_s).toStdString());
    REQUIRE(problems->isEmpty());
    auto contents = (*lib)->contents();
    REQUIRE(contents.ok());
    return *contents;
}

} // namespace

TEST_CASE("a save that meets a full disk fails with an Io error and keeps what was committed", "[reliability][diskfull]")
{
    QTemporaryDir dir;
    const QString path = makeGeneratedLibrary(dir.path(), u"fuld.temaplan"_s, 20, 2);
    const qint64 limit = QFileInfo(path).size() + 128 * 1024;

    QProcess editor;
    editor.setProgram(QStringLiteral(TEMAPLAN_EDITLOOP));
    editor.setArguments({path, u"--until-error"_s, u"--summary-bytes"_s, u"1000"_s});
    limitFileSize(editor, limit);
    editor.start();
    REQUIRE(editor.waitForFinished(60000));
    const QString output = QString::fromUtf8(editor.readAllStandardOutput());
    INFO(output.toStdString() << QString::fromUtf8(editor.readAllStandardError()).toStdString());
    // It kept running after the failure and said so.
    REQUIRE(editor.exitStatus() == QProcess::NormalExit);
    REQUIRE(editor.exitCode() == 0);
    REQUIRE(output.contains(u"still running"_s));

    int highest = 0;
    int failedAt = 0;
    QString failure;
    for (const QString &line : output.split(u'\n')) {
        if (line.startsWith(u"committed "_s))
            highest = line.mid(10).toInt();
        if (line.startsWith(u"failed "_s)) {
            failedAt = line.mid(7, line.indexOf(u':') - 7).toInt();
            failure = line.mid(line.indexOf(u':') + 2);
        }
    }
    REQUIRE(highest > 3); // it did write before the disk filled
    REQUIRE(failedAt == highest + 1);
    CHECK(failure.startsWith(QString::number(int(Error::Code::Io)) + u' '));
    CHECK(failure.contains(u"fuld disk"_s));
    CHECK(QFileInfo(path).size() <= limit);
    std::cout << "disk full: " << highest << " edits committed under a " << limit << " byte limit; edit "
              << failedAt << " failed: " << failure.toStdString() << std::endl;

    // The library is as it was at the last commit: every reported edit, not the failed one.
    const LibraryContents after = contentsOf(path);
    QSet<int> present;
    for (const Case &c : after.cases)
        present.insert(edits::numberOf(c.title));
    for (int n = 1; n <= highest; ++n)
        CHECK(present.contains(n));
    CHECK_FALSE(present.contains(failedAt));
}

TEST_CASE("temaplan-cli import on a full disk exits 1 with a message and leaves the library as it was", "[reliability][diskfull]")
{
    QTemporaryDir dir;
    const QString path = makeGeneratedLibrary(dir.path(), u"cli.temaplan"_s, 20, 2);
    const QString json = dir.filePath(u"stor.json"_s);
    writeAll(json, json::writeLibraryJson(generateSyntheticLibrary({.cases = 400, .events = 40, .seed = 11})));
    const LibraryContents before = contentsOf(path);
    const QByteArray hashBefore = fileHash(path);

    QProcess cli;
    cli.setProgram(QStringLiteral(TEMAPLAN_CLI));
    cli.setArguments({u"--library"_s, path, u"import"_s, json});
    // The library may not grow at all; the journal has room for every page it holds.
    limitFileSize(cli, QFileInfo(path).size());
    cli.start();
    REQUIRE(cli.waitForFinished(60000));
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    INFO(err.toStdString() << QString::fromUtf8(cli.readAllStandardOutput()).toStdString());
    REQUIRE(cli.exitStatus() == QProcess::NormalExit);
    CHECK(cli.exitCode() == 1);
    CHECK(err.contains(u"fuld disk"_s));
    CHECK(err.contains(path));
    std::cout << "disk full, temaplan-cli: exit " << cli.exitCode() << ": " << err.trimmed().toStdString() << std::endl;

    CHECK(fileHash(path) == hashBefore);
    CHECK(contentsOf(path) == before);
}
