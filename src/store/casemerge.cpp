#include "casemerge.h"

#include "storetext.h"

#include <QCoreApplication>

namespace temaplan {

namespace {

using store::Store;

template<class T>
void addMissing(QList<T> &into, const QList<T> &from)
{
    for (const T &item : from) {
        if (!into.contains(item))
            into.append(item);
    }
}

Case combined(Case kept, const Case &removed)
{
    addMissing(kept.themes, removed.themes);
    addMissing(kept.links, removed.links);
    addMissing(kept.documents, removed.documents);
    if (kept.ownerId.isNull())
        kept.ownerId = removed.ownerId;
    if (kept.contactId.isNull())
        kept.contactId = removed.contactId;
    if (kept.summary.isEmpty())
        kept.summary = removed.summary;
    if (kept.startYear == 0)
        kept.startYear = removed.startYear;
    if (kept.endYear == 0)
        kept.endYear = removed.endYear;
    return kept;
}

// Every slot that linked the removed case links the kept one; true if any did.
bool relink(Agenda &agenda, const Id &keepId, const Id &removeId)
{
    bool changed = false;
    for (AgendaSlot &slot : agenda) {
        const qsizetype at = slot.caseIds.indexOf(removeId);
        if (at < 0)
            continue;
        changed = true;
        // The kept case takes the removed one's place, unless the slot already
        // linked both: then it is listed once, where it was.
        if (slot.caseIds.contains(keepId))
            slot.caseIds.removeAt(at);
        else
            slot.caseIds[at] = keepId;
        slot.caseIds.removeAll(removeId);
    }
    return changed;
}

} // namespace

Result<CaseMerge> planCaseMerge(const Library &library, const Id &keepId, const Id &removeId)
{
    if (keepId == removeId)
        return Error::make(Error::Code::Invalid,
                           Store::tr("En case kan ikke flettes med sig selv."));
    // The repositories are not const; reading through them changes nothing.
    Library &lib = const_cast<Library &>(library);
    Result<Case> kept = lib.cases().get(keepId);
    if (!kept)
        return kept.error();
    Result<Case> removed = lib.cases().get(removeId);
    if (!removed)
        return removed.error();

    CaseMerge merge;
    merge.keptBefore = *kept;
    merge.removed = *removed;
    merge.keptAfter = combined(*kept, *removed);

    Result<QList<SlotReference>> slots = library.presentedAt(removeId);
    if (!slots)
        return slots.error();
    QList<Id> eventIds;
    for (const SlotReference &s : *slots) {
        if (!eventIds.contains(s.eventId))
            eventIds.append(s.eventId);
    }
    for (const Id &eventId : eventIds) {
        Result<Event> event = lib.events().get(eventId);
        if (!event)
            return event.error();
        Event after = *event;
        for (Occurrence &o : after.occurrences)
            relink(o.agenda, keepId, removeId);
        merge.eventsBefore.append(*event);
        merge.eventsAfter.append(after);
    }
    Result<QList<AgendaTemplate>> templates = lib.templates().all();
    if (!templates)
        return templates.error();
    for (const AgendaTemplate &t : *templates) {
        AgendaTemplate after = t;
        if (!relink(after.agenda, keepId, removeId))
            continue;
        merge.templatesBefore.append(t);
        merge.templatesAfter.append(after);
    }
    return merge;
}

Status applyCaseMerge(Library &library, const CaseMerge &merge)
{
    return library.transaction([&]() -> Status {
        for (const Event &e : merge.eventsAfter) {
            if (Status s = library.events().save(e); !s)
                return s;
        }
        for (const AgendaTemplate &t : merge.templatesAfter) {
            if (Status s = library.templates().save(t); !s)
                return s;
        }
        if (Status s = library.cases().save(merge.keptAfter); !s)
            return s;
        return library.cases().remove(merge.removed.id);
    });
}

Status undoCaseMerge(Library &library, const CaseMerge &merge)
{
    return library.transaction([&]() -> Status {
        if (Status s = library.cases().save(merge.removed); !s)
            return s;
        for (const Event &e : merge.eventsBefore) {
            if (Status s = library.events().save(e); !s)
                return s;
        }
        for (const AgendaTemplate &t : merge.templatesBefore) {
            if (Status s = library.templates().save(t); !s)
                return s;
        }
        return library.cases().save(merge.keptBefore);
    });
}

} // namespace temaplan
