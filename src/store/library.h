#pragma once

#include "repository.h"
#include "summaries.h"

#include "core/librarycontents.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace temaplan {

// A Temaplan library: everything the app reads and writes. Every write is one
// transaction; `transaction` groups several writes into one (an import, a merge), all
// or nothing. Opened by openLibrary() (libraryfile.h).
class Library
{
public:
    virtual ~Library() = default;

    virtual QString location() const = 0; // file path, or ":memory:"
    virtual bool isReadOnly() const = 0;
    virtual int schemaVersion() const = 0;

    virtual Repository<Organisation> &organisations() = 0;
    virtual Repository<Person> &people() = 0;
    virtual Repository<Venue> &venues() = 0;
    virtual Repository<ThemeGroup> &themeGroups() = 0;
    virtual Repository<EventSeries> &series() = 0;
    virtual Repository<Case> &cases() = 0;
    virtual Repository<Event> &events() = 0;
    virtual Repository<AgendaTemplate> &templates() = 0;

    // Events by date (oldest first), one row per occurrence.
    virtual Result<QList<EventSummary>> findEvents(const EventQuery &query) const = 0;
    // Every slot that linked the case, newest first.
    virtual Result<QList<SlotReference>> presentedAt(const Id &caseId) const = 0;
    // Cases linked from any slot of the event, in programme order, each once.
    virtual Result<QList<Case>> casesOfEvent(const Id &eventId) const = 0;
    // Slots where the person is a speaker, newest first.
    virtual Result<QList<SlotReference>> slotsOfPerson(const Id &personId) const = 0;
    // Cases whose contact is the person, by title; read from the references and the case
    // list, not from the cases themselves.
    virtual Result<QList<CaseRow>> casesWithContact(const Id &personId) const = 0;
    // The people a chooser offers for what is typed, at most `limit`, each carrying only
    // id, name and title. Every word typed must begin a word of the name ("hans" finds
    // "Jens Hansen", "sen" does not), Danish-folded: "aa" is å, æ/ø/å match ae/oe/aa, and
    // ø/å also o/a ("soren" finds "Søren"). The name typed whole comes first, then names
    // that begin with the text, then the others, each group in Danish order. Nothing
    // typed finds nobody. Reads the names only, so a chooser never holds everyone.
    virtual Result<QList<Person>> findPeople(const QString &text, int limit) const = 0;

    // Full-text search with Danish folding ("Århus" finds "Aarhus"), prefix matching on
    // the last word, every word required; best first.
    virtual Result<QList<CaseHit>> searchCases(const QString &text, int limit) const = 0;
    virtual Result<QList<EventHit>> searchEvents(const QString &text, int limit) const = 0;

    // A page of the cases the filter finds: with text best first as searchCases (unless
    // another order is asked for), without text by title. Read page by page, so a list
    // of 50 000 cases shows its first rows at once.
    virtual Result<QList<CaseRow>> findCases(const CaseFilter &filter, int offset, int limit) const = 0;
    // How many cases the filter finds, in all and by owner, theme, start year and theme
    // group. Costs more than a page: a list counts them after showing its rows.
    virtual Result<CaseFacets> caseFacets(const CaseFilter &filter) const = 0;
    // As caseFacets, handing what is counted so far to `step` after each facet, in the
    // order of CaseFacets (owners, themes, start years, theme groups; the total comes
    // with the owners), so a view can show the first while the others, the theme groups
    // above all, are still counted. `step` is called on the caller's thread.
    using FacetStep = std::function<void(const CaseFacets &soFar, int facetsCounted)>;
    virtual Result<CaseFacets> caseFacetsInSteps(const CaseFilter &filter, const FacetStep &step) const
    {
        Result<CaseFacets> facets = caseFacets(filter);
        if (facets && step)
            step(*facets, 4);
        return facets;
    }
    // How many cases the filter finds; the cheap part of caseFacets.
    virtual Result<int> countCases(const CaseFilter &filter) const = 0;
    // Pairs of cases with the same folded title and owner, by title; at most `limit`.
    virtual Result<QList<DuplicateCases>> duplicateCases(int limit) const = 0;

    // The records named by `roots` and every record they refer to, directly or through
    // others: what an export must carry to be complete. No roots: the whole library.
    virtual Result<LibraryContents> contents(const QList<Id> &roots = {}) const = 0;

    // Runs `work` inside one transaction: committed if it returns ok, rolled back
    // otherwise. Nested calls join the outer transaction.
    virtual Status transaction(const std::function<Status()> &work) = 0;

    // As transaction(), for many saves at once (an import): the saves inside it are not
    // undone one by one (a failure anywhere undoes all of it), and rows that copy the
    // names of saved records into other records are rebuilt once, at the end, instead
    // of after every save. What is committed is the same as with transaction().
    // `expectedRecords`, when known, is how many records it will save: a library filled
    // from (nearly) empty builds its indexes once, at the end, instead of row by row.
    virtual Status bulkTransaction(const std::function<Status()> &work, qsizetype expectedRecords = 0)
    {
        (void)expectedRecords;
        return transaction(work);
    }

    // Writes a consistent copy of the whole library to `path` (SQLite's backup API, so
    // it is safe while the library is open). An existing file at `path` is replaced only
    // when the copy is complete.
    virtual Status saveCopy(const QString &path) const = 0;

    // PRAGMA integrity_check plus dangling references; empty when all is well.
    virtual Result<QStringList> check() const = 0;

    // Opens a second, read-only connection to this library's file, for reading on
    // another thread (a connection belongs to the thread that uses it). The function
    // may be called on any thread; what it returns is used on that thread only. A query
    // of the reader stops with Error::Code::Interrupted when `stop` says so, and while
    // this library writes: a reader yields, it never holds up a save. Empty when there
    // is no file a second connection could open (a library in memory).
    using ReaderOpener = std::function<Result<std::unique_ptr<Library>>(std::function<bool()> stop)>;
    virtual ReaderOpener readerOpener() const { return {}; }
};

} // namespace temaplan
