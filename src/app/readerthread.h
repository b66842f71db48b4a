#pragma once

#include "core/result.h"
#include "store/library.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace temaplan::app {

class ReaderWorker;

// Reads from the library on a thread of its own, through its own read-only connection
// (a connection belongs to one thread), so a read that takes a while — the facets of a
// broad search, the counts of the saved searches — never holds up the window. Every
// piece of work is numbered; newer work stops the work under way at its next step
// (SQLite's progress handler) and what overtaken work found is never delivered. A save
// on the window's thread stops the read too; it is read again once the save is done.
//
// The thread runs at low priority (nice 10 on Linux): when the window and the read want
// the same core, the window has most of it — its search took a third of the time it took
// beside a read at normal priority — while the read still gets its share against other
// processes, which idle priority did not give it (docs/performance.md).
//
// A library with no file (in memory) is read on the window's thread, after the caller
// returned, so the answer comes the same way.
class ReaderThread final : public QObject
{
    Q_OBJECT

public:
    using LibraryAccess = std::function<Library *()>;
    // Hands `show` to the window's thread, where it runs if the work is still wanted.
    using Deliver = std::function<void(std::function<void()> show)>;
    // Runs on the reader's thread with its connection (or on the window's thread with
    // the library itself). What it finds it hands back through `deliver`, once at the
    // end or piece by piece.
    using Work = std::function<Status(const Library &library, const Deliver &deliver)>;

    ReaderThread(LibraryAccess library, const QString &name, QObject *parent = nullptr);
    ~ReaderThread() override;

    // Reads in the library open now. finished() carries the number returned here, and
    // comes only if no other work was asked for first.
    quint64 run(Work work);
    // No work under way is wanted any more (the library changed or was closed).
    void cancel();
    bool isBusy() const { return m_busy; }
    // The number of the newest work.
    quint64 generation() const { return m_generation; }

    // Off: read on the window's thread (to measure what the thread saves).
    void setThreaded(bool threaded) { m_threaded = threaded; }
    // The thread's priority, for the thread started next (to measure what it saves).
    void setPriority(QThread::Priority priority) { m_priority = priority; }
    QThread::Priority priority() const { return m_priority; }

Q_SIGNALS:
    // The work is done (ok) or failed; everything it delivered has been shown.
    void finished(quint64 generation, const temaplan::Status &status);
    void busyChanged(bool busy);

private:
    friend class ReaderWorker;
    void complete(quint64 generation, const Status &status);
    void setBusy(bool busy);
    ReaderWorker *worker();

    LibraryAccess m_library;
    quint64 m_generation = 0;
    // The newest work's number, read by the thread while it reads.
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    // The library the thread's connection is for, by address and file.
    const Library *m_source = nullptr;
    QString m_sourceLocation;
    quint64 m_sourceNumber = 0;
    Library::ReaderOpener m_opener;
    QThread m_thread;
    ReaderWorker *m_worker = nullptr;
    QThread::Priority m_priority = QThread::LowPriority;
    bool m_threaded = true;
    bool m_busy = false;
};

} // namespace temaplan::app
