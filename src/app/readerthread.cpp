#include "readerthread.h"

#include <QDeadlineTimer>
#include <QMetaObject>

#include <chrono>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

using namespace std::chrono_literals;

namespace temaplan::app {

namespace {

// Qt's Low and Lowest priorities do nothing on Linux (its ordinary scheduling has one
// priority); a nice value does the same thing there: the thread yields to the window.
void lowerThisThread(QThread::Priority priority)
{
#ifdef Q_OS_LINUX
    if (priority == QThread::LowPriority || priority == QThread::LowestPriority)
        (void)setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)),
                          priority == QThread::LowestPriority ? 19 : 10);
#else
    Q_UNUSED(priority);
#endif
}

} // namespace

// Lives on the reader's thread and owns the connection that thread reads through.
class ReaderWorker final : public QObject
{
public:
    ReaderWorker(ReaderThread *owner, std::shared_ptr<std::atomic<quint64>> latest)
        : m_owner(owner)
        , m_latest(std::move(latest))
    {}

    void run(quint64 generation, quint64 sourceNumber, const Library::ReaderOpener &opener,
             const ReaderThread::Work &work)
    {
        // Work queues up while other work is read; only the newest is worth reading.
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
        ReaderThread *owner = m_owner;
        const ReaderThread::Deliver deliver = [owner, generation](std::function<void()> show) {
            QMetaObject::invokeMethod(
                owner,
                [owner, generation, show = std::move(show)] {
                    if (generation == owner->m_generation)
                        show();
                },
                Qt::QueuedConnection);
        };
        // A save on the window's thread stops the read (the reader yields to it) or
        // finds the file locked; the read is taken again once the save is done.
        const QDeadlineTimer patience(30s);
        for (;;) {
            Status status = work(*m_reader, deliver);
            if (stale(generation))
                return;
            const bool again = !status &&
                               (status.error().code == Error::Code::Interrupted ||
                                status.error().code == Error::Code::Locked) &&
                               !patience.hasExpired();
            if (!again) {
                post(generation, std::move(status));
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

    void post(quint64 generation, Status status)
    {
        // Queued after everything the work delivered; dropped there if newer work came.
        ReaderThread *owner = m_owner;
        QMetaObject::invokeMethod(
            owner, [owner, generation, status] { owner->complete(generation, status); },
            Qt::QueuedConnection);
    }

    ReaderThread *m_owner;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<Library> m_reader;
    quint64 m_sourceNumber = 0;
    quint64 m_current = 0;
};

ReaderThread::ReaderThread(LibraryAccess library, const QString &name, QObject *parent)
    : QObject(parent)
    , m_library(std::move(library))
{
    m_thread.setObjectName(name);
}

ReaderThread::~ReaderThread()
{
    if (m_worker) {
        // Work under way stops at its next step; the thread then ends.
        m_latest->store(++m_generation);
        m_thread.quit();
        m_thread.wait();
        delete m_worker;
    }
}

ReaderWorker *ReaderThread::worker()
{
    if (!m_worker) {
        m_worker = new ReaderWorker(this, m_latest);
        m_worker->moveToThread(&m_thread);
        // The connection is closed on the thread that used it, as its last act.
        ReaderWorker *w = m_worker;
        connect(
            &m_thread, &QThread::finished, w, [w] { w->release(); }, Qt::DirectConnection);
        // On the new thread, before it reads anything.
        connect(
            &m_thread, &QThread::started, w, [this] { lowerThisThread(m_thread.priority()); },
            Qt::DirectConnection);
    }
    if (!m_thread.isRunning())
        m_thread.start(m_priority);
    return m_worker;
}

quint64 ReaderThread::run(Work work)
{
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    setBusy(true);

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
        if (m_thread.isRunning() && m_thread.priority() != m_priority) {
            // Measured against one another: the thread is started again at the priority
            // asked for (a running thread cannot leave idle scheduling on Linux).
            m_latest->store(++m_generation);
            m_thread.quit();
            m_thread.wait();
            m_latest->store(generation);
            m_generation = generation;
        }
        ReaderWorker *w = worker();
        QMetaObject::invokeMethod(
            w,
            [w, generation, number = m_sourceNumber, opener = m_opener, work = std::move(work)] {
                w->run(generation, number, opener, work);
            },
            Qt::QueuedConnection);
        return generation;
    }
    // On this thread, but after the caller returned, as the thread's answer would come.
    QMetaObject::invokeMethod(
        this,
        [this, generation, work = std::move(work)] {
            if (generation != m_generation)
                return;
            Library *now = m_library();
            if (!now) {
                complete(generation, {});
                return;
            }
            const Deliver deliver = [this, generation](std::function<void()> show) {
                if (generation == m_generation)
                    show();
            };
            complete(generation, work(*now, deliver));
        },
        Qt::QueuedConnection);
    return generation;
}

void ReaderThread::cancel()
{
    m_latest->store(++m_generation);
    setBusy(false);
}

void ReaderThread::complete(quint64 generation, const Status &status)
{
    if (generation != m_generation)
        return; // overtaken: what it read is of a request no longer wanted
    setBusy(false);
    Q_EMIT finished(generation, status);
}

void ReaderThread::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace temaplan::app
