#pragma once

#include <QString>

class QWidget;

namespace temaplan::app {

// Saves a PNG of `window` once it has been painted for the first time and then quits
// the application (exit code 1 when the file could not be written). For the docs'
// pictures and for tests that want to see the real window.
void saveScreenshotAfterFirstPaint(QWidget *window, const QString &path);

// Quits as soon as `window` has painted once: how start-up is measured.
void quitAfterFirstPaint(QWidget *window);

} // namespace temaplan::app
