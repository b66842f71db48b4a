#pragma once

#include <QString>

#include <functional>

class QImage;
class QWidget;

namespace temaplan::app {

// Saves a PNG of `window` once it has been painted for the first time and then quits
// the application (exit code 1 when the file could not be written). For the docs'
// pictures and for tests that want to see the real window. `prepare`, when given, runs
// at the first paint (a menu or dialog opened then finds the window on screen); the
// picture shows the dialogs and menus open over the window where they stand.
void saveScreenshotAfterFirstPaint(QWidget *window, const QString &path,
                                   std::function<void()> prepare = {});

// The window with every other visible top-level window (dialog, menu, message box)
// painted over it at its place on the screen.
QImage grabWithPopups(QWidget *window);

// Quits as soon as `window` has painted once: how start-up is measured.
void quitAfterFirstPaint(QWidget *window);

} // namespace temaplan::app
