#pragma once

#include "store/library.h"

#include <memory>

namespace temaplan::test {

// A library whose event writes fail on demand, as a locked or vanished file makes
// them fail: for the window's handling of a write that did not happen. It also counts
// how people are read, for what the window reads when. Everything else goes to the
// wrapped library.
class FailingLibrary final : public Library
{
public:
    explicit FailingLibrary(std::unique_ptr<Library> inner);
    ~FailingLibrary() override;

    bool failWrites = false;
    // Every person read at once (people().all()), and the searches of people.
    mutable int everyoneRead = 0;
    mutable int peopleSearched = 0;

    QString location() const override { return m_inner->location(); }
    bool isReadOnly() const override { return m_inner->isReadOnly(); }
    int schemaVersion() const override { return m_inner->schemaVersion(); }
    Repository<Organisation> &organisations() override { return m_inner->organisations(); }
    Repository<Person> &people() override;
    Repository<Venue> &venues() override { return m_inner->venues(); }
    Repository<ThemeGroup> &themeGroups() override { return m_inner->themeGroups(); }
    Repository<EventSeries> &series() override { return m_inner->series(); }
    Repository<Case> &cases() override { return m_inner->cases(); }
    Repository<Event> &events() override;
    Repository<AgendaTemplate> &templates() override { return m_inner->templates(); }
    Result<QList<EventSummary>> findEvents(const EventQuery &query) const override
    {
        return m_inner->findEvents(query);
    }
    Result<QList<SlotReference>> presentedAt(const Id &caseId) const override
    {
        return m_inner->presentedAt(caseId);
    }
    Result<QList<Case>> casesOfEvent(const Id &eventId) const override
    {
        return m_inner->casesOfEvent(eventId);
    }
    Result<QList<SlotReference>> slotsOfPerson(const Id &personId) const override
    {
        return m_inner->slotsOfPerson(personId);
    }
    Result<QList<CaseRow>> casesWithContact(const Id &personId) const override
    {
        return m_inner->casesWithContact(personId);
    }
    Result<QList<Person>> findPeople(const QString &text, int limit) const override
    {
        ++peopleSearched;
        return m_inner->findPeople(text, limit);
    }
    Result<QList<CaseHit>> searchCases(const QString &text, int limit) const override
    {
        return m_inner->searchCases(text, limit);
    }
    Result<QList<EventHit>> searchEvents(const QString &text, int limit) const override
    {
        return m_inner->searchEvents(text, limit);
    }
    Result<LibraryContents> contents(const QList<Id> &roots) const override
    {
        return m_inner->contents(roots);
    }
    Status transaction(const std::function<Status()> &work) override
    {
        return m_inner->transaction(work);
    }
    Result<QList<CaseRow>> findCases(const CaseFilter &filter, int offset, int limit) const override
    {
        return m_inner->findCases(filter, offset, limit);
    }
    Result<CaseFacets> caseFacets(const CaseFilter &filter) const override
    {
        return m_inner->caseFacets(filter);
    }
    Result<int> countCases(const CaseFilter &filter) const override
    {
        return m_inner->countCases(filter);
    }
    Result<QList<DuplicateCases>> duplicateCases(int limit) const override
    {
        return m_inner->duplicateCases(limit);
    }
    Status saveCopy(const QString &path) const override { return m_inner->saveCopy(path); }
    Result<QStringList> check() const override { return m_inner->check(); }

private:
    class Events;
    class People;
    std::unique_ptr<Library> m_inner;
    std::unique_ptr<Events> m_events;
    std::unique_ptr<People> m_people;
};

} // namespace temaplan::test
