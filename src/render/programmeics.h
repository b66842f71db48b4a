#pragma once

#include "programmeinput.h"

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace temaplan::render {

// The chosen occurrence as an RFC 5545 calendar invitation (one VEVENT in
// Europe/Copenhagen time, with its VTIMEZONE). The agenda goes in the description as
// programme::agendaAsPlainText writes it. Fails, with a Danish message, when the
// occurrence has no year or no start time: a calendar cannot hold "Den 6. december".
Result<QByteArray> programmeIcs(const ProgrammeInput &input);

// The invitation written to `path` whole or not at all, with a Danish error.
Status writeProgrammeIcs(const ProgrammeInput &input, const QString &path);

namespace ics {

// TEXT value escaping: backslash, semicolon, comma and newline.
QString escapeText(const QString &text);

// One content line as CRLF-terminated physical lines of at most 75 octets, never
// cutting a UTF-8 sequence.
QByteArray foldLine(const QByteArray &line);

} // namespace ics

} // namespace temaplan::render
