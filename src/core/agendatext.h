#pragma once

#include "agendarules.h"
#include "event.h"
#include "lookups.h"

#include <QString>

namespace temaplan::programme {

// One occurrence's programme as plain text, in the order and words of the printed
// programme: title, date-and-place line, then each slot with its time, speakers,
// description and case links; slots sharing a printed row share its time and follow
// each other under it. Used by temaplan-cli and the calendar invitation.
QString agendaAsPlainText(const Event &event, const Occurrence &occurrence,
                          const Lookups &lookups, int currentYear);

// "Den 6. december i Gladsaxe", "Den 27. februar 2018 i Aarhus – mødested oplyses snarest".
QString dateAndPlaceLine(const Occurrence &occurrence, const Lookups &lookups, int currentYear);

// The time column of a slot: "9.30", or "9.30–10.00" when the slot has its own end
// (not for the closing slot, whose end is said in words).
QString slotTimeText(const AgendaSlot &slot);

// The time column of a printed row: each slot's slotTimeText, joined by " / " as the
// programme writes two slots in one row: "9.30 / 10.00". A slot without a time adds nothing.
QString rowTimeText(const Agenda &agenda, const agenda::PrintedRow &row);

// The slot's title with the closing sentence added when it closes the day:
// "Afrunding og tak for i dag. Vi slutter kl. 15.00."
QString slotHeadline(const AgendaSlot &slot);

} // namespace temaplan::programme
