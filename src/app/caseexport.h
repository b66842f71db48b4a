#pragma once

#include "core/result.h"
#include "store/summaries.h"

#include <QByteArray>
#include <QString>

namespace temaplan {
class Library;
}

namespace temaplan::app {

// The cases a filter finds, as the list shows them, for a spreadsheet: UTF-8 with a
// byte order mark (so Excel reads æ, ø and å as such), semicolons between fields (the
// list separator of Danish Excel), Danish headers: Titel;Ejer;Temaer;Periode;
// Præsenteret ved. Several themes or events share one field, joined by ", " and " | ".
Result<QByteArray> caseListCsv(const Library &library, const CaseFilter &filter);

// The same list as a printable PDF (A4, one line a case).
Status writeCaseListPdf(const Library &library, const CaseFilter &filter, const QString &title,
                        const QString &path);

// Writes `bytes` to `path` whole: into a temporary file, renamed into place.
Status writeFileWhole(const QString &path, const QByteArray &bytes);

} // namespace temaplan::app
