// How long the window's thread is held per keystroke in the case library: the list's
// first page and the facet counts, counted on the counter's own thread (as the window
// does) and, in the same run, on the window's thread (as it did before).
#include "measures.h"

#include "app/casefacetcounter.h"
#include "store/libraryfile.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::bench {

namespace {

// The keystrokes of a person typing and pausing after each: every prefix of each word.
QStringList typedPrefixes()
{
    const QStringList words = {u"sundhedshuse"_s, u"bæredygtig"_s, u"Århus"_s,
                               u"børn trivsel"_s, u"middelfart"_s, u"lokalsamfund"_s};
    QStringList all;
    for (const QString &word : words)
        for (qsizetype n = 1; n <= word.size(); ++n)
            if (!word.left(n).endsWith(u' '))
                all.append(word.left(n));
    return all;
}

// The longest time between two turns of the event loop, read by a timer that asks
// to fire every millisecond.
class StallMeter
{
public:
    StallMeter()
    {
        m_clock.start();
        m_heartbeat.setTimerType(Qt::PreciseTimer);
        m_heartbeat.setInterval(1);
        QObject::connect(&m_heartbeat, &QTimer::timeout, [this] { tick(); });
        m_heartbeat.start();
    }
    void reset()
    {
        m_last = m_clock.nsecsElapsed();
        m_longest = 0;
    }
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_longest = std::max(m_longest, now - m_last);
        m_last = now;
    }
    double longestMs() const { return double(m_longest) / 1e6; }

private:
    QElapsedTimer m_clock;
    QTimer m_heartbeat;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

QList<Report> stallPerKeystroke(const Options &options)
{
    const QString path = generatedLibrary(options);
    auto lib = openLibrary(path, OpenMode::ReadOnly);
    if (!lib)
        qFatal("%s", qPrintable(lib.error().message));
    Library *library = lib->get();
    app::CaseFacetCounter counter([library] { return library; });
    StallMeter meter;
    const QStringList typed = typedPrefixes();
    volatile qsizetype sink = 0;

    // One keystroke as the window handles it once typing pauses: the list's first page
    // on the window's thread, then the counts, waited for with the event loop running.
    auto keystroke = [&](const QString &text, double *arrivedMs) {
        CaseFilter filter;
        filter.text = text;
        QElapsedTimer since;
        since.start();
        meter.reset();
        sink = sink + library->findCases(filter, 0, 50)->size();
        QEventLoop loop;
        const auto done =
            QObject::connect(&counter, &app::CaseFacetCounter::counted, &loop, &QEventLoop::quit);
        counter.count(filter);
        loop.exec();
        QObject::disconnect(done);
        meter.tick();
        if (arrivedMs)
            *arrivedMs = double(since.nsecsElapsed()) / 1e6;
        return meter.longestMs();
    };

    QList<double> threaded, windowThread, arrival;
    const int runs = qMax(1, options.runs / 5);
    for (int run = 0; run < runs; ++run) {
        // The two ways in turn, keystroke by keystroke, so both see the same load.
        for (const QString &text : typed) {
            double arrived = 0;
            counter.setThreaded(true);
            threaded.append(keystroke(text, &arrived));
            arrival.append(arrived);
            counter.setThreaded(false);
            windowThread.append(keystroke(text, nullptr));
        }
    }

    Report stall;
    stall.measure = u"search.longest-stall-per-keystroke"_s;
    stall.unit = u"ms per keystroke"_s;
    stall.subject = statsOf(threaded);
    stall.floorName = u"facets counted on the window's thread (before), in turn with it"_s;
    stall.floor = statsOf(windowThread);
    stall.target = u"p95 ≤ 16 ms (one frame)"_s;
    stall.note = u"%1 cases; %2 keystrokes, each: first page of 50 + facets; longest gap between "
                 "event-loop turns"_s.arg(options.cases)
                     .arg(typed.size());

    Report latency;
    latency.measure = u"search.facets-shown-after-keystroke"_s;
    latency.unit = u"ms per keystroke"_s;
    latency.subject = statsOf(arrival);
    latency.note =
        u"from the keystroke's search to the counts delivered, counted on the counter's thread"_s;
    return {stall, latency};
}

} // namespace

QList<Measure> stallMeasures()
{
    return {{u"stall"_s,
             u"longest stall of the window's thread per keystroke in the case library"_s,
             stallPerKeystroke}};
}

} // namespace temaplan::bench
