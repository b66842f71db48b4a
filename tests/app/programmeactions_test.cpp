#include "apptestsupport.h"

#include "app/editor/agendaeditor.h"
#include "app/editor/agendamodel.h"
#include "app/eventdetailview.h"
#include "app/eventsview.h"
#include "app/programmeactions.h"
#include "app/programmeeditor.h"

#include "render/programmelayout.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace temaplan;

namespace {

struct GladsaxeWindow : test::DemoWindow
{
    GladsaxeWindow()
    {
        window.openEvent(test::eventIdByTitle(window, u"Temagruppemøde om lokalsamfund"_s));
        detail = window.eventsView()->detail();
        actions = detail->programmeActions();
        actions->setSaveFileChooser(
            [this](const QString &, const QString &suggested, const QString &) {
                suggestions << suggested;
                return target;
            });
    }

    app::EventDetailView *detail = nullptr;
    app::ProgrammeActions *actions = nullptr;
    QString target;
    QStringList suggestions;
};

QByteArray head(const QString &path, int bytes)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(bytes) : QByteArray();
}

} // namespace

TEST_CASE("the event view shows title, date line and the programme")
{
    GladsaxeWindow w;
    CHECK(w.window.findChild<QLabel *>(u"eventTitle"_s)
              ->text()
              .startsWith(u"Temagruppemøde om lokalsamfund"_s));
    CHECK(w.window.findChild<QLabel *>(u"dateLine"_s)->text() == u"Den 6. december i Gladsaxe"_s);
    // The programme is shown by the agenda editor (and the printed page beside it); the
    // HTML page under the editor is left empty, as nobody sees it.
    const temaplan::AgendaModel *agenda = w.detail->programmeEditor()->agendaEditor()->model();
    QString programme;
    for (int row = 0; row < agenda->rowCount(); ++row)
        for (int column = 0; column < agenda->columnCount(); ++column)
            programme += agenda->index(row, column).data().toString() + u'\n';
    CHECK(programme.contains(u"Social balance"_s));
    CHECK(programme.contains(u"10.30"_s));
    CHECK(w.detail->programmePage()->objectName() == u"programmePage"_s);
    CHECK(w.detail->programmePage()->currentWidget() == w.detail->programmeEditor());
    CHECK(w.window.findChild<QTextBrowser *>(u"programmePreview"_s)->toPlainText().isEmpty());
}

TEST_CASE("Eksportér PDF writes the shown programme as a PDF")
{
    GladsaxeWindow w;
    w.target = w.file.dir.filePath(u"program.pdf"_s);
    REQUIRE(w.actions->exportPdfAction()->isEnabled());
    w.actions->exportPdfAction()->trigger();

    CHECK(head(w.target, 5) == "%PDF-");
    REQUIRE(w.suggestions.size() == 1);
    CHECK(w.suggestions.first().endsWith(u".pdf"_s));
    CHECK(test::errorTexts(w.window).isEmpty());
}

TEST_CASE("Gem som HTML writes a web page of the programme")
{
    GladsaxeWindow w;
    w.target = w.file.dir.filePath(u"program.html"_s);
    w.actions->saveHtmlAction()->trigger();
    const QString html = QString::fromUtf8(head(w.target, 1 << 20));
    CHECK(html.startsWith(u"<!DOCTYPE html>"_s, Qt::CaseInsensitive));
    CHECK(html.contains(u"Social balance"_s));
}

TEST_CASE("a programme without a year gets no calendar invitation, and the user is told why")
{
    GladsaxeWindow w;
    w.target = w.file.dir.filePath(u"program.ics"_s);
    w.actions->saveIcsAction()->trigger();
    CHECK(w.suggestions.isEmpty()); // refused before any file was asked for
    CHECK_FALSE(QFile::exists(w.target));
    const QStringList errors = test::errorTexts(w.window);
    REQUIRE(errors.size() == 1);
    CHECK_FALSE(errors.first().isEmpty());
    test::closeErrors(w.window);
}

TEST_CASE("a dated programme is saved as a calendar invitation")
{
    test::DemoWindow demo;
    demo.window.openEvent(test::eventIdByTitle(demo.window, u"Fælles om lokal sundhed"_s));
    app::ProgrammeActions *actions = demo.window.eventsView()->detail()->programmeActions();
    const QString target = demo.file.dir.filePath(u"invitation.ics"_s);
    actions->setSaveFileChooser(
        [&](const QString &, const QString &, const QString &) { return target; });
    actions->saveIcsAction()->trigger();
    const QStringList errors = test::errorTexts(demo.window);
    if (!errors.isEmpty()) {
        // The partner conference has no start time in the demo: then the refusal is right.
        CHECK_FALSE(QFile::exists(target));
        test::closeErrors(demo.window);
    } else {
        CHECK(head(target, 15) == "BEGIN:VCALENDAR");
    }
}

TEST_CASE("a PDF export into a missing folder shows the error")
{
    GladsaxeWindow w;
    w.target = w.file.dir.filePath(u"findes-ikke/program.pdf"_s);
    w.actions->exportPdfAction()->trigger();
    CHECK(test::errorTexts(w.window).size() == 1);
    test::closeErrors(w.window);
}

TEST_CASE("a web page saved into a missing folder is refused in Danish, without Qt's English")
{
    GladsaxeWindow w;
    w.target = w.file.dir.filePath(u"findes-ikke/program.html"_s);
    w.actions->saveHtmlAction()->trigger();
    const QStringList errors = test::errorTexts(w.window);
    REQUIRE(errors.size() == 1);
    INFO(errors.first().toStdString());
    CHECK(errors.first().contains(u"mappen findes ikke"_s));
    CHECK_FALSE(errors.first().contains(u"No such file"_s));
    CHECK_FALSE(QFile::exists(w.target));
    test::closeErrors(w.window);
}

TEST_CASE("the print preview's painting fills a printer page by page")
{
    GladsaxeWindow w;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString target = w.file.dir.filePath(u"udskrift.pdf"_s);
    printer.setOutputFileName(target);
    printer.setPageLayout(render::programmePageLayout());
    REQUIRE(w.actions->printTo(printer));
    CHECK(head(target, 5) == "%PDF-");
}

TEST_CASE("Udskriv opens a print preview of the programme's pages")
{
    GladsaxeWindow w;
    int pages = -1;
    QString title;
    // The preview is modal: look at it from inside its event loop, then close it.
    QTimer::singleShot(0, &w.window, [&] {
        test::waitUntil(
            [] { return qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget()); });
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        title = dialog->windowTitle();
        if (auto *preview = dialog->findChild<QPrintPreviewWidget *>()) {
            test::waitUntil([&] { return preview->pageCount() > 0; });
            pages = preview->pageCount();
        }
        if (const QString shot = qEnvironmentVariable("TEMAPLAN_PREVIEW_SHOT"); !shot.isEmpty())
            dialog->grab().save(shot);
        dialog->reject();
    });
    w.actions->printAction()->trigger();
    CHECK(title == u"Udskriv program"_s);
    CHECK(pages >= 1);
    CHECK(test::errorTexts(w.window).isEmpty());
}
