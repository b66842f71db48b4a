#pragma once

#include "render/programmeinput.h"
#include "render/programmepageimage.h"

#include <QImage>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QSpinBox;
class QTimer;

namespace temaplan::app {

// The printed page beside the agenda, painted by the renderer the PDF comes from, so
// what the coordinator sees while planning is what staff will print. Changes arrive in
// bursts (an insert moves every later slot); they are drawn once, after the burst.
class ProgrammePreview final : public QWidget
{
    Q_OBJECT

public:
    explicit ProgrammePreview(QWidget *parent = nullptr);

    void setInput(std::optional<render::ProgrammeInput> input);
    int pageCount() const { return m_pageCount; }
    int page() const; // 0-based
    void setPage(int page);
    // The page as last drawn, the whole A4 sheet; null before the first drawing.
    const QImage &pageImage() const { return m_image; }
    // Draws now instead of after the burst (tests, screenshots).
    void renderNow();

private:
    class Canvas;

    QSpinBox *m_page;
    QLabel *m_pageTotal;
    Canvas *m_canvas;
    QTimer *m_timer;
    std::optional<render::ProgrammeInput> m_input;
    std::unique_ptr<render::ProgrammePageRenderer> m_renderer;
    QImage m_image;
    int m_pageCount = 0;
    bool m_canvasPainted = false;
    // A page asked for before the canvas first painted; its first paint renders it.
    bool m_waiting = false;
};

} // namespace temaplan::app
