#include "programmeics.h"

#include "outputfile.h"
#include "programmeparts.h"

#include "core/agendatext.h"

#include <QStringList>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::render {

namespace ics {

QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\')
            out += u"\\\\"_s;
        else if (c == u';')
            out += u"\\;"_s;
        else if (c == u',')
            out += u"\\,"_s;
        else if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            out += u"\\n"_s;
        } else if (c == u'\n')
            out += u"\\n"_s;
        else if (c.category() == QChar::Other_Control && c != u'\t')
            continue; // TEXT may hold no other control character
        else
            out += c;
    }
    return out;
}

QByteArray foldLine(const QByteArray &line)
{
    constexpr int limit = 75;
    QByteArray out;
    int start = 0;
    bool first = true;
    while (start < line.size()) {
        // Continuation lines begin with a space, which counts towards the 75.
        const int room = first ? limit : limit - 1;
        int end = qMin(start + room, int(line.size()));
        // Step back over UTF-8 continuation bytes (10xxxxxx) so a character stays whole.
        while (end < line.size() && end > start && (uchar(line.at(end)) & 0xC0) == 0x80)
            --end;
        if (!first)
            out += ' ';
        out += line.mid(start, end - start);
        out += "\r\n";
        start = end;
        first = false;
    }
    if (line.isEmpty())
        out += "\r\n";
    return out;
}

} // namespace ics

namespace {

// Copenhagen has kept the EU rule since 1996; calendars need it spelled out.
constexpr auto copenhagenTimeZone = "BEGIN:VTIMEZONE\n"
                                    "TZID:Europe/Copenhagen\n"
                                    "BEGIN:DAYLIGHT\n"
                                    "TZOFFSETFROM:+0100\n"
                                    "TZOFFSETTO:+0200\n"
                                    "TZNAME:CEST\n"
                                    "DTSTART:19700329T020000\n"
                                    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\n"
                                    "END:DAYLIGHT\n"
                                    "BEGIN:STANDARD\n"
                                    "TZOFFSETFROM:+0200\n"
                                    "TZOFFSETTO:+0100\n"
                                    "TZNAME:CET\n"
                                    "DTSTART:19701025T030000\n"
                                    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\n"
                                    "END:STANDARD\n"
                                    "END:VTIMEZONE";

QString localDateTime(const QDate &date, const QTime &time)
{
    return date.toString(u"yyyyMMdd"_s) + u'T' + time.toString(u"HHmmss"_s);
}

QString locationText(const Venue &venue)
{
    QStringList parts;
    switch (venue.kind) {
    case VenueKind::Online:
        parts << u"Online"_s << venue.url.trimmed();
        break;
    case VenueKind::ToBeAnnounced:
        parts << venue.town.trimmed() << u"mødested oplyses snarest"_s;
        break;
    case VenueKind::Address:
        parts << venue.name.trimmed() << venue.street.trimmed()
              << (venue.postcode.trimmed() + u' ' + venue.town.trimmed()).trimmed();
        break;
    }
    parts.removeAll(QString());
    return parts.join(u", "_s);
}

// Minutes from midnight of the occurrence's date.
struct Span
{
    int start = -1;
    int end = -1;
};

int minutesOf(const QTime &t)
{
    return t.hour() * 60 + t.minute();
}

// When the occurrence begins and ends, in programme order: a slot that starts earlier
// than the one before it is on the next day (a meeting from 22.00 to 1.15), and so is
// an end earlier than its start.
Span occurrenceSpan(const Occurrence &occurrence)
{
    constexpr int day = 24 * 60;
    const Agenda &agenda = occurrence.agenda;
    Span span;
    int previous = -1;
    int offset = 0;
    int latest = -1;
    for (const AgendaSlot &slot : agenda) {
        if (!slot.start.isValid())
            continue;
        int start = offset + minutesOf(slot.start);
        if (start < previous) {
            offset += day;
            start += day;
        }
        previous = start;
        if (span.start < 0)
            span.start = start;
        latest = qMax(latest, start);
        if (slot.end.isValid()) {
            int end = offset + minutesOf(slot.end);
            if (end < start)
                end += day;
            latest = qMax(latest, end);
        }
    }
    if (occurrence.start.isValid())
        span.start = minutesOf(occurrence.start);
    if (occurrence.end.isValid()) {
        span.end = minutesOf(occurrence.end);
        if (span.start >= 0 && span.end < span.start)
            span.end += day;
    } else {
        span.end = latest;
    }
    return span;
}

QString localDateTime(const QDate &date, int minutes)
{
    return localDateTime(date.addDays(minutes / (24 * 60)), QTime(minutes / 60 % 24, minutes % 60));
}

// A value that is not TEXT (a URI, a quoted parameter) cannot be escaped: what would
// end the line or the value is left out, so a stray line break in an address cannot
// start a property of its own.
QString withoutControls(QString value, const QString &alsoDrop = {})
{
    value.removeIf(
        [&](QChar c) { return c.category() == QChar::Other_Control || alsoDrop.contains(c); });
    return value.trimmed();
}

Error invitationError(const QString &why)
{
    return Error::make(Error::Code::Invalid, u"Der kan ikke laves en kalenderinvitation: "_s + why);
}

} // namespace

Result<QByteArray> programmeIcs(const ProgrammeInput &input)
{
    const Event &event = input.event;
    if (event.occurrences.isEmpty())
        return invitationError(u"arrangementet har ingen dato."_s);
    const Occurrence &occurrence = input.occurrence();
    if (!occurrence.date.isValid())
        return invitationError(u"arrangementet har ingen dato."_s);
    if (!occurrence.date.hasYear())
        return invitationError(u"datoen mangler årstal."_s);

    const Span span = occurrenceSpan(occurrence);
    if (span.start < 0)
        return invitationError(u"programmet har intet starttidspunkt."_s);
    if (span.end <= span.start)
        return invitationError(u"programmet har intet sluttidspunkt efter starten."_s);

    const QDate date = occurrence.date.toQDate();
    const QDateTime stamp =
        (input.generatedAt.isValid() ? input.generatedAt : QDateTime::currentDateTimeUtc()).toUTC();
    const Id uidSource = occurrence.id.isNull() ? event.id : occurrence.id;

    QStringList lines;
    lines << u"BEGIN:VCALENDAR"_s << u"VERSION:2.0"_s
          << u"PRODID:-//Sund By Netværket//Temaplan//DA"_s << u"CALSCALE:GREGORIAN"_s
          << u"METHOD:PUBLISH"_s;
    lines << QString::fromLatin1(copenhagenTimeZone).split(u'\n');
    lines << u"BEGIN:VEVENT"_s;
    lines << u"UID:"_s + idToString(uidSource) + u"@temaplan"_s;
    lines << u"DTSTAMP:"_s + stamp.toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    lines << u"DTSTART;TZID=Europe/Copenhagen:"_s + localDateTime(date, span.start);
    lines << u"DTEND;TZID=Europe/Copenhagen:"_s + localDateTime(date, span.end);
    lines << u"SUMMARY:"_s + ics::escapeText(event.title);
    if (!occurrence.venueId.isNull()) {
        if (const auto venue = input.lookups.venue(occurrence.venueId)) {
            const QString location = locationText(*venue);
            if (!location.isEmpty())
                lines << u"LOCATION:"_s + ics::escapeText(location);
            const QString url = linkTarget(venue->url);
            if (venue->kind == VenueKind::Online && !url.isEmpty())
                lines << u"URL:"_s + url;
        }
    }
    const QString description =
        programme::agendaAsPlainText(event, occurrence, input.lookups, input.currentYear).trimmed();
    lines << u"DESCRIPTION:"_s + ics::escapeText(description);
    const QList<Organisation> organisers = input.organisers();
    const QString email =
        organisers.isEmpty() ? QString() : withoutControls(organisers.first().letterhead.email);
    if (!email.isEmpty()) {
        // A quoted parameter value may not itself hold a double quote.
        const QString name = withoutControls(organisers.first().name, u"\""_s);
        lines << u"ORGANIZER;CN=\""_s + name + u"\":mailto:"_s + email;
    }
    lines << u"END:VEVENT"_s << u"END:VCALENDAR"_s;

    QByteArray out;
    for (const QString &line : std::as_const(lines))
        out += ics::foldLine(line.toUtf8());
    return out;
}

Status writeProgrammeIcs(const ProgrammeInput &input, const QString &path)
{
    const auto ics = programmeIcs(input);
    return ics ? writeOutputFile(path, *ics, u"kalenderinvitationen"_s) : Status(ics.error());
}

} // namespace temaplan::render
