#pragma once

#include "app/mainwindow.h"

#include "core/ids.h"

#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <functional>

class QLineEdit;
class QListWidget;

namespace temaplan {
class Library;
}

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

class FailingLibrary;

// A main window, shown offscreen, on the library file at `path` opened through a
// FailingLibrary: the test can count what the window reads and make writes fail.
struct CountingWindow
{
    explicit CountingWindow(const QString &path);

    FailingLibrary *library = nullptr;
    app::MainWindow window;
};

// Runs the event loop until `done` holds or `timeoutMs` passes; Qt's QTRY_ macros
// return from the function, which a Catch test would take as a pass.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 3000);

// The id of the first event/case whose title contains `text`; null if none.
Id eventIdByTitle(app::MainWindow &window, const QString &text);
Id caseIdByTitle(app::MainWindow &window, const QString &text);

// A library file of `cases` generated cases and `events` events, in `dir`.
QString generatedLibrary(const QTemporaryDir &dir, int cases, int events);

// A widget of the form by its object name, as a tester finds it; fails the test if none.
template<class W> W *field(QWidget *form, const char *name)
{
    auto *w = form->findChild<W *>(QString::fromLatin1(name));
    if (!w)
        FAIL("the form has no " << name);
    return w;
}

// Key presses carrying their text (a newline is Enter): QTest::keyClicks knows only
// ASCII, and Danish names are typed with æ, ø and å.
void typeText(QWidget *widget, const QString &text);
// Typing as a person types: the field's text replaced, key by key, then Enter.
void typeInto(QLineEdit *edit, const QString &text);

// The id of the person or organisation of that name; null if none.
Id personByName(Library &library, const QString &name);
Id organisationByName(Library &library, const QString &name);
// The case taken out of every slot that names it, then removed.
void removeCase(Library &library, const Id &caseId);

// The texts of a list's lines.
QStringList lines(const QListWidget *list);

// The error boxes the window shows (non-blocking, so they can be read).
QStringList errorTexts(const QWidget &window);
void closeErrors(QWidget &window);

} // namespace temaplan::test
