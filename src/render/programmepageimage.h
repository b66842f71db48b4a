#pragma once

#include "programmeinput.h"

#include <QImage>

#include <memory>

namespace temaplan::render {

// Paints pages of a programme into images at one resolution, as the preview beside the
// agenda shows them: the same layout and painting as the PDF. It keeps the laid-out
// slots of the last programme, so after an edit only the changed slots are laid out
// again.
class ProgrammePageRenderer final
{
public:
    explicit ProgrammePageRenderer(int dpi);
    ~ProgrammePageRenderer();
    ProgrammePageRenderer(const ProgrammePageRenderer &) = delete;
    ProgrammePageRenderer &operator=(const ProgrammePageRenderer &) = delete;

    // Page `page` (0-based) as an image of the whole sheet; with the page count, which
    // the layout knows before it paints. A page past the end is a blank sheet.
    QImage render(const ProgrammeInput &input, int page, int *pageCount = nullptr);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// The same, once, without keeping anything.
QImage programmePageImage(const ProgrammeInput &input, int page, int dpi, int *pageCount = nullptr);

} // namespace temaplan::render
