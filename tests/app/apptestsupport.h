#pragma once

#include "app/mainwindow.h"

#include "core/ids.h"

#include <QString>
#include <QTemporaryDir>

#include <functional>

namespace temaplan::test {

// A library file filled with the bundled demo, in a folder removed afterwards.
struct DemoLibraryFile
{
    DemoLibraryFile();

    QTemporaryDir dir;
    QString path;
};

// A main window on its own demo library, shown offscreen.
struct DemoWindow
{
    DemoWindow();

    DemoLibraryFile file;
    app::MainWindow window;
};

// Runs the event loop until `done` holds or `timeoutMs` passes; Qt's QTRY_ macros
// return from the function, which a Catch test would take as a pass.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 3000);

// The id of the first event/case whose title contains `text`; null if none.
Id eventIdByTitle(app::MainWindow &window, const QString &text);
Id caseIdByTitle(app::MainWindow &window, const QString &text);

// The error boxes the window shows (non-blocking, so they can be read).
QStringList errorTexts(const QWidget &window);
void closeErrors(QWidget &window);

} // namespace temaplan::test
