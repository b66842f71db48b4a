#include "apptestsupport.h"

#include "app/firstrun.h"
#include "app/libraryfileactions.h"
#include "app/librarysession.h"

#include <QMessageBox>
#include <QTest>

#include <stdexcept>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::test {

DemoLibraryFile::DemoLibraryFile()
    : path(dir.filePath(u"demo.temaplan"_s))
{
    if (!dir.isValid())
        throw std::runtime_error("no temporary folder");
    const Status made = app::createDemoLibrary(path);
    if (!made)
        throw std::runtime_error(made.error().message.toStdString());
}

DemoWindow::DemoWindow()
{
    if (!window.fileActions()->openFile(file.path))
        throw std::runtime_error("the demo library did not open");
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        throw std::runtime_error("the window was not shown");
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    return QTest::qWaitFor(done, timeoutMs);
}

Id eventIdByTitle(app::MainWindow &window, const QString &text)
{
    auto events = window.session()->library()->findEvents({});
    if (!events)
        return {};
    for (const EventSummary &e : *events)
        if (e.title.contains(text))
            return e.eventId;
    return {};
}

Id caseIdByTitle(app::MainWindow &window, const QString &text)
{
    auto cases = window.session()->library()->cases().all();
    if (!cases)
        return {};
    for (const Case &c : *cases)
        if (c.title.contains(text))
            return c.id;
    return {};
}

QStringList errorTexts(const QWidget &window)
{
    QStringList texts;
    for (const QMessageBox *box : window.findChildren<QMessageBox *>(u"errorMessage"_s))
        texts << box->text();
    return texts;
}

void closeErrors(QWidget &window)
{
    for (QMessageBox *box : window.findChildren<QMessageBox *>(u"errorMessage"_s)) {
        box->setAttribute(Qt::WA_DeleteOnClose, false);
        box->close();
        delete box;
    }
}

} // namespace temaplan::test
