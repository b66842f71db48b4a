// temaplan-bench: prints one JSON line per measure (median and p95 of repeated runs,
// paired with a floor measured in the same run). Not part of the test run; see
// docs/performance.md for how to run it and what it found.
#include "measures.h"

#include <QCommandLineParser>
#include <QApplication>
#include <QDir>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace temaplan::bench;

int main(int argc, char *argv[])
{
    // Rendering needs a QGuiApplication, the case room a QApplication; nothing is shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Temaplan's benchmarks."_s);
    parser.addHelpOption();
    const QCommandLineOption only(u"only"_s, u"Run only the measures whose name starts with NAME."_s, u"NAME"_s);
    const QCommandLineOption runs(u"runs"_s, u"Repetitions per figure (default 30)."_s, u"N"_s, u"30"_s);
    const QCommandLineOption list(u"list"_s, u"List the measures."_s);
    const QCommandLineOption cases(u"cases"_s, u"Cases in the generated library (default 50000)."_s, u"N"_s, u"50000"_s);
    const QCommandLineOption events(u"events"_s, u"Events in the generated library (default 2000)."_s, u"M"_s, u"2000"_s);
    const QCommandLineOption keep(u"work-dir"_s, u"Keep generated libraries in DIR (reused by later runs)."_s, u"DIR"_s);
    parser.addOptions({only, runs, list, cases, events, keep});
    parser.process(app);

    QList<Measure> measures;
    measures << agendaMeasures() << storeMeasures() << processMeasures() << stallMeasures();
    if (parser.isSet(list)) {
        for (const Measure &m : measures)
            std::printf("%s\t%s\n", qPrintable(m.name), qPrintable(m.summary));
        return 0;
    }
    QTemporaryDir work;
    Options options;
    options.runs = qMax(3, parser.value(runs).toInt());
    options.workDir = parser.isSet(keep) ? parser.value(keep) : work.path();
    options.cases = qMax(1, parser.value(cases).toInt());
    options.events = qMax(0, parser.value(events).toInt());
    options.binDir = QCoreApplication::applicationDirPath();
    for (const Measure &m : measures) {
        if (parser.isSet(only) && !m.name.startsWith(parser.value(only)))
            continue;
        for (const Report &r : m.run(options)) {
            const QByteArray line = toJsonLine(r);
            std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
            std::fflush(stdout);
        }
    }
    return 0;
}
