#pragma once

#include "core/result.h"
#include "store/library.h"
#include "store/summaries.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace temaplan::app {

class FacetWorker;

// Counts the facets of a filter on a thread of its own, so the window answers while a
// broad search ("s" among 50 000 cases) is counted. The thread reads through its own
// read-only connection to the library file (a connection belongs to one thread). Every
// request is numbered; a count that a newer request overtook is stopped where it is and
// never delivered, so the panel shows the counts of what the list shows, not of what
// was typed a moment before. A library with no file (in memory) or another Library
// than the file's is counted on the window's thread, after the caller returned, so
// the answer comes the same way.
class CaseFacetCounter final : public QObject
{
    Q_OBJECT

public:
    using LibraryAccess = std::function<Library *()>;

    explicit CaseFacetCounter(LibraryAccess library, QObject *parent = nullptr);
    ~CaseFacetCounter() override;

    // Counts `filter` in the library open now. The answer, counted() or failed(), carries
    // the number returned here, and comes only if no other count was asked for first.
    quint64 count(const CaseFilter &filter);
    // No count under way is wanted any more (the library changed or was closed).
    void cancel();
    bool isCounting() const { return m_counting; }
    // The number of the newest request.
    quint64 generation() const { return m_generation; }

    // Off: counted on the window's thread as before there was a thread (to measure
    // what the thread saves).
    void setThreaded(bool threaded) { m_threaded = threaded; }

Q_SIGNALS:
    void counted(quint64 generation, const temaplan::CaseFacets &facets);
    void failed(quint64 generation, const temaplan::Error &error);
    void countingChanged(bool counting);

private:
    friend class FacetWorker;
    void deliver(quint64 generation, const Result<CaseFacets> &result);
    void setCounting(bool counting);
    FacetWorker *worker();

    LibraryAccess m_library;
    quint64 m_generation = 0;
    // The newest request's number, read by the thread while it counts.
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    // The library the thread's connection is for, by address and file.
    const Library *m_source = nullptr;
    QString m_sourceLocation;
    quint64 m_sourceNumber = 0;
    Library::ReaderOpener m_opener;
    QThread m_thread;
    FacetWorker *m_worker = nullptr;
    bool m_threaded = true;
    bool m_counting = false;
};

} // namespace temaplan::app
