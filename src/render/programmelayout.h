#pragma once

#include "pagemap.h"
#include "programmeinput.h"

#include "core/result.h"

#include <QPageLayout>

#include <memory>

class QPainter;
class QPagedPaintDevice;

namespace temaplan::render {

// A4 portrait with 20 mm margins: the house page.
QPageLayout programmePageLayout();

// The laid-out documents of a programme's slots, kept from one layout to the next on
// the same device: after an edit only the slots whose text, speakers or case links
// changed are laid out again (the preview lays the programme out after every edit).
// Holds the slots of the last layout only.
class SlotDocumentCache final
{
public:
    SlotDocumentCache();
    ~SlotDocumentCache();
    SlotDocumentCache(const SlotDocumentCache &) = delete;
    SlotDocumentCache &operator=(const SlotDocumentCache &) = delete;

private:
    friend class ProgrammeLayout;
    struct Private;
    std::unique_ptr<Private> d;
};

// One programme laid out for one device: the page map is computed up front, so the
// page count is known before anything is painted ("Side 1 af 3") and can be tested.
// Coordinates are the device's pixels with the origin at the top left of its paint
// rect (inside the margins), as QPdfWriter and QPrinter both give it.
class ProgrammeLayout final
{
public:
    // With a cache, slot documents laid out for this device before are reused; the
    // cache must not outlive the device.
    ProgrammeLayout(const ProgrammeInput &input, QPagedPaintDevice &device,
                    SlotDocumentCache *cache = nullptr);
    ~ProgrammeLayout();
    ProgrammeLayout(const ProgrammeLayout &) = delete;
    ProgrammeLayout &operator=(const ProgrammeLayout &) = delete;

    // Its rows are the printed rows (agenda::printedRows): slots that share a row are one.
    const PageMap &pageMap() const;
    int pageCount() const;

    // Paints page `page` (0-based) with the painter already on that page.
    void paintPage(QPainter &painter, int page) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Paints every page onto the device with its current page layout (call
// device.setPageLayout(programmePageLayout()) first for the house page). The PDF
// writer and the print preview both come through here.
Status paintProgramme(const ProgrammeInput &input, QPagedPaintDevice &device);

} // namespace temaplan::render
