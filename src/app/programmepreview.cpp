#include "programmepreview.h"

#include "render/programmepageimage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

namespace {

// Sharp enough for a page a few hundred pixels wide on a high-density screen.
constexpr int previewDpi = 144;

} // namespace

class ProgrammePreview::Canvas final : public QWidget
{
public:
    explicit Canvas(ProgrammePreview *preview)
        : QWidget(preview)
        , m_preview(preview)
    {
        setMinimumSize(160, 220);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        // The page waits for the window's first picture (see renderNow); ask for it now,
        // one frame later, so that it does not share the event loop's pass with the
        // rest of what the first paint queued.
        if (!std::exchange(m_preview->m_canvasPainted, true) && m_preview->m_waiting)
            m_preview->m_timer->start(16);
        QPainter painter(this);
        painter.fillRect(rect(), palette().color(QPalette::Mid).lighter(135));
        const QImage &image = m_preview->pageImage();
        if (image.isNull())
            return;
        const QSize size = image.size().scaled(rect().adjusted(8, 8, -8, -8).size(),
                                               Qt::KeepAspectRatio);
        const QRect target(QPoint((width() - size.width()) / 2, 8), size);
        painter.fillRect(target.translated(2, 3), QColor(0, 0, 0, 60));
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(target, image);
    }

private:
    ProgrammePreview *m_preview;
};

ProgrammePreview::ProgrammePreview(QWidget *parent)
    : QWidget(parent)
    , m_page(new QSpinBox(this))
    , m_pageTotal(new QLabel(this))
    , m_canvas(new Canvas(this))
    , m_timer(new QTimer(this))
    , m_renderer(std::make_unique<render::ProgrammePageRenderer>(previewDpi))
{
    setObjectName(u"programmePreviewPage"_s);
    m_page->setObjectName(u"previewPage"_s);
    m_page->setPrefix(tr("Side "));
    m_page->setRange(1, 1);
    m_page->setToolTip(tr("Hvilken side af det trykte program der vises"));
    auto *title = new QLabel(tr("Udskrift"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addStretch(1);
    bar->addWidget(m_page);
    bar->addWidget(m_pageTotal);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_canvas, 1);

    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &ProgrammePreview::renderNow);
    connect(m_page, &QSpinBox::valueChanged, this, [this] { m_timer->start(0); });
}

void ProgrammePreview::setInput(std::optional<render::ProgrammeInput> input)
{
    m_input = std::move(input);
    m_timer->start(0);
}

int ProgrammePreview::page() const
{
    return m_page->value() - 1;
}

void ProgrammePreview::setPage(int page)
{
    m_page->setValue(page + 1);
}

void ProgrammePreview::renderNow()
{
    m_timer->stop();
    // Laying out a page costs more than showing the whole window: until the window has
    // painted once, wait, so that it appears at once and the page follows a moment later.
    m_waiting = isVisible() && !m_canvasPainted;
    if (m_waiting)
        return;
    if (!m_input) {
        m_image = {};
        m_pageCount = 0;
    } else {
        int count = 0;
        m_image = m_renderer->render(*m_input, page(), &count);
        m_pageCount = count;
        if (page() >= count && count > 0) {
            const QSignalBlocker blocker(m_page);
            m_page->setValue(count);
            m_image = m_renderer->render(*m_input, count - 1);
        }
    }
    {
        const QSignalBlocker blocker(m_page);
        m_page->setRange(1, std::max(m_pageCount, 1));
    }
    m_page->setEnabled(m_pageCount > 1);
    m_pageTotal->setText(tr("af %1").arg(std::max(m_pageCount, 1)));
    m_canvas->update();
}

} // namespace temaplan::app
