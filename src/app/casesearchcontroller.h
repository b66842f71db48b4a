#pragma once

#include "casefacetcounter.h"
#include "caselistmodel.h"

#include "core/result.h"
#include "store/summaries.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <utility>

class QLineEdit;

namespace temaplan {
class Library;
}

namespace temaplan::app {

// Searches as the user types: each keystroke restarts a short timer, and only when
// typing pauses does the library search, so a fast typist causes one query, not ten.
// The list's first page comes first; the facet counts, which cost more (every match
// is counted, not one page), are counted on another thread (CaseFacetCounter) and
// follow when ready, so they never hold up the window. Counts overtaken by a newer
// search are dropped. An empty field lists every case by title.
class CaseSearchController final : public QObject
{
    Q_OBJECT

public:
    static constexpr int debounceMs = 150;

    using LibraryAccess = std::function<Library *()>;

    CaseSearchController(QLineEdit *field, CaseListModel *model, LibraryAccess library,
                         QObject *parent = nullptr);

    // Searches now for what the field holds (a new library, a changed one).
    void refresh();
    QString lastQuery() const { return m_lastQuery; }

    // The facet values chosen (text and order are the controller's own); lists anew.
    void setChosen(const CaseFilter &chosen);
    // The whole filter of the list shown: text, facets, order.
    CaseFilter filter() const { return m_filter; }
    void clearChosen();
    // Asks for the facets of the list shown (counted already: at once, as facetsCounted).
    void countFacets();
    // The library's records changed, or another is open: counts kept from before, and
    // any count under way, are void.
    void forgetCounts();
    bool isCounting() const { return m_counter->isCounting(); }
    CaseFacetCounter *counter() const { return m_counter; }

Q_SIGNALS:
    // The model holds the first page of `query` ("" for all cases); `hitCount` is the
    // rows read, the whole result when the model is complete.
    void searched(const QString &query, int hitCount);
    // The first `facetsCounted` facets (and the total) of the list shown are counted,
    // the others are on their way; facetsCounted() follows with all of them.
    void facetsPartlyCounted(const temaplan::CaseFacets &facets, int facetsCounted);
    void facetsCounted(const temaplan::CaseFacets &facets);
    // The facets shown are being counted again (true) or are of the list shown (false).
    void countingChanged(bool counting);
    void failed(const temaplan::Error &error);

private:
    void sortRequested(int column, Qt::SortOrder order);
    void counted(quint64 generation, const CaseFacets &facets);

    QLineEdit *m_field;
    CaseListModel *m_model;
    LibraryAccess m_library;
    QTimer m_timer;
    CaseFacetCounter *m_counter;
    QString m_lastQuery;
    CaseFilter m_filter;
    // The latest counts and what they counted, newest first: clearing the field,
    // sorting or taking back a letter counts nothing again. The whole library's counts
    // (nothing typed, nothing ticked), which cost most, stay while the library does.
    static constexpr int keptCounts = 16;
    QList<std::pair<CaseFilter, CaseFacets>> m_counted;
    CaseFilter m_counting; // what the count under way counts
};

} // namespace temaplan::app
