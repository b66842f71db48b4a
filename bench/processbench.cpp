#include "measures.h"

#include "core/libraryjson.h"
#include "core/synthetic.h"
#include "render/programmelayout.h"
#include "render/programmepageimage.h"
#include "render/programmepdf.h"
#include "store/demolibrary.h"
#include "store/libraryexchange.h"
#include "store/libraryfile.h"
#include "store/librarylookups.h"

#include <QBuffer>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QPdfWriter>
#include <QStandardPaths>

#include <QCoreApplication>
#include <QProcess>

#include <time.h>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::bench {

namespace {

double processCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

struct ProcessRun
{
    double ms = 0;
    double maxRssMiB = 0;
    int exitCode = -1;
};

// Through temaplan-bench-launch, which spawns the program with posix_spawn and wait4:
// wait4 gives the child's own peak RSS, and the launcher's few hundred KB, not this
// process's hundreds of MB, are what the child starts with (see launch.cpp).
ProcessRun runProcess(const QString &program, const QStringList &args)
{
    QProcess launch;
    launch.start(QCoreApplication::applicationDirPath() + u"/temaplan-bench-launch"_s,
                 QStringList{program} + args);
    ProcessRun run;
    if (!launch.waitForFinished(-1) || launch.exitCode() != 0)
        return run;
    const QList<QByteArray> fields = launch.readAllStandardOutput().trimmed().split(' ');
    if (fields.size() != 3)
        return run;
    run.ms = fields[0].toDouble();
    run.maxRssMiB = fields[1].toDouble() / 1024.0;
    run.exitCode = fields[2].toInt();
    return run;
}

struct Repeated
{
    Stats time;
    Stats rss;
    bool failed = false;
};

Repeated repeatProcess(int runs, const QString &program, const QStringList &args)
{
    QList<double> times;
    QList<double> rss;
    Repeated r;
    runProcess(program, args); // warm the file cache
    for (int i = 0; i < runs; ++i) {
        const ProcessRun run = runProcess(program, args);
        r.failed |= run.exitCode != 0;
        times.append(run.ms);
        rss.append(run.maxRssMiB);
    }
    r.time = statsOf(times);
    r.rss = statsOf(rss);
    return r;
}

QString demoLibrary(const Options &options)
{
    const QString path = options.workDir + u"/bench-demo.temaplan"_s;
    if (!QFile::exists(path)) {
        auto lib = openLibrary(path, OpenMode::CreateNew);
        if (!lib || !importDemo(**lib))
            qFatal("cannot make the demo library");
    }
    return path;
}

QList<Report> startUp(const Options &options)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // The program's own settings and its memory of checked files from the work folder, not
    // the user's: what a long-used machine has gathered there must not weigh on the figure,
    // and a welcome panel dismissed there would paint a different window.
    qputenv("XDG_CACHE_HOME", QFile::encodeName(options.workDir + u"/start-cache"_s));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(options.workDir + u"/start-config"_s));
    const QString temaplan = options.binDir + u"/temaplan"_s;
    const QString bare = options.binDir + u"/temaplan-bench-bare-window"_s;
    const QString demo = demoLibrary(options);
    const Repeated ours = repeatProcess(options.runs, temaplan, {u"--quit-after-first-paint"_s, demo});
    const Repeated floor = repeatProcess(options.runs, bare, {});
    const Repeated textFloor = repeatProcess(options.runs, bare, {u"--with-text"_s});

    Report start;
    start.measure = u"start.first-paint-demo"_s;
    start.subject = ours.time;
    start.floorName = u"a bare Qt Widgets window, painted once"_s;
    start.floor = floor.time;
    start.target = u"≤ 1.5× the bare window"_s;
    start.note = ours.failed ? u"temaplan exited with an error"_s : u"QT_QPA_PLATFORM=offscreen"_s;

    // Not the target's floor: what a window with a menu, a line edit and a list of rows
    // costs, so the share of Qt's font system and text is seen apart from Temaplan's own.
    Report textStart;
    textStart.measure = u"start.first-paint-demo-vs-text-window"_s;
    textStart.subject = ours.time;
    textStart.floorName = u"the bare window with a menu, a line edit and 30 rows of text"_s;
    textStart.floor = textFloor.time;
    textStart.note = textFloor.failed ? u"the text window exited with an error"_s : u"QT_QPA_PLATFORM=offscreen"_s;

    Report rss;
    rss.measure = u"start.peak-rss-demo"_s;
    rss.unit = u"MiB"_s;
    rss.subject = ours.rss;
    rss.floorName = u"the bare window"_s;
    rss.floor = floor.rss;

    const QString big = generatedLibrary(options);
    const Repeated large = repeatProcess(qMax(3, options.runs / 3), temaplan, {u"--quit-after-first-paint"_s, big});
    Report bigStart;
    bigStart.measure = u"start.first-paint-generated"_s;
    bigStart.subject = large.time;
    bigStart.floorName = start.floorName;
    bigStart.floor = floor.time;
    bigStart.note = u"%1 cases, %2 events"_s.arg(options.cases).arg(options.events);
    Report bigRss;
    bigRss.measure = u"start.peak-rss-generated"_s;
    bigRss.unit = u"MiB"_s;
    bigRss.subject = large.rss;
    bigRss.target = u"< 100 MB"_s;
    bigRss.note = bigStart.note;
    return {start, textStart, rss, bigStart, bigRss};
}

QList<Report> printing(const Options &options)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    const QString demo = demoLibrary(options);
    const QString cli = options.binDir + u"/temaplan-cli"_s;
    const QString naive = options.binDir + u"/temaplan-bench-naive-pdf"_s;
    const QString out = options.workDir + u"/bench.pdf"_s;
    // af101870: the demo's theme-group meeting of seed 000.
    const Repeated ours = repeatProcess(options.runs, cli, {u"--library"_s, demo, u"render"_s, u"af101870"_s,
                                                            u"--pdf"_s, out});
    const Repeated floor = repeatProcess(options.runs, naive, {options.workDir + u"/naive.pdf"_s});
    Report process;
    process.measure = u"render.pdf-process"_s;
    process.subject = ours.time;
    process.floorName = u"naive QTextDocument → QPdfWriter process"_s;
    process.floor = floor.time;
    process.target = u"≤ 2× the naive process"_s;
    const QString office = QStandardPaths::findExecutable(u"soffice"_s);
    process.note = office.isEmpty() ? u"LibreOffice is not installed here: no comparison with it"_s
                                    : u"LibreOffice: see render.libreoffice"_s;
    QList<Report> reports{process};
    if (!office.isEmpty()) {
        const QString html = options.workDir + u"/bench.html"_s;
        runProcess(cli, {u"--library"_s, demo, u"render"_s, u"af101870"_s, u"--html"_s, html});
        Report lo;
        lo.measure = u"render.libreoffice"_s;
        lo.subject = repeatProcess(qMax(3, options.runs / 5), office,
                                   {u"--headless"_s, u"--convert-to"_s, u"pdf"_s, u"--outdir"_s, options.workDir, html})
                         .time;
        lo.floorName = u"temaplan-cli render --pdf"_s;
        lo.floor = ours.time;
        lo.target = u"temaplan ≤ 1/20 of LibreOffice"_s;
        reports.append(lo);
    }

    // In the program: what the live preview pays after one edit, vs the first render.
    auto lib = openLibrary(demo, OpenMode::ReadOnly);
    Event meeting;
    const auto events = (*lib)->events().all();
    for (const Event &e : *events) {
        if (idToString(e.id).startsWith(u"af101870"_s))
            meeting = e;
    }
    const render::ProgrammeInput input{meeting, {}, lookupsFor(**lib), QDate::currentDate().year(), {}};
    auto renderOnce = [&](const render::ProgrammeInput &in) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(render::programmePdfResolution);
        writer.setPageLayout(render::programmePageLayout());
        if (!render::paintProgramme(in, writer))
            qFatal("render failed");
    };
    QElapsedTimer first;
    first.start();
    renderOnce(input);
    const double firstMs = double(first.nsecsElapsed()) / 1e6;
    int edit = 0;
    Report again;
    again.measure = u"render.after-one-edit"_s;
    again.subject = timeRepeated(options.runs, [&] {
        render::ProgrammeInput edited = input;
        edited.event.occurrences[0].agenda[2].title += u" (%1)"_s.arg(++edit);
        renderOnce(edited);
    }, false);
    again.floorName = u"the first render in the process"_s;
    again.floor = statsOf({firstMs});
    again.target = u"≤ 16 ms"_s;
    again.note = u"the whole 2-page programme laid out and painted to an in-memory PDF"_s;
    reports.append(again);

    // What the preview beside the agenda does after an edit: lay the programme out and
    // paint the page shown into an image (144 dpi), no PDF written. The preview keeps a
    // renderer, which lays out again only the slot that changed.
    constexpr int previewDpi = 144;
    render::ProgrammePageRenderer renderer(previewDpi);
    (void)renderer.render(input, 0);
    Report preview;
    preview.measure = u"render.preview-after-one-edit"_s;
    preview.subject = timeRepeated(options.runs, [&] {
        render::ProgrammeInput edited = input;
        edited.event.occurrences[0].agenda[2].title += u" (%1)"_s.arg(++edit);
        (void)renderer.render(edited, 0);
    }, false);
    preview.floorName = u"the same edit laid out from nothing (every slot), as before the renderer kept slots"_s;
    preview.floor = timeRepeated(options.runs, [&] {
        render::ProgrammeInput edited = input;
        edited.event.occurrences[0].agenda[2].title += u" (%1)"_s.arg(++edit);
        (void)render::programmePageImage(edited, 0, previewDpi);
    }, false);
    preview.target = u"≤ 16 ms"_s;
    preview.note = u"page 1 of the seed-000 programme laid out and painted to a 144-dpi image, one slot's title changed"_s;
    reports.append(preview);

    // The preview's share that is layout (every slot's documents built and measured),
    // the rest being the painting of one page.
    Report layoutOnly;
    layoutOnly.measure = u"render.preview-layout-only"_s;
    layoutOnly.subject = timeRepeated(options.runs, [&] {
        render::ProgrammeInput edited = input;
        edited.event.occurrences[0].agenda[2].title += u" (%1)"_s.arg(++edit);
        QBuffer nowhere;
        QPdfWriter writer(&nowhere);
        writer.setResolution(previewDpi);
        writer.setPageLayout(render::programmePageLayout());
        const render::ProgrammeLayout layout(edited, writer);
        (void)layout.pageCount();
    }, false);
    layoutOnly.floorName = u"the same edit laid out from nothing and painted"_s;
    layoutOnly.floor = preview.floor;
    layoutOnly.note = u"the layout of the same edit without painting"_s;
    reports.append(layoutOnly);
    return reports;
}

QList<Report> exchange(const Options &options)
{
    const LibraryContents contents = generateSyntheticLibrary({10000, 1000, 2});
    const QString json = options.workDir + u"/bench-10k.json"_s;
    {
        QFile f(json);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(json));
        f.write(json::writeLibraryJson(contents));
    }
    int n = 0;
    QList<double> cpuMs;
    Report import;
    import.measure = u"exchange.import-10k"_s;
    import.subject = timeRepeated(qMax(3, options.runs / 10), [&] {
        const QString path = options.workDir + u"/import-%1.temaplan"_s.arg(++n);
        QFile::remove(path);
        const double cpuBefore = processCpuMs();
        auto lib = openLibrary(path, OpenMode::CreateNew);
        if (!lib || !importJsonFile(**lib, json))
            qFatal("import failed");
        lib = Result<std::unique_ptr<Library>>(Error::make(Error::Code::Generic, {}));
        cpuMs.append(processCpuMs() - cpuBefore);
    }, false);
    import.target = u"< 1 s"_s;
    import.note = u"10 000 cases and 1 000 events from JSON into a new library file"_s;
    Report importCpu;
    importCpu.measure = u"exchange.import-10k-cpu"_s;
    importCpu.unit = u"ms of CPU (user + system)"_s;
    importCpu.subject = statsOf(cpuMs);
    importCpu.note = u"the same imports: the CPU they used, which a busy machine does not inflate as it does wall time"_s;

    auto lib = openLibrary(options.workDir + u"/import-1.temaplan"_s, OpenMode::ReadOnly);
    Report exportReport;
    exportReport.measure = u"exchange.export-10k"_s;
    exportReport.subject = timeRepeated(qMax(3, options.runs / 10), [&] {
        if (!exportJsonFile(**lib, options.workDir + u"/export.json"_s))
            qFatal("export failed");
    });
    exportReport.floorName = u"writing the same JSON from memory"_s;
    exportReport.floor = timeRepeated(qMax(3, options.runs / 10), [&] {
        QFile f(options.workDir + u"/floor.json"_s);
        if (f.open(QIODevice::WriteOnly))
            f.write(json::writeLibraryJson(contents));
    });
    return {import, importCpu, exportReport};
}

} // namespace

QList<Measure> processMeasures()
{
    return {{u"start"_s, u"temaplan to its first painted window, and its peak memory"_s, startUp},
            {u"render"_s, u"the seed-000 programme as PDF: whole process and in the program"_s, printing},
            {u"exchange"_s, u"JSON import and export of 10 000 cases and 1 000 events"_s, exchange}};
}

} // namespace temaplan::bench
