#pragma once

#include "readerthread.h"

#include "core/result.h"
#include "store/library.h"
#include "store/summaries.h"

#include <QObject>

#include <functional>

namespace temaplan::app {

// Counts the facets of a filter on a thread of its own (ReaderThread), so the window
// answers while a broad search ("s" among 50 000 cases) is counted. Each facet is
// delivered as soon as it is counted (partlyCounted), so the first come early. Every request is
// numbered; a count that a newer request overtook is stopped where it is and never
// delivered, so the panel shows the counts of what the list shows, not of what was
// typed a moment before. A library with no file (in memory) is counted on the window's
// thread, after the caller returned, so the answer comes the same way.
class CaseFacetCounter final : public QObject
{
    Q_OBJECT

public:
    using LibraryAccess = std::function<Library *()>;

    explicit CaseFacetCounter(LibraryAccess library, QObject *parent = nullptr);

    // Counts `filter` in the library open now. The answer, counted() or failed(), carries
    // the number returned here, and comes only if no other count was asked for first.
    quint64 count(const CaseFilter &filter);
    // No count under way is wanted any more (the library changed or was closed).
    void cancel();
    bool isCounting() const { return m_reader->isBusy(); }
    // The number of the newest request.
    quint64 generation() const { return m_reader->generation(); }

    // Off: counted on the window's thread as before there was a thread (to measure
    // what the thread saves).
    void setThreaded(bool threaded) { m_reader->setThreaded(threaded); }
    ReaderThread *reader() const { return m_reader; }

    // Owners, themes, start years, theme groups: the facets in the order they are counted.
    static constexpr int facetCount = 4;

Q_SIGNALS:
    // The first `facetsCounted` facets of `facets` (and its total) are counted; the
    // others are still empty. The theme groups, which cost most, come last.
    void partlyCounted(quint64 generation, const temaplan::CaseFacets &facets, int facetsCounted);
    void counted(quint64 generation, const temaplan::CaseFacets &facets);
    void failed(quint64 generation, const temaplan::Error &error);
    void countingChanged(bool counting);

private:
    void finished(quint64 generation, const Status &status);

    ReaderThread *m_reader;
    CaseFacets m_found; // what the newest count delivered
};

} // namespace temaplan::app
