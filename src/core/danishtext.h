#pragma once

#include "calendardate.h"
#include "venue.h"

#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace temaplan::danish {

// "9.30", "14.45", "10.00": hours without a leading zero, a full stop, two-digit minutes.
QString formatTime(const QTime &time);

// "9.30–10.00" (en dash) when both are valid, else just the start.
QString formatTimeRange(const QTime &start, const QTime &end);

// Reads what a Danish user types: "9.30", "09.30", "9:30", "930", "9". nullopt if not a time.
std::optional<QTime> parseTime(const QString &text);

// "6. december", "6. december 2024" (year only when known and `withYear`).
QString formatDate(const CalendarDate &date, bool withYear);

// Where an event is, as the date line says it: "i Gladsaxe", "online",
// "i Aarhus – mødested oplyses snarest", "mødested oplyses snarest".
QString placePhrase(VenueKind kind, const QString &town);

// The programme's date-and-place line: "Den 6. december i Gladsaxe". The year is added
// when the date has one and it differs from `currentYear`. `place` comes from
// placePhrase(); empty leaves the place out.
QString formatDateLine(const CalendarDate &date, const QString &place, int currentYear);

// "Mia, Malene og Pernille"; "Mia og Malene"; "Mia"; "".
QString joinList(const QStringList &items);

// "Vi slutter kl. 15.00."
QString closingLine(const QTime &end);

} // namespace temaplan::danish
