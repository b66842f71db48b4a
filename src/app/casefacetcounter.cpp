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
            Result<CaseFacets> facets = library.caseFacets(filter);
            if (!facets)
                return facets.error();
            // Shown on the window's thread, only if no newer count was asked for meanwhile.
            deliver([this, found = std::move(facets).value()] { m_found = found; });
            return {};
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
