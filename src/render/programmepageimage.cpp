#include "programmepageimage.h"

#include "programmelayout.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>

namespace temaplan::render {

struct ProgrammePageRenderer::Private
{
    explicit Private(int resolution)
        : dpi(resolution)
        , writer(&nowhere)
    {
        writer.setResolution(resolution);
        writer.setPageLayout(programmePageLayout());
    }

    int dpi;
    // ProgrammeLayout measures on a paged device. A PDF writer that is never painted on
    // writes nothing; it only gives the page's size and resolution. The image gets the
    // same resolution, so text laid out for the writer paints at the same size on it.
    // It lives as long as the cache, whose documents were laid out for it.
    QBuffer nowhere;
    QPdfWriter writer;
    SlotDocumentCache cache;
};

ProgrammePageRenderer::ProgrammePageRenderer(int dpi)
    : d(std::make_unique<Private>(dpi))
{}

ProgrammePageRenderer::~ProgrammePageRenderer() = default;

QImage ProgrammePageRenderer::render(const ProgrammeInput &input, int page, int *pageCount)
{
    const ProgrammeLayout layout(input, d->writer, &d->cache);
    if (pageCount)
        *pageCount = layout.pageCount();

    const QPageLayout pageLayout = d->writer.pageLayout();
    const QRect full = pageLayout.fullRectPixels(d->dpi);
    const QRect paint = pageLayout.paintRectPixels(d->dpi);
    QImage image(full.size(), QImage::Format_RGB32);
    const int dotsPerMeter = qRound(d->dpi / 0.0254);
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

QImage programmePageImage(const ProgrammeInput &input, int page, int dpi, int *pageCount)
{
    return ProgrammePageRenderer(dpi).render(input, page, pageCount);
}

} // namespace temaplan::render
