#pragma once

#include "programmeinput.h"

#include "core/description.h"
#include "core/result.h"

#include <QString>

namespace temaplan::render {

// The programme as a standalone HTML5 page for the network's web site: the same order
// and words as the PDF, the case links, inline CSS in the organiser's colour. Every
// text from the library is escaped; only http(s) and mailto addresses become links.
QString programmeHtml(const ProgrammeInput &input);

// The page written to `path` whole or not at all, with a Danish error (writeOutputFile).
Status writeProgrammeHtml(const ProgrammeInput &input, const QString &path);

// Paragraphs and bullet lists of a description as escaped HTML, for every view of it.
QString descriptionHtml(const Description &description);

} // namespace temaplan::render
