// temaplan: the window. Opens the library named on the command line, else the one
// opened last, else the demo library in the user's data folder (made on first run).

#include "app/casesview.h"
#include "app/errormessage.h"
#include "app/eventlistmodel.h"
#include "app/eventsview.h"
#include "app/firstrun.h"
#include "app/guidescenes.h"
#include "app/libraryfileactions.h"
#include "app/librarysession.h"
#include "app/mainwindow.h"
#include "app/recentfiles.h"
#include "app/screenshot.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace temaplan;
using namespace temaplan::app;

namespace {

// Qt's own dialogs (buttons, file and print dialogs) in the chosen language; our texts
// are written in Danish.
void installTranslations(QApplication &app, const QString &language)
{
    QLocale::setDefault(language == u"en"_s ? QLocale(QLocale::English, QLocale::Denmark)
                                            : QLocale(QLocale::Danish, QLocale::Denmark));
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), u"temaplan"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(own);
}

QString languageOf(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i).startsWith(u"--lang="_s))
            return arguments.at(i).mid(7);
        if (arguments.at(i) == u"--lang"_s && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return u"da"_s;
}

// The remembered library, else the demo library (made now if need be).
void openStartLibrary(MainWindow &window, const QString &named, OpenMode mode)
{
    LibraryFileActions *files = window.fileActions();
    if (!named.isEmpty() && files->openFile(named, mode))
        return;
    const QString remembered = RecentFiles().last();
    if (named.isEmpty() && !remembered.isEmpty() && QFileInfo::exists(remembered) &&
        files->openFile(remembered))
        return;
    auto fallback = ensureDefaultLibrary();
    if (!fallback) {
        showError(&window, QApplication::translate("main", "Intet bibliotek"), fallback.error());
        return;
    }
    files->openFile(*fallback);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"temaplan"_s);
    QApplication::setApplicationVersion(QStringLiteral(TEMAPLAN_VERSION));

    // Before the parser, so that --help is in the chosen language too.
    installTranslations(app, languageOf(QApplication::arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Programmer og case-bibliotek for Sund By Netværket."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        u"FIL"_s, QApplication::translate("main", "Biblioteket, der skal åbnes."), u"[FIL]"_s);
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        QApplication::translate("main", "Gem et billede af vinduet som PNG og afslut."),
        u"FIL.png"_s);
    const QCommandLineOption lang(u"lang"_s,
                                  QApplication::translate("main", "Sprog: da (standard) eller en."),
                                  u"SPROG"_s, u"da"_s);
    const QCommandLineOption room(
        u"room"_s, QApplication::translate("main", "Vis case-biblioteket ved start: --room cases."),
        u"RUM"_s);
    const QCommandLineOption filter(
        u"filter"_s, QApplication::translate("main", "Filtrér arrangementerne ved start."),
        u"TEKST"_s);
    const QCommandLineOption readOnly(
        u"read-only"_s, QApplication::translate("main", "Åbn biblioteket skrivebeskyttet."));
    const QCommandLineOption event(
        u"event"_s,
        QApplication::translate("main", "Vis det første arrangement, hvis titel indeholder TEKST."),
        u"TEKST"_s);
    const QCommandLineOption search(
        u"search"_s, QApplication::translate("main", "Søg i cases ved start."), u"TEKST"_s);
    const QCommandLineOption quitAfterPaint(
        u"quit-after-first-paint"_s,
        QApplication::translate("main",
                                "Afslut, så snart vinduet er tegnet (til måling af opstart)."));
    const QCommandLineOption scene(
        u"scene"_s,
        QApplication::translate("main",
                                "Vis en af brugervejledningens scener (til billederne): %1.")
            .arg(guideSceneNames().join(u", "_s)),
        u"SCENE"_s);
    parser.addOptions(
        {screenshot, lang, readOnly, room, filter, event, search, quitAfterPaint, scene});
    parser.process(app);

    MainWindow window;
    openStartLibrary(window, parser.positionalArguments().value(0),
                     parser.isSet(readOnly) ? OpenMode::ReadOnly : OpenMode::OpenExisting);
    if (parser.value(room) == u"cases"_s || parser.isSet(search))
        window.showRoom(MainWindow::CasesRoom);
    if (parser.isSet(event)) {
        const EventListModel *events = window.eventsView()->model();
        for (int row = 0; row < events->rowCount(); ++row) {
            if (events->summary(row).title.contains(parser.value(event), Qt::CaseInsensitive)) {
                window.openEvent(events->summary(row).eventId, events->summary(row).occurrenceId);
                break;
            }
        }
    }
    if (parser.isSet(filter))
        window.eventsView()->filterField()->setText(parser.value(filter));
    if (parser.isSet(search)) {
        window.casesView()->searchField()->setText(parser.value(search));
        window.casesView()->reload();
    }
    std::function<void()> prepare;
    if (parser.isSet(scene)) {
        const QString name = parser.value(scene);
        if (!guideSceneNames().contains(name)) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(QApplication::translate("main", "Ukendt scene «%1». Scenerne er: %2.")
                               .arg(name, guideSceneNames().join(u", "_s))));
            return 2;
        }
        prepare = [&window, name] {
            if (Status ready = prepareGuideScene(window, name); !ready)
                showError(&window, QApplication::translate("main", "Scenen kunne ikke vises"),
                          ready.error());
        };
    }
    if (parser.isSet(screenshot))
        saveScreenshotAfterFirstPaint(&window, parser.value(screenshot), prepare);
    else if (prepare)
        QTimer::singleShot(0, &window, prepare);
    else if (parser.isSet(quitAfterPaint))
        quitAfterFirstPaint(&window);
    window.show();
    return QApplication::exec();
}
