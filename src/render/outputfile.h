#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace temaplan::render {

// Writes a finished output (a PDF, an HTML page, an invitation) beside `path` and moves
// it into place only when complete, so a failed write leaves an earlier file untouched.
// The error names `what` ("programmet", "kalenderinvitationen"), the path and the cause
// in Danish; Qt's own, English, text goes to `detail` for the log.
Status writeOutputFile(const QString &path, const QByteArray &bytes, const QString &what);

} // namespace temaplan::render
