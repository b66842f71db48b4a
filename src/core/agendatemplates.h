#pragma once

#include "agendatemplate.h"
#include "event.h"

namespace temaplan::templates {

// What a new programme keeps of its template besides the times, kinds, titles and
// descriptions, which it always keeps.
struct Keep
{
    bool speakers = true;
    bool cases = true;
};

// The occurrence's programme as a new template named `name`, with an id and slot ids
// of its own: a template is not an event, and a slot id names one slot in a library.
AgendaTemplate fromOccurrence(const Occurrence &occurrence, const QString &name);

// The template's agenda for a new occurrence: every slot gets a new id; speakers and
// cases are kept or cleared as `keep` says.
Agenda agendaFrom(const AgendaTemplate &source, Keep keep);

// A new event titled `title` with one occurrence (no date or venue yet) holding the
// template's day times and agenda.
Event eventFrom(const AgendaTemplate &source, Keep keep, const QString &title);

} // namespace temaplan::templates
