#include "programmeics.h"

#include "core/agendarules.h"
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

    const Agenda agenda = agenda::sortedByStart(occurrence.agenda);
    QTime start = occurrence.start;
    if (!start.isValid() && !agenda.isEmpty())
        start = agenda.first().start;
    QTime end = occurrence.end.isValid() ? occurrence.end : agenda::endOfDay(agenda);
    if (!start.isValid())
        return invitationError(u"programmet har intet starttidspunkt."_s);
    if (!end.isValid() || end <= start)
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
    lines << u"DTSTART;TZID=Europe/Copenhagen:"_s + localDateTime(date, start);
    lines << u"DTEND;TZID=Europe/Copenhagen:"_s + localDateTime(date, end);
    lines << u"SUMMARY:"_s + ics::escapeText(event.title);
    if (!occurrence.venueId.isNull()) {
        if (const auto venue = input.lookups.venue(occurrence.venueId)) {
            const QString location = locationText(*venue);
            if (!location.isEmpty())
                lines << u"LOCATION:"_s + ics::escapeText(location);
            if (venue->kind == VenueKind::Online && !venue->url.trimmed().isEmpty())
                lines << u"URL:"_s + venue->url.trimmed();
        }
    }
    const QString description =
        programme::agendaAsPlainText(event, occurrence, input.lookups, input.currentYear).trimmed();
    lines << u"DESCRIPTION:"_s + ics::escapeText(description);
    const QList<Organisation> organisers = input.organisers();
    if (!organisers.isEmpty() && !organisers.first().letterhead.email.trimmed().isEmpty()) {
        // A quoted parameter value may not itself hold a double quote.
        const QString name = QString(organisers.first().name).remove(u'"');
        lines << u"ORGANIZER;CN=\""_s + name + u"\":mailto:"_s +
                     organisers.first().letterhead.email.trimmed();
    }
    lines << u"END:VEVENT"_s << u"END:VCALENDAR"_s;

    QByteArray out;
    for (const QString &line : std::as_const(lines))
        out += ics::foldLine(line.toUtf8());
    return out;
}

} // namespace temaplan::render
