#pragma once

#include "agendaslot.h"

#include <QList>
#include <QTime>

#include <optional>

namespace temaplan::agenda {

// The agenda rules as plain functions, so that the editor, the renderer and the tests
// share one arithmetic. Slots are kept in programme order; times never wrap past
// midnight (a shift that would is refused).

// Stable sort by start; slots without a start keep their place after the timed ones.
// Slots keep their sharesRowWithPrevious, except that the first one shares nothing.
Agenda sortedByStart(const Agenda &agenda);

// One row of the printed programme: the slot at `first` and the `count - 1` slots
// after it that share its row ("9.30 / 10.00").
struct PrintedRow
{
    int first = 0;
    int count = 1;
    int last() const { return first + count - 1; }
    friend bool operator==(const PrintedRow &, const PrintedRow &) = default;
};

// The rows the agenda prints as, in order; every slot is in exactly one. A flag on
// the first slot is ignored, as it has no row to join.
QList<PrintedRow> printedRows(const Agenda &agenda);

// The same slots under new ids: a copied event or a template must not share slot ids
// with the agenda it came from.
Agenda withNewSlotIds(Agenda agenda);

// The agenda with sharesRowWithPrevious cleared where it cannot hold: on the first slot.
Agenda withSharedRowsTidied(Agenda agenda);

// The slot's end: its own, else the next slot's start, else invalid.
QTime effectiveEnd(const Agenda &agenda, int index);

// Minutes from start to effectiveEnd; nullopt when either is unknown.
std::optional<int> durationMinutes(const Agenda &agenda, int index);

// When the day ends: the latest effective end, else the latest start.
QTime endOfDay(const Agenda &agenda);

struct Overlap
{
    int first;  // index of the earlier slot
    int second; // index of the slot that starts before `first` ends
    friend bool operator==(const Overlap &, const Overlap &) = default;
};

// Pairs of slots whose [start, effectiveEnd) intervals intersect.
QList<Overlap> overlaps(const Agenda &agenda);

// Slots that end (or start) after `dayEnd`.
QList<int> slotsPastEnd(const Agenda &agenda, const QTime &dayEnd);

// Moves every slot from `fromIndex` on by `minutes` (may be negative), except
// fixed-time slots. nullopt if a moved time would leave the day (before 0.00 or
// after 23.59).
std::optional<Agenda> shiftFrom(const Agenda &agenda, int fromIndex, int minutes);

// Inserts `slot` at `index` lasting `minutes`: if the slot has no start it takes the
// start of the slot it displaces (or the end of the previous one), its end is set,
// and the later non-fixed slots move by `minutes`. A slot inserted inside a shared row
// joins that row if it shares with the slot before it; if not, it opens a row of its
// own and the slot it displaced follows it as a row of its own, not as its partner.
std::optional<Agenda> insertAndShift(const Agenda &agenda, int index, AgendaSlot slot, int minutes);

// Removes the slot at `index`; later non-fixed slots move back by its duration.
// Removing the slot that opens a shared row leaves the next slot opening that row, so
// it never joins the row before.
std::optional<Agenda> removeAndClose(const Agenda &agenda, int index);

// Sets the slot's duration; later non-fixed slots follow by the difference.
std::optional<Agenda> changeDuration(const Agenda &agenda, int index, int minutes);

// Swaps the slot at `index` with its neighbour (`delta` = -1 or +1), keeping the
// times in place: the slots exchange their time windows. The printed rows stay in
// place with the times, so the slots exchange rows too ("9.30 / 10.00" stays one row
// whichever slots fill it).
std::optional<Agenda> moveSlot(const Agenda &agenda, int index, int delta);

// Moves the slot at `from` to `to` (its index afterwards) one neighbour at a time by
// moveSlot, so a slot dragged three rows down ends where three presses of Alt+Down
// would have put it, times and all. nullopt when an index is out of range.
std::optional<Agenda> moveSlotTo(const Agenda &agenda, int from, int to);

} // namespace temaplan::agenda
