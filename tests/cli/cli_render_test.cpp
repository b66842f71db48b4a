#include "clirun.h"

#include "cli/clirunner.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The demo's theme day: one event, held in Vejle and in København.
const QString themeDay = u"92ff8f7f"_s;
const QString gladsaxeMeeting = u"af101870"_s;

} // namespace

TEST_CASE("render writes the programme as PDF, HTML and calendar invitation", "[cli][render]")
{
    QTemporaryDir dir;
    const QString library = dir.filePath(u"demo.temaplan"_s);
    REQUIRE(runCli({u"demo"_s, library}).exitCode == 0);

    const QString pdf = dir.filePath(u"program.pdf"_s);
    const CliResult r = runCli({u"--library"_s, library, u"render"_s, gladsaxeMeeting, pdf});
    REQUIRE(r.exitCode == 0);
    CHECK(readAll(pdf).startsWith("%PDF-"));

    const QString html = dir.filePath(u"program.html"_s);
    REQUIRE(runCli({u"--library"_s, library, u"render"_s, gladsaxeMeeting, html}).exitCode == 0);
    const QString page = QString::fromUtf8(readAll(html));
    CHECK(page.contains(u"lang=\"da\""_s));
    CHECK(page.contains(u"Social balance"_s));

    // The meeting's date has no year: a calendar cannot hold it, and says so.
    const QString ics = dir.filePath(u"program.ics"_s);
    const CliResult noYear = runCli({u"--library"_s, library, u"render"_s, gladsaxeMeeting, ics});
    CHECK(noYear.exitCode == 1);
    CHECK_FALSE(noYear.err.isEmpty());
    CHECK_FALSE(QFile::exists(ics));
}

TEST_CASE("an event held in two places needs to know which", "[cli][render]")
{
    QTemporaryDir dir;
    const QString library = dir.filePath(u"demo.temaplan"_s);
    REQUIRE(runCli({u"demo"_s, library}).exitCode == 0);
    const QString html = dir.filePath(u"dag.html"_s);

    const CliResult ambiguous = runCli({u"--library"_s, library, u"render"_s, themeDay, html});
    CHECK(ambiguous.exitCode == 1);
    CHECK(ambiguous.err.contains(u"--venue"_s));

    REQUIRE(runCli({u"--library"_s, library, u"render"_s, u"--venue"_s, u"København"_s, themeDay, html}).exitCode == 0);
    const QString kobenhavn = QString::fromUtf8(readAll(html));
    REQUIRE(runCli({u"--library"_s, library, u"render"_s, u"--occurrence"_s, u"1"_s, themeDay, html}).exitCode == 0);
    CHECK(QString::fromUtf8(readAll(html)) != kobenhavn);
    CHECK(runCli({u"--library"_s, library, u"render"_s, u"--occurrence"_s, u"Odense"_s, themeDay, html}).exitCode == 1);
    CHECK(runCli({u"--library"_s, library, u"render"_s, themeDay, dir.filePath(u"x.docx"_s)}).exitCode == 2);
}

TEST_CASE("render writes several formats in one go, as the options name them", "[cli][render]")
{
    QTemporaryDir dir;
    const QString library = dir.filePath(u"demo.temaplan"_s);
    REQUIRE(runCli({u"demo"_s, library}).exitCode == 0);
    const QString pdf = dir.filePath(u"a.pdf"_s);
    const QString html = dir.filePath(u"a.html"_s);
    const QString ics = dir.filePath(u"a.ics"_s);
    // The 2018 meeting in Aarhus has a year and times: all three can be made.
    const CliResult r = runCli({u"--library"_s, library, u"render"_s, u"9b8c"_s, u"--pdf"_s, pdf,
                                u"--html"_s, html, u"--ics"_s, ics});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(readAll(pdf).startsWith("%PDF-"));
    CHECK(readAll(html).contains("<html"));
    CHECK(readAll(ics).startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(readAll(ics).contains("DTSTART;TZID=Europe/Copenhagen:20180227T"));
    CHECK(runCli({u"--library"_s, library, u"render"_s, u"9b8c"_s}).exitCode == 2);
}

TEST_CASE("only a command that prints prepares the fonts before Qt starts", "[cli][render]")
{
    using temaplan::cli::commandUsesFonts;
    CHECK(commandUsesFonts({u"temaplan-cli"_s, u"render"_s, u"af10"_s, u"--pdf"_s, u"a.pdf"_s}));
    CHECK(commandUsesFonts({u"temaplan-cli"_s, u"--library"_s, u"x.temaplan"_s, u"render"_s, u"af10"_s}));
    CHECK(commandUsesFonts({u"temaplan-cli"_s, u"--library=x.temaplan"_s, u"render"_s}));
    CHECK_FALSE(commandUsesFonts({u"temaplan-cli"_s, u"--library"_s, u"x.temaplan"_s, u"events"_s}));
    // A library named like the command is still the library.
    CHECK_FALSE(commandUsesFonts({u"temaplan-cli"_s, u"--library"_s, u"render"_s, u"cases"_s}));
    CHECK_FALSE(commandUsesFonts({u"temaplan-cli"_s, u"cases"_s, u"render"_s}));
    CHECK_FALSE(commandUsesFonts({u"temaplan-cli"_s}));
    CHECK_FALSE(commandUsesFonts({u"temaplan-cli"_s, u"--help"_s}));
}

TEST_CASE("render says in Danish why a page or an invitation could not be written", "[cli][render]")
{
    QTemporaryDir dir;
    const QString library = dir.filePath(u"demo.temaplan"_s);
    REQUIRE(runCli({u"demo"_s, library}).exitCode == 0);
    const QString missing = dir.filePath(u"findes-ikke"_s);

    for (const QString &file : {u"a.html"_s, u"a.ics"_s, u"a.pdf"_s}) {
        const QString path = missing + u'/' + file;
        const CliResult r = runCli({u"--library"_s, library, u"render"_s, u"9b8c"_s, path});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(u"mappen findes ikke, eller der må ikke skrives i den"_s));
        CHECK_FALSE(r.err.contains(u"No such file"_s));
        CHECK_FALSE(QFile::exists(path));
    }
}
