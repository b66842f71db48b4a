#include "sampleprogramme.h"
#include "tools.h"

#include "render/programmeics.h"

#include "core/agendatext.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace temaplan;

namespace {

QList<QByteArray> physicalLines(const QByteArray &ics)
{
    QList<QByteArray> lines = ics.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

// Undoes the folding: a line starting with a space continues the one before.
QStringList contentLines(const QByteArray &ics)
{
    QStringList lines;
    for (QByteArray line : physicalLines(ics)) {
        line.chop(1); // the \r
        if (line.startsWith(' ') && !lines.isEmpty())
            lines.last() += QString::fromUtf8(line.mid(1));
        else
            lines << QString::fromUtf8(line);
    }
    return lines;
}

QByteArray sampleIcs(const SampleProgramme &sample = seedProgramme())
{
    const auto ics = render::programmeIcs(sample.input());
    INFO((ics ? QString() : ics.error().message).toStdString());
    REQUIRE(ics.ok());
    return *ics;
}

} // namespace

TEST_CASE("the invitation has CRLF lines of at most 75 octets, folded between characters", "[ics]")
{
    const QByteArray ics = sampleIcs();
    REQUIRE(ics.endsWith("END:VCALENDAR\r\n"));
    for (const QByteArray &line : physicalLines(ics)) {
        INFO(line.toStdString());
        REQUIRE(line.endsWith('\r'));
        CHECK(line.size() - 1 <= 75);
        CHECK_FALSE(line.chopped(1).contains('\r'));
        // Each physical line must be whole UTF-8 on its own.
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString decoded = decoder(line);
        CHECK_FALSE(decoder.hasError());
        CHECK_FALSE(decoded.contains(QChar::ReplacementCharacter));
    }
}

TEST_CASE("the invitation says when and where in Copenhagen time", "[ics]")
{
    const SampleProgramme sample = seedProgramme();
    const QStringList lines = contentLines(sampleIcs(sample));
    CHECK(lines.contains(u"BEGIN:VTIMEZONE"_s));
    CHECK(lines.contains(u"TZID:Europe/Copenhagen"_s));
    CHECK(lines.contains(u"DTSTART;TZID=Europe/Copenhagen:20241206T093000"_s));
    CHECK(lines.contains(u"DTEND;TZID=Europe/Copenhagen:20241206T150000"_s));
    CHECK(lines.contains(u"DTSTAMP:20241101T090000Z"_s));
    CHECK(lines.contains(u"UID:"_s + idToString(sample.event.occurrences.first().id) +
                         u"@temaplan"_s));
    CHECK(lines.contains(
        u"SUMMARY:Temagruppemøde om lokalsamfund som sundhedsfremmende arenaer – fra politik "
        "til praksis"_s));
    CHECK(lines.contains(u"LOCATION:Gladsaxe Rådhus\\, Gladsaxe"_s));
}

TEST_CASE("text values are escaped and long lines folded without breaking characters", "[ics]")
{
    CHECK(render::ics::escapeText(u"a\\b;c,d\ne\r\nf"_s) == u"a\\\\b\\;c\\,d\\ne\\nf"_s);

    const QByteArray line = (u"DESCRIPTION:"_s + QString(100, u'æ')).toUtf8();
    const QByteArray folded = render::ics::foldLine(line);
    QByteArray unfolded;
    for (const QByteArray &physical : physicalLines(folded)) {
        CHECK(physical.size() - 1 <= 75);
        unfolded += physical.startsWith(' ') ? physical.mid(1).chopped(1) : physical.chopped(1);
    }
    CHECK(unfolded == line);
    CHECK(render::ics::foldLine("KORT") == "KORT\r\n");
}

TEST_CASE("an occurrence without a year or times cannot become an invitation", "[ics]")
{
    SECTION("no year")
    {
        SampleProgramme sample = seedProgramme();
        sample.event.occurrences.first().date = CalendarDate::dayAndMonth(12, 6);
        const auto ics = render::programmeIcs(sample.input());
        REQUIRE_FALSE(ics.ok());
        CHECK(ics.error().message ==
              u"Der kan ikke laves en kalenderinvitation: datoen mangler årstal."_s);
    }
    SECTION("no times")
    {
        SampleProgramme sample = seedProgramme();
        Agenda &agenda = sample.event.occurrences.first().agenda;
        for (AgendaSlot &slot : agenda) {
            slot.start = QTime();
            slot.end = QTime();
        }
        const auto ics = render::programmeIcs(sample.input());
        REQUIRE_FALSE(ics.ok());
        CHECK(ics.error().message.contains(u"starttidspunkt"_s));
    }
    SECTION("no occurrence")
    {
        SampleProgramme sample = seedProgramme();
        sample.event.occurrences.clear();
        CHECK_FALSE(render::programmeIcs(sample.input()).ok());
    }
}

TEST_CASE("python's icalendar reads the invitation back", "[ics]")
{
    const bool ci = qEnvironmentVariable("CI") == u"true"_s;
    // python3-icalendar installs for the system Python; a python3 earlier on PATH
    // (pyenv, a virtualenv) may not have it.
    QString python;
    for (const QString &candidate : {u"python3"_s, u"/usr/bin/python3"_s}) {
        const ToolRun probe = runTool(candidate, {u"-c"_s, u"import icalendar"_s});
        if (probe.started && probe.exitCode == 0) {
            python = candidate;
            break;
        }
    }
    if (python.isEmpty()) {
        if (ci)
            FAIL("python3 with the icalendar module (python3-icalendar) is needed in CI");
        WARN("SKIPPED: python3 or its icalendar module is missing (apt-get install "
             "python3-icalendar)");
        return;
    }

    const SampleProgramme sample = seedProgramme();
    const render::ProgrammeInput input = sample.input();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"programme.ics"_s);
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(sampleIcs(sample));
    }
    keepRendering(path);

    static const QString script = uR"(
import json, sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
ev = next(c for c in cal.walk('VEVENT'))
start, end = ev.decoded('DTSTART'), ev.decoded('DTEND')
print(json.dumps({
    'summary': str(ev['SUMMARY']),
    'location': str(ev['LOCATION']),
    'description': str(ev['DESCRIPTION']),
    'start': start.isoformat(), 'end': end.isoformat(),
    'tzid': ev['DTSTART'].params.get('TZID'),
    'utcoffset': str(start.utcoffset()),
    'timezones': [str(t['TZID']) for t in cal.walk('VTIMEZONE')],
}, ensure_ascii=False))
)"_s;
    const ToolRun run = runTool(python, {u"-c"_s, script, path});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject parsed = QJsonDocument::fromJson(run.out).object();
    CHECK(parsed[u"summary"_s].toString() == sample.event.title);
    CHECK(parsed[u"location"_s].toString() == u"Gladsaxe Rådhus, Gladsaxe"_s);
    CHECK(parsed[u"start"_s].toString().startsWith(u"2024-12-06T09:30:00"_s));
    CHECK(parsed[u"end"_s].toString().startsWith(u"2024-12-06T15:00:00"_s));
    CHECK(parsed[u"tzid"_s].toString() == u"Europe/Copenhagen"_s);
    CHECK(parsed[u"utcoffset"_s].toString() == u"1:00:00"_s); // winter time
    CHECK(parsed[u"timezones"_s].toVariant().toStringList() == QStringList{u"Europe/Copenhagen"_s});
    CHECK(parsed[u"description"_s].toString() ==
          programme::agendaAsPlainText(input.event, input.occurrence(), input.lookups,
                                       input.currentYear)
              .trimmed());
}

TEST_CASE("the invitation's agenda gives a shared row one time and both slots under it", "[ics]")
{
    QString description;
    for (const QString &line : contentLines(sampleIcs()))
        if (line.startsWith(u"DESCRIPTION:"_s))
            description = line.mid(12);
    description.replace(u"\\n"_s, u"\n"_s).replace(u"\\,"_s, u","_s).replace(u"\\;"_s, u";"_s);
    CHECK(description.contains(u"\n9.30 / 10.00 Let morgenforplejning\n"
                               u"             Velkomst og intro til dagen og håndbogen ved Mia, "
                               u"Malene og Pernille\n"
                               u"10.30        Gladsaxe"_s));
}

TEST_CASE("a programme running past midnight ends on the next day", "[ics]")
{
    SampleProgramme sample = seedProgramme();
    Occurrence &occurrence = sample.event.occurrences.first();
    occurrence.start = QTime();
    occurrence.end = QTime();
    const QList<QTime> starts = {QTime(22, 0), QTime(23, 30), QTime(0, 30), QTime(1, 15)};
    occurrence.agenda = occurrence.agenda.mid(0, starts.size());
    for (int i = 0; i < starts.size(); ++i) {
        occurrence.agenda[i].start = starts[i];
        occurrence.agenda[i].end = QTime();
        occurrence.agenda[i].sharesRowWithPrevious = false;
    }

    SECTION("the agenda's own times")
    {
        const QStringList lines = contentLines(sampleIcs(sample));
        CHECK(lines.contains(u"DTSTART;TZID=Europe/Copenhagen:20241206T220000"_s));
        CHECK(lines.contains(u"DTEND;TZID=Europe/Copenhagen:20241207T011500"_s));
    }
    SECTION("the last slot's own end, after midnight")
    {
        occurrence.agenda.last().end = QTime(2, 0);
        const QStringList lines = contentLines(sampleIcs(sample));
        CHECK(lines.contains(u"DTEND;TZID=Europe/Copenhagen:20241207T020000"_s));
    }
    SECTION("an occurrence ending earlier in the day than it began")
    {
        occurrence.start = QTime(20, 0);
        occurrence.end = QTime(1, 0);
        const QStringList lines = contentLines(sampleIcs(sample));
        CHECK(lines.contains(u"DTSTART;TZID=Europe/Copenhagen:20241206T200000"_s));
        CHECK(lines.contains(u"DTEND;TZID=Europe/Copenhagen:20241207T010000"_s));
    }
    SECTION("an occurrence ending when it begins is refused")
    {
        occurrence.start = QTime(20, 0);
        occurrence.end = QTime(20, 0);
        const auto ics = render::programmeIcs(sample.input());
        REQUIRE_FALSE(ics.ok());
        CHECK(ics.error().message.contains(u"sluttidspunkt"_s));
    }
}

TEST_CASE("a line break in an address or a name cannot start a property of its own", "[ics]")
{
    SampleProgramme sample = seedProgramme();
    Organisation &org = sample.organisations[sample.event.organiserIds.first()];
    org.name = u"Sund \"By\"\r\nX-FRA-NAVN:1"_s;
    org.letterhead.email = u"post@sundbynetvaerket.dk\r\nATTENDEE:mailto:ond@example.dk"_s;
    Venue online;
    online.id = newId();
    online.kind = VenueKind::Online;
    online.url = u"https://møde.example.dk/rum\nX-FRA-URL:2"_s;
    sample.venues.insert(online.id, online);
    sample.event.occurrences.first().venueId = online.id;
    sample.event.title = u"Klokke\x07 og\x00 nul"_s;

    const QStringList lines = contentLines(sampleIcs(sample));
    for (const QString &line : lines) {
        INFO(line.toStdString());
        CHECK_FALSE(line.startsWith(u"ATTENDEE"_s));
        CHECK_FALSE(line.startsWith(u"X-FRA"_s));
        for (const QChar c : line)
            CHECK((c.category() != QChar::Other_Control || c == u'\t'));
    }
    CHECK(lines.contains(
        u"ORGANIZER;CN=\"Sund ByX-FRA-NAVN:1\":mailto:post@sundbynetvaerket.dkATTENDEE:mailto:ond@example.dk"_s));
    CHECK(lines.contains(u"SUMMARY:Klokke og nul"_s));
}
