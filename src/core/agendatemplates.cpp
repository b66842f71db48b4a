#include "agendatemplates.h"

#include "agendarules.h"

namespace temaplan::templates {

AgendaTemplate fromOccurrence(const Occurrence &occurrence, const QString &name)
{
    AgendaTemplate t;
    t.id = newId();
    t.name = name.trimmed();
    t.start = occurrence.start;
    t.end = occurrence.end;
    t.agenda = agenda::withNewSlotIds(occurrence.agenda);
    return t;
}

Agenda agendaFrom(const AgendaTemplate &source, Keep keep)
{
    Agenda agenda = agenda::withNewSlotIds(source.agenda);
    for (AgendaSlot &slot : agenda) {
        if (!keep.speakers)
            slot.speakers.clear();
        if (!keep.cases)
            slot.caseIds.clear();
    }
    return agenda;
}

Event eventFrom(const AgendaTemplate &source, Keep keep, const QString &title)
{
    Event e;
    e.id = newId();
    e.title = title;
    Occurrence o;
    o.id = newId();
    o.start = source.start;
    o.end = source.end;
    o.agenda = agendaFrom(source, keep);
    e.occurrences = {o};
    return e;
}

} // namespace temaplan::templates
