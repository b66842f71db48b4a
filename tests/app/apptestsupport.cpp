#include "apptestsupport.h"

#include "failinglibrary.h"

#include "app/firstrun.h"
#include "app/libraryfileactions.h"
#include "app/librarysession.h"
#include "app/recordcommand.h"

#include "core/synthetic.h"
#include "store/libraryexchange.h"
#include "store/libraryfile.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
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

QString generatedLibrary(const QTemporaryDir &dir, int cases, int events)
{
    const QString file = dir.path() + u"/generated-%1.temaplan"_s.arg(cases);
    auto lib = openLibrary(file, OpenMode::CreateNew);
    REQUIRE(lib.ok());
    REQUIRE(importContents(**lib, generateSyntheticLibrary({cases, events, 7})).ok());
    return file;
}

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c == u'\n') {
            QTest::keyClick(widget, Qt::Key_Return);
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    typeText(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

namespace {

// The id of the record of that name; null if none.
template<class T> Id idByName(Library &library, const QString &name)
{
    const auto records = app::repositoryOf<T>(library).all();
    REQUIRE(records);
    for (const T &r : *records)
        if (r.*app::titleMember<T>() == name)
            return r.id;
    return {};
}

} // namespace

Id personByName(Library &library, const QString &name)
{
    return idByName<Person>(library, name);
}

Id organisationByName(Library &library, const QString &name)
{
    return idByName<Organisation>(library, name);
}

void removeCase(Library &library, const Id &caseId)
{
    const auto presented = library.presentedAt(caseId);
    REQUIRE(presented.ok());
    for (const SlotReference &r : *presented) {
        Event e = *library.events().get(r.eventId);
        for (Occurrence &o : e.occurrences)
            for (AgendaSlot &s : o.agenda)
                s.caseIds.removeAll(caseId);
        REQUIRE(library.events().save(e).ok());
    }
    REQUIRE(library.cases().remove(caseId).ok());
}

QStringList lines(const QListWidget *list)
{
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts << list->item(i)->text();
    return texts;
}

CountingWindow::CountingWindow(const QString &path)
{
    auto opened = openLibrary(path);
    REQUIRE(opened);
    auto counting = std::make_unique<FailingLibrary>(std::move(opened).value());
    library = counting.get();
    window.session()->adopt(std::move(counting));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
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
