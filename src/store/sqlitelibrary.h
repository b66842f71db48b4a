#pragma once

#include "library.h"
#include "recordindex.h"
#include "sqlite.h"

#include <QHash>

#include <atomic>
#include <functional>
#include <memory>

namespace temaplan::store {

template<class T>
class SqliteRepository;

// The Library on one SQLite connection. Made by openLibrary(), which has checked the
// file and brought its schema up to date.
class SqliteLibrary final : public Library
{
public:
    SqliteLibrary(sql::Database db, QString location, bool readOnly);
    ~SqliteLibrary() override;

    QString location() const override { return m_location; }
    bool isReadOnly() const override { return m_readOnly; }
    int schemaVersion() const override;

    Repository<Organisation> &organisations() override;
    Repository<Person> &people() override;
    Repository<Venue> &venues() override;
    Repository<ThemeGroup> &themeGroups() override;
    Repository<EventSeries> &series() override;
    Repository<Case> &cases() override;
    Repository<Event> &events() override;
    Repository<AgendaTemplate> &templates() override;

    Result<QList<EventSummary>> findEvents(const EventQuery &query) const override;
    Result<QList<SlotReference>> presentedAt(const Id &caseId) const override;
    Result<QList<Case>> casesOfEvent(const Id &eventId) const override;
    Result<QList<SlotReference>> slotsOfPerson(const Id &personId) const override;
    Result<QList<CaseRow>> casesWithContact(const Id &personId) const override;
    Result<QList<Person>> findPeople(const QString &text, int limit) const override;
    Result<QList<CaseHit>> searchCases(const QString &text, int limit) const override;
    Result<QList<EventHit>> searchEvents(const QString &text, int limit) const override;
    Result<QList<CaseRow>> findCases(const CaseFilter &filter, int offset, int limit) const override;
    Result<CaseFacets> caseFacets(const CaseFilter &filter) const override;
    Result<CaseFacets> caseFacetsInSteps(const CaseFilter &filter, const FacetStep &step) const override;
    Result<int> countCases(const CaseFilter &filter) const override;
    Result<QList<DuplicateCases>> duplicateCases(int limit) const override;

    Result<LibraryContents> contents(const QList<Id> &roots) const override;
    Status transaction(const std::function<Status()> &work) override;
    Status bulkTransaction(const std::function<Status()> &work, qsizetype expectedRecords = 0) override;
    Status saveCopy(const QString &path) const override;
    Result<QStringList> check() const override;
    ReaderOpener readerOpener() const override;

    // For a reader (openLibraryReader): every query stops when `stop` says so.
    void stopWhen(std::function<bool()> stop);

    // For the repositories: the connection, and a failure turned into a message that
    // names this library.
    sql::Database &db() const { return m_db; }
    Error failure(const sql::Failure &f, const QString &doing) const;
    // A failure from below that carries no message yet gets one, in the same words.
    Status described(const Status &status, const QString &doing) const;
    // A damaged or unwritable file seen while the library is open: it is not remembered
    // as checked when it closes.
    void noteFailure(Error::Code code) const;
    // Runs after the connection is closed, unless a failure said the file is damaged or
    // could not be written: openLibrary remembers then that the file was checked.
    void setOnCleanClose(std::function<void()> onClose) { m_onCleanClose = std::move(onClose); }

    // After a record is saved: the records that copy its name are rebuilt now, or, in a
    // bulk transaction, once before it commits.
    Status savedRecord(const Id &id);
    // In a bulk transaction, where the saves put their derived rows until it ends.
    DeferredRows *deferredRows() { return m_bulk ? &m_bulk->rows : nullptr; }

private:
    QString messageFor(Error::Code code, const QString &doing) const;

    struct SearchRow
    {
        qint64 rowid;
        double rank;
    };
    // Conditions on the search table's rowid, with the values of their `?`s in order.
    struct Restriction
    {
        QByteArray sql;
        QStringList binds;
    };
    QList<SearchRow> searchTable(const char *table, const QString &text, int limit,
                                 std::optional<sql::Failure> &failure,
                                 const Restriction &restriction = {}) const;

    // What a commit refused: the first references to records that do not exist.
    Error danglingReferences() const;

    mutable sql::Database m_db;
    QString m_location;
    bool m_readOnly;
    int m_depth = 0;
    std::function<void()> m_onCleanClose;
    mutable bool m_damageSeen = false;

    // A bulk transaction: its depth (nested transactions below it run without
    // savepoints), and the records saved in it, in order, whose referrers are rebuilt
    // before it commits.
    struct Bulk
    {
        int depth = 0;
        QHash<Id, int> savedOrder;
        QList<Id> saved;
        int lastOrder = 0;
        DeferredRows rows;
    };
    std::optional<Bulk> m_bulk;
    Status rebuildReferrersOfSaved();
    // The indexes of the derived tables, dropped for a bulk transaction that fills a
    // (nearly) empty library, as SQLite keeps their definitions: made again before it
    // commits, from the same text.
    Result<QList<QByteArray>> dropDerivedIndexes(qsizetype expectedRecords);
    // Above zero while a transaction of this library is open: its readers on other
    // threads stop their queries, so the commit need not wait for their locks.
    std::shared_ptr<std::atomic<int>> m_writing = std::make_shared<std::atomic<int>>(0);
    std::function<bool()> m_stop;

    std::unique_ptr<SqliteRepository<Organisation>> m_organisations;
    std::unique_ptr<SqliteRepository<Person>> m_people;
    std::unique_ptr<SqliteRepository<Venue>> m_venues;
    std::unique_ptr<SqliteRepository<ThemeGroup>> m_themeGroups;
    std::unique_ptr<SqliteRepository<EventSeries>> m_series;
    std::unique_ptr<SqliteRepository<Case>> m_cases;
    std::unique_ptr<SqliteRepository<Event>> m_events;
    std::unique_ptr<SqliteRepository<AgendaTemplate>> m_templates;
};

// A read-only connection to the library file at `path`, for another thread; its
// queries stop while `writing` is above zero or `stop` says so. The file was checked
// when the library was opened, so only its identity is checked again.
Result<std::unique_ptr<Library>> openLibraryReader(const QString &path,
                                                   std::shared_ptr<const std::atomic<int>> writing,
                                                   std::function<bool()> stop);

// Registers the "da" collation (Danish order: … x y z æ ø å) on a connection.
void registerDanishCollation(sql::Database &db);

// The FTS5 query for what a person typed: every word required, the last one a
// prefix, all folded as the index is. Empty when nothing searchable was typed.
QString searchExpression(const QString &typed);

} // namespace temaplan::store
