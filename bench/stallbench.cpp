// How long the window's thread is held per keystroke in the case library, and what
// holds it: the list's first page, the list shown (model and view), the facets shown,
// painting. Each way is measured in turn with its alternative, keystroke by keystroke,
// so both see the same load on the machine.
#include "measures.h"

#include "app/casefacetcounter.h"
#include "app/casefacetpanel.h"
#include "app/casesearchcontroller.h"
#include "app/casesview.h"
#include "app/librarysession.h"
#include "store/libraryfile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QPixmap>
#include <QTimer>

#include <memory>

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

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Runs the event loop until `signal` of `sender` comes (or a minute has passed).
template<class Sender, class Signal> void waitFor(Sender *sender, Signal signal)
{
    QEventLoop loop;
    const auto done = QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(done);
}

// Runs the event loop for `ms`: what it does in that time is paint and wait.
void runLoopFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

// The cases room as the window shows it, on its own session of the library file.
struct Room
{
    explicit Room(const QString &path, QThread::Priority priority)
    {
        if (auto s = session.open(path, OpenMode::ReadOnly); !s)
            qFatal("%s", qPrintable(s.error().message));
        view = std::make_unique<app::CasesView>(&session);
        view->controller()->counter()->reader()->setPriority(priority);
        view->resize(1280, 800);
        view->show();
        view->reload();
        if (view->controller()->isCounting())
            waitFor(view->controller(), &app::CaseSearchController::facetsCounted);
    }

    app::LibrarySession session;
    std::unique_ptr<app::CasesView> view;
};

struct Parts
{
    QList<double> stall, list, facetsShown, arrived, firstArrived, paint;
};

// One keystroke in the room once typing has paused: the search runs (the list's first
// page into the model), the view paints, the facets are counted and shown.
void keystroke(Room &room, StallMeter &meter, const QString &text, Parts &parts)
{
    app::CaseSearchController *controller = room.view->controller();
    // Every keystroke is counted, as if typed for the first time.
    controller->forgetCounts();
    room.view->searchField()->setText(text);
    QElapsedTimer since;
    double shownAt = 0, arrivedAt = 0;
    const auto arrived = QObject::connect(
        controller->counter(), &app::CaseFacetCounter::countingChanged, [&](bool counting) {
            if (!counting)
                arrivedAt = msSince(since);
        });
    const auto done = QObject::connect(controller, &app::CaseSearchController::facetsCounted,
                                       [&] { shownAt = msSince(since); });
    double firstAt = -1;
    const auto first =
        QObject::connect(controller, &app::CaseSearchController::facetsPartlyCounted, [&] {
            if (firstAt < 0)
                firstAt = msSince(since);
        });
    meter.reset();
    since.start();
    controller->refresh();
    parts.list.append(msSince(since));
    waitFor(controller, &app::CaseSearchController::facetsCounted);
    // The facets just shown are painted in the turns after.
    runLoopFor(30);
    meter.tick();
    QObject::disconnect(arrived);
    QObject::disconnect(done);
    QObject::disconnect(first);
    parts.stall.append(meter.longestMs());
    parts.arrived.append(arrivedAt);
    parts.firstArrived.append(firstAt < 0 ? arrivedAt : firstAt);
    parts.facetsShown.append(shownAt - arrivedAt);
    // The whole room painted once more, off the meter: what a full repaint costs.
    QElapsedTimer painting;
    painting.start();
    const QPixmap picture = room.view->grab();
    parts.paint.append(msSince(painting) + double(picture.isNull()));
}

QList<Report> stallPerKeystroke(const Options &options)
{
    const QString path = generatedLibrary(options);
    auto lib = openLibrary(path, OpenMode::ReadOnly);
    if (!lib)
        qFatal("%s", qPrintable(lib.error().message));
    Library *library = lib->get();

    // Normal priority (before), low (nice 10, as the window runs it now) and idle.
    Room now(path, QThread::NormalPriority);
    Room low(path, QThread::LowPriority);
    Room before(path, QThread::IdlePriority);
    StallMeter meter;
    const QStringList typed = typedPrefixes();
    volatile qsizetype sink = 0;

    // The floor: the list's first page alone on the window's thread, then the event
    // loop left alone as long as a count took: what the machine's load does by itself.
    QList<double> page, idle;
    auto alone = [&](const QString &text, double waitMs) {
        CaseFilter filter;
        filter.text = text;
        meter.reset();
        QElapsedTimer since;
        since.start();
        sink = sink + library->findCases(filter, 0, 50)->size();
        page.append(msSince(since));
        runLoopFor(int(waitMs) + 30);
        meter.tick();
        idle.append(meter.longestMs());
    };

    Parts ours, lowered, theirs; // normal, nice 10, idle
    const int runs = qMax(1, options.runs / 5);
    for (int run = 0; run < runs; ++run) {
        for (qsizetype k = 0; k < typed.size(); ++k) {
            // The room that searches a text first finds nothing of it in the caches: each
            // keystroke another room goes first, so no way is always first.
            const QString &text = typed.at(k);
            const std::pair<Room *, Parts *> turns[] = {
                {&now, &ours}, {&low, &lowered}, {&before, &theirs}};
            for (int t = 0; t < 3; ++t) {
                const auto &[room, parts] = turns[(k + t) % 3];
                keystroke(*room, meter, text, *parts);
            }
            alone(text, ours.arrived.last());
        }
    }

    const QString note =
        u"%1 cases; %2 keystrokes × %3, each: the search as the room runs it, "
        "the facets counted and shown, 30 ms of painting after"_s.arg(options.cases)
            .arg(typed.size())
            .arg(runs);
    auto report = [&](const QString &measure, const QList<double> &subject,
                      const QString &floorName, const QList<double> &floor) {
        Report r;
        r.measure = measure;
        r.unit = u"ms per keystroke"_s;
        r.subject = statsOf(subject);
        if (!floor.isEmpty()) {
            r.floorName = floorName;
            r.floor = statsOf(floor);
        }
        r.note = note;
        return r;
    };
    const QString atIdle = u"the counter's thread at idle priority (SCHED_IDLE), in turn with it"_s;
    const QString atNormal = u"the counter's thread at normal priority, in turn with it"_s;
    Report stall =
        report(u"search.longest-stall-per-keystroke"_s, ours.stall, atIdle, theirs.stall);
    stall.target = u"p95 ≤ 16 ms (one frame)"_s;
    return {
        stall,
        report(u"search.stall-floor"_s, idle,
               u"the list's first page alone (findCases), on the window's thread"_s, page),
        report(u"search.list-shown"_s, ours.list, atIdle, theirs.list),
        report(u"search.facets-shown"_s, ours.facetsShown, atIdle, theirs.facetsShown),
        report(u"search.room-painted"_s, ours.paint, atIdle, theirs.paint),
        report(u"search.facets-arrived-after-keystroke"_s, ours.arrived, atIdle, theirs.arrived),
        report(u"search.first-facet-arrived-after-keystroke"_s, ours.firstArrived,
               u"all facets arrived, the same keystrokes"_s, ours.arrived),
        report(u"search.longest-stall-per-keystroke.nice-10"_s, lowered.stall, atNormal,
               ours.stall),
        report(u"search.facets-arrived-after-keystroke.nice-10"_s, lowered.arrived, atNormal,
               ours.arrived),
    };
}

} // namespace

QList<Measure> stallMeasures()
{
    return {{u"stall"_s,
             u"longest stall of the window's thread per keystroke in the case library"_s,
             stallPerKeystroke}};
}

} // namespace temaplan::bench
