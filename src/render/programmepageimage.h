#pragma once

#include "programmeinput.h"

#include <QImage>

namespace temaplan::render {

// One page of the programme as an image of the whole sheet at `dpi`; with the page
// count, which the layout knows before it paints. What the preview beside the agenda
// shows: the same layout and painting as the PDF.
QImage programmePageImage(const ProgrammeInput &input, int page, int dpi, int *pageCount = nullptr);

} // namespace temaplan::render
