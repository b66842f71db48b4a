#include "casefacetcounter.h"

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

CaseFacetCounter::CaseFacetCounter(LibraryAccess library, QObject *parent)
    : QObject(parent)
    , m_reader(new ReaderThread(std::move(library), u"facets"_s, this))
{
    connect(m_reader, &ReaderThread::finished, this, &CaseFacetCounter::finished);
    connect(m_reader, &ReaderThread::busyChanged, this, &CaseFacetCounter::countingChanged);
}

quint64 CaseFacetCounter::count(const CaseFilter &filter)
{
    m_found = {};
    return m_reader->run(
        [this, filter](const Library &library, const ReaderThread::Deliver &deliver) -> Status {
            // Each facet is shown as soon as it is counted, on the window's thread, and only
            // if no newer count was asked for meanwhile; the last with counted().
            const auto step = [this, &deliver](const CaseFacets &soFar, int facetsCounted) {
                deliver([this, soFar, facetsCounted] {
                    m_found = soFar;
                    if (facetsCounted < facetCount)
                        Q_EMIT partlyCounted(m_reader->generation(), soFar, facetsCounted);
                });
            };
            return library.caseFacetsInSteps(filter, step).status();
        });
}

void CaseFacetCounter::cancel()
{
    m_reader->cancel();
}

void CaseFacetCounter::finished(quint64 generation, const Status &status)
{
    if (status)
        Q_EMIT counted(generation, m_found);
    else
        Q_EMIT failed(generation, status.error());
}

} // namespace temaplan::app
