#pragma once

#include "core/event.h"
#include "core/lookups.h"
#include "core/organisation.h"

#include <QColor>
#include <QDateTime>
#include <QList>

namespace temaplan::render {

// Everything one printed programme needs. The renderers never look anything up
// elsewhere, so the app, temaplan-cli and the tests feed them the same way.
struct ProgrammeInput
{
    Event event;
    Id occurrenceId;       // null: the event's first occurrence
    Lookups lookups;       // people, venues, cases and the organisers' letterheads
    int currentYear = 0;   // the programme year: a date in it prints without its year
    QDateTime generatedAt; // the invitation's DTSTAMP; invalid: now

    // The chosen occurrence; an empty one when the event has none yet, so a programme
    // can still be printed before its date is known.
    const Occurrence &occurrence() const;

    // The event's organisers that the lookups know, in the event's order.
    QList<Organisation> organisers() const;

    // The first organiser's colour, else the house colour.
    QColor accentColour() const;
};

// Sund By Netværket's green, used when an organiser has not given a colour.
inline constexpr QRgb houseColour = 0x1f6f5c;

} // namespace temaplan::render
