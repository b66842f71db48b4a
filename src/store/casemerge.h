#pragma once

#include "library.h"

namespace temaplan {

// Two records of one case made one: every slot that linked the removed case links
// the kept one, the kept case takes what only the removed one knew (themes, links,
// an owner, a summary, years), and the removed case is deleted. Holding both cases
// and the events as they were before and after, a merge can be undone exactly.
struct CaseMerge
{
    Case keptBefore;
    Case keptAfter;
    Case removed;
    QList<Event> eventsBefore; // every event with a slot that linked the removed case
    QList<Event> eventsAfter;
    // Agenda templates name cases as slots do, and are relinked the same way.
    QList<AgendaTemplate> templatesBefore;
    QList<AgendaTemplate> templatesAfter;
};

// Works out the merge from the library as it is; writes nothing.
Result<CaseMerge> planCaseMerge(const Library &library, const Id &keepId, const Id &removeId);

// The merge, in one transaction: all of it or nothing.
Status applyCaseMerge(Library &library, const CaseMerge &merge);

// Puts back both cases and the events as they were before the merge, in one transaction.
Status undoCaseMerge(Library &library, const CaseMerge &merge);

} // namespace temaplan
