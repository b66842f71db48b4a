#include "programmepageimage.h"

#include "programmelayout.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>

namespace temaplan::render {

QImage programmePageImage(const ProgrammeInput &input, int page, int dpi, int *pageCount)
{
    // ProgrammeLayout measures on a paged device. A PDF writer that is never painted on
    // writes nothing; it only gives the page's size and resolution. The image gets the
    // same resolution, so text laid out for the writer paints at the same size on it.
    QBuffer nowhere;
    QPdfWriter writer(&nowhere);
    writer.setResolution(dpi);
    writer.setPageLayout(programmePageLayout());
    const ProgrammeLayout layout(input, writer);
    if (pageCount)
        *pageCount = layout.pageCount();

    const QPageLayout pageLayout = writer.pageLayout();
    const QRect full = pageLayout.fullRectPixels(dpi);
    const QRect paint = pageLayout.paintRectPixels(dpi);
    QImage image(full.size(), QImage::Format_RGB32);
    const int dotsPerMeter = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    if (page < 0 || page >= layout.pageCount())
        return image;
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    painter.translate(paint.topLeft());
    layout.paintPage(painter, page);
    return image;
}

} // namespace temaplan::render
