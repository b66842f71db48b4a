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
#include "app/recordroom.h"
#include "app/screenshot.h"
#include "app/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace temaplan;
using namespace temaplan::app;

namespace {

QString languageOf(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i).startsWith(u"--lang="_s))
            return arguments.at(i).mid(7);
        if (arguments.at(i) == u"--lang"_s && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return {};
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

// The window's options, in the language installed when it is called.
void defineOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QApplication::translate("main", "Programmer og case-bibliotek for Sund By Netværket."));
    // Our own help option: Qt's Danish catalogue leaves addHelpOption()'s text in English.
    parser.addOption({{u"h"_s, u"help"_s},
                      QApplication::translate("main", "Vis denne hjælp og afslut.")});
    parser.addVersionOption();
    parser.addPositionalArgument(QApplication::translate("main", "FIL"),
                                 QApplication::translate("main", "Biblioteket, der skal åbnes."),
                                 QApplication::translate("main", "[FIL]"));
    parser.addOptions({
        {u"screenshot"_s,
         QApplication::translate("main", "Gem et billede af vinduet som PNG og afslut."),
         QApplication::translate("main", "FIL.png")},
        {u"lang"_s,
         QApplication::translate("main", "Sprog: da eller en (ellers systemets sprog, hvis det er "
                                         "engelsk, og ellers dansk)."),
         QApplication::translate("main", "SPROG")},
        {u"read-only"_s, QApplication::translate("main", "Åbn biblioteket skrivebeskyttet.")},
        {u"room"_s,
         QApplication::translate("main", "Vis et andet rum ved start: cases, people, organisations, "
                                         "themegroups eller series."),
         QApplication::translate("main", "RUM")},
        {u"filter"_s, QApplication::translate("main", "Filtrér arrangementerne ved start."),
         QApplication::translate("main", "TEKST")},
        {u"event"_s,
         QApplication::translate("main", "Vis det første arrangement, hvis titel indeholder TEKST."),
         QApplication::translate("main", "TEKST")},
        {u"search"_s, QApplication::translate("main", "Søg i cases ved start."),
         QApplication::translate("main", "TEKST")},
        {u"quit-after-first-paint"_s,
         QApplication::translate("main",
                                 "Afslut, så snart vinduet er tegnet (til måling af opstart).")},
        {u"scene"_s,
         QApplication::translate("main",
                                 "Vis en af brugervejledningens scener (til billederne): %1.")
             .arg(guideSceneNames().join(u", "_s)),
         u"SCENE"_s},
    });
}

// Whether the arguments ask only for text: --help, --version, or a mistake the parser will
// report. Then no window system is needed, and `temaplan --help` works on a machine without
// a display. Read by the same options as the window's, so `--filter --help` is a filter.
bool asksOnlyForText(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    defineOptions(parser);
    return !parser.parse(arguments) || parser.isSet(u"help"_s) || parser.isSet(u"version"_s);
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksOnlyForText(argc, argv)) {
        // The same parser below prints the help or the version and leaves.
        qputenv("QT_QPA_PLATFORM", "minimal");
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"temaplan"_s);
    QApplication::setApplicationVersion(QStringLiteral(TEMAPLAN_VERSION));

    // Before the parser, so that --help is in the chosen language too.
    const QString requested = languageOf(QApplication::arguments());
    if (!installTranslations(chooseLanguage(requested, QLocale::system().uiLanguages())))
        qWarning("temaplan: vinduets oversættelse mangler i programmet.");
    if (!requested.isEmpty() && chooseLanguage(requested, {}) != requested.trimmed().toLower())
        qWarning("%s", qPrintable(QApplication::translate(
                                      "main",
                                      "temaplan: --lang %1 er hverken da eller en; systemets sprog "
                                      "bestemmer.")
                                      .arg(requested)));

    QCommandLineParser parser;
    defineOptions(parser);
    parser.process(app);
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);

    MainWindow window;
    openStartLibrary(window, parser.positionalArguments().value(0),
                     parser.isSet(u"read-only"_s) ? OpenMode::ReadOnly : OpenMode::OpenExisting);
    if (parser.value(u"room"_s) == u"cases"_s || parser.isSet(u"search"_s))
        window.showRoom(MainWindow::CasesRoom);
    const std::tuple<QString, MainWindow::Room, QString> recordRooms[] = {
        {u"people"_s, MainWindow::PeopleRoom, u"peopleView"_s},
        {u"organisations"_s, MainWindow::OrganisationsRoom, u"organisationsView"_s},
        {u"themegroups"_s, MainWindow::ThemeGroupsRoom, u"themeGroupsView"_s},
        {u"series"_s, MainWindow::SeriesRoom, u"seriesView"_s}};
    RecordRoom *recordRoom = nullptr;
    for (const auto &[name, shown, view] : recordRooms)
        if (parser.value(u"room"_s) == name) {
            window.showRoom(shown);
            recordRoom = window.findChild<RecordRoom *>(view);
        }
    if (parser.isSet(u"event"_s)) {
        const EventListModel *events = window.eventsView()->model();
        for (int row = 0; row < events->rowCount(); ++row) {
            if (events->summary(row).title.contains(parser.value(u"event"_s), Qt::CaseInsensitive)) {
                window.openEvent(events->summary(row).eventId, events->summary(row).occurrenceId);
                break;
            }
        }
    }
    if (parser.isSet(u"filter"_s))
        (recordRoom ? recordRoom->filterField() : window.eventsView()->filterField())
            ->setText(parser.value(u"filter"_s));
    if (parser.isSet(u"search"_s)) {
        window.casesView()->searchField()->setText(parser.value(u"search"_s));
        window.casesView()->reload();
    }
    std::function<void()> prepare;
    if (parser.isSet(u"scene"_s)) {
        const QString name = parser.value(u"scene"_s);
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
    if (parser.isSet(u"screenshot"_s))
        saveScreenshotAfterFirstPaint(&window, parser.value(u"screenshot"_s), prepare);
    else if (prepare)
        QTimer::singleShot(0, &window, prepare);
    else if (parser.isSet(u"quit-after-first-paint"_s))
        quitAfterFirstPaint(&window);
    window.show();
    return QApplication::exec();
}
