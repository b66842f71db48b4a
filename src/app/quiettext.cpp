#include "quiettext.h"

#include <QPalette>
#include <QWidget>

namespace temaplan::app {

void makeQuiet(QWidget *widget)
{
    QPalette palette = widget->palette();
    const QColor text = palette.color(QPalette::WindowText);
    const QColor back = palette.color(QPalette::Window);
    const auto mix = [](float a, float b) {
        return a * 0.6f + b * 0.4f;
    };
    palette.setColor(QPalette::WindowText, QColor::fromRgbF(mix(text.redF(), back.redF()),
                                                            mix(text.greenF(), back.greenF()),
                                                            mix(text.blueF(), back.blueF())));
    widget->setPalette(palette);
}

} // namespace temaplan::app
