#include "casefacetcounter.h"

#include <QDeadlineTimer>
#include <QMetaObject>

#include <chrono>

using namespace std::chrono_literals;

namespace temaplan::app {

// Lives on the counter's thread and owns the connection that thread reads through.
class FacetWorker final : public QObject
{
public:
    FacetWorker(CaseFacetCounter *counter, std::shared_ptr<std::atomic<quint64>> latest)
        : m_counter(counter)
        , m_latest(std::move(latest))
    {}

    void count(quint64 generation, quint64 sourceNumber, const Library::ReaderOpener &opener,
               const CaseFilter &filter)
    {
        // Requests queue up while one is counted; only the newest is worth counting.
        if (stale(generation))
            return;
        m_current = generation;
        if (!m_reader || sourceNumber != m_sourceNumber) {
            m_reader.reset();
            auto opened = opener([this] { return stale(m_current); });
            if (!opened) {
                post(generation, opened.error());
                return;
            }
            m_reader = std::move(opened).value();
            m_sourceNumber = sourceNumber;
        }
        // A save on the window's thread stops the count (the reader yields to it) or
        // finds the file locked; the count is taken again once the save is done.
        const QDeadlineTimer patience(30s);
        for (;;) {
            Result<CaseFacets> facets = m_reader->caseFacets(filter);
            if (stale(generation))
                return;
            const bool again = !facets &&
                               (facets.error().code == Error::Code::Interrupted ||
                                facets.error().code == Error::Code::Locked) &&
                               !patience.hasExpired();
            if (!again) {
                post(generation, std::move(facets));
                return;
            }
            QThread::msleep(20);
        }
    }

    // The connection is closed when its library is (another file opened, none open).
    void release() { m_reader.reset(); }

private:
    bool stale(quint64 generation) const
    {
        return m_latest->load(std::memory_order_relaxed) != generation;
    }

    void post(quint64 generation, Result<CaseFacets> result)
    {
        // Queued to the counter's thread; dropped there if a newer request came meanwhile.
        CaseFacetCounter *counter = m_counter;
        QMetaObject::invokeMethod(
            counter, [counter, generation, result] { counter->deliver(generation, result); },
            Qt::QueuedConnection);
    }

    CaseFacetCounter *m_counter;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<Library> m_reader;
    quint64 m_sourceNumber = 0;
    quint64 m_current = 0;
};

CaseFacetCounter::CaseFacetCounter(LibraryAccess library, QObject *parent)
    : QObject(parent)
    , m_library(std::move(library))
{
    m_thread.setObjectName(QStringLiteral("facets"));
}

CaseFacetCounter::~CaseFacetCounter()
{
    if (m_worker) {
        // A count under way stops at its next step; the thread then ends.
        m_latest->store(++m_generation);
        m_thread.quit();
        m_thread.wait();
        delete m_worker;
    }
}

FacetWorker *CaseFacetCounter::worker()
{
    if (!m_worker) {
        m_worker = new FacetWorker(this, m_latest);
        m_worker->moveToThread(&m_thread);
        // The connection is closed on the thread that used it, as its last act.
        FacetWorker *w = m_worker;
        connect(
            &m_thread, &QThread::finished, w, [w] { w->release(); }, Qt::DirectConnection);
        m_thread.start(QThread::LowPriority);
    }
    return m_worker;
}

quint64 CaseFacetCounter::count(const CaseFilter &filter)
{
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    setCounting(true);

    Library *library = m_library();
    const QString location = library ? library->location() : QString();
    if (library != m_source || location != m_sourceLocation) {
        m_source = library;
        m_sourceLocation = location;
        ++m_sourceNumber;
        m_opener = library ? library->readerOpener() : Library::ReaderOpener();
        if (m_worker)
            QMetaObject::invokeMethod(
                m_worker, [w = m_worker] { w->release(); }, Qt::QueuedConnection);
    }

    if (library && m_threaded && m_opener) {
        FacetWorker *w = worker();
        QMetaObject::invokeMethod(
            w,
            [w, generation, number = m_sourceNumber, opener = m_opener, filter] {
                w->count(generation, number, opener, filter);
            },
            Qt::QueuedConnection);
        return generation;
    }
    // On this thread, but after the caller returned, as the thread's answer would come.
    QMetaObject::invokeMethod(
        this,
        [this, generation, filter] {
            if (generation != m_generation)
                return;
            Library *now = m_library();
            deliver(generation, now ? now->caseFacets(filter) : Result<CaseFacets>(CaseFacets{}));
        },
        Qt::QueuedConnection);
    return generation;
}

void CaseFacetCounter::cancel()
{
    m_latest->store(++m_generation);
    setCounting(false);
}

void CaseFacetCounter::deliver(quint64 generation, const Result<CaseFacets> &result)
{
    if (generation != m_generation)
        return; // overtaken: its counts are of a search no longer shown
    setCounting(false);
    if (result)
        Q_EMIT counted(generation, *result);
    else
        Q_EMIT failed(generation, result.error());
}

void CaseFacetCounter::setCounting(bool counting)
{
    if (counting == m_counting)
        return;
    m_counting = counting;
    Q_EMIT countingChanged(counting);
}

} // namespace temaplan::app
