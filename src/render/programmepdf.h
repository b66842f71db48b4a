#pragma once

#include "programmeinput.h"

#include "core/result.h"

#include <QString>

namespace temaplan::render {

// Fine enough for print; Qt's default of 1200 dpi only makes the layout's numbers larger.
inline constexpr int programmePdfResolution = 300;

// Writes the programme as an A4 PDF with its fonts embedded. The file is written
// beside the target and moved into place only when complete, so a failed write
// leaves an earlier file at `path` untouched. Needs a QGuiApplication.
Status writeProgrammePdf(const ProgrammeInput &input, const QString &path);

} // namespace temaplan::render
