#include "agendarules.h"

#include <algorithm>

namespace temaplan::agenda {

namespace {

bool validIndex(const Agenda &agenda, int index) { return index >= 0 && index < agenda.size(); }

// Minutes since midnight, or nullopt when the result would leave the day.
std::optional<QTime> addMinutes(const QTime &t, int minutes)
{
    if (!t.isValid())
        return t; // an untimed slot stays untimed
    const int m = t.hour() * 60 + t.minute() + minutes;
    if (m < 0 || m >= 24 * 60)
        return std::nullopt;
    return QTime(m / 60, m % 60);
}

int minutesOf(const QTime &t) { return t.hour() * 60 + t.minute(); }

} // namespace

Agenda sortedByStart(const Agenda &agenda)
{
    Agenda out = agenda;
    std::stable_sort(out.begin(), out.end(), [](const AgendaSlot &a, const AgendaSlot &b) {
        if (a.start.isValid() != b.start.isValid())
            return a.start.isValid();
        return a.start.isValid() && a.start < b.start;
    });
    return withSharedRowsTidied(out);
}

QList<PrintedRow> printedRows(const Agenda &agenda)
{
    QList<PrintedRow> rows;
    for (int i = 0; i < agenda.size(); ++i) {
        if (rows.isEmpty() || !agenda.at(i).sharesRowWithPrevious)
            rows.append({i, 1});
        else
            ++rows.last().count;
    }
    return rows;
}

Agenda withNewSlotIds(Agenda agenda)
{
    for (AgendaSlot &slot : agenda)
        slot.id = newId();
    return agenda;
}

Agenda withSharedRowsTidied(Agenda agenda)
{
    if (!agenda.isEmpty())
        agenda.first().sharesRowWithPrevious = false;
    return agenda;
}

QTime effectiveEnd(const Agenda &agenda, int index)
{
    if (!validIndex(agenda, index))
        return {};
    const AgendaSlot &slot = agenda.at(index);
    if (slot.end.isValid())
        return slot.end;
    for (int i = index + 1; i < agenda.size(); ++i) {
        const QTime next = agenda.at(i).start;
        if (next.isValid() && (!slot.start.isValid() || next > slot.start))
            return next;
    }
    return {};
}

std::optional<int> durationMinutes(const Agenda &agenda, int index)
{
    if (!validIndex(agenda, index))
        return std::nullopt;
    const QTime start = agenda.at(index).start;
    const QTime end = effectiveEnd(agenda, index);
    if (!start.isValid() || !end.isValid())
        return std::nullopt;
    return minutesOf(end) - minutesOf(start);
}

QTime endOfDay(const Agenda &agenda)
{
    QTime latest;
    for (int i = 0; i < agenda.size(); ++i) {
        for (const QTime &t : {agenda.at(i).start, effectiveEnd(agenda, i)})
            if (t.isValid() && (!latest.isValid() || t > latest))
                latest = t;
    }
    return latest;
}

QList<Overlap> overlaps(const Agenda &agenda)
{
    QList<Overlap> out;
    for (int i = 0; i < agenda.size(); ++i) {
        const QTime s1 = agenda.at(i).start;
        const QTime e1 = effectiveEnd(agenda, i);
        if (!s1.isValid())
            continue;
        for (int j = i + 1; j < agenda.size(); ++j) {
            const QTime s2 = agenda.at(j).start;
            if (!s2.isValid())
                continue;
            const QTime e2 = effectiveEnd(agenda, j);
            // A slot with no known end occupies only its start minute.
            const QTime end1 = e1.isValid() ? e1 : s1.addSecs(60);
            const QTime end2 = e2.isValid() ? e2 : s2.addSecs(60);
            if (s1 < end2 && s2 < end1) {
                if (s2 < s1)
                    out.append({j, i});
                else
                    out.append({i, j});
            }
        }
    }
    return out;
}

QList<int> slotsPastEnd(const Agenda &agenda, const QTime &dayEnd)
{
    QList<int> out;
    if (!dayEnd.isValid())
        return out;
    for (int i = 0; i < agenda.size(); ++i) {
        const QTime start = agenda.at(i).start;
        const QTime end = effectiveEnd(agenda, i);
        if ((start.isValid() && start >= dayEnd) || (end.isValid() && end > dayEnd))
            out.append(i);
    }
    return out;
}

std::optional<Agenda> shiftFrom(const Agenda &agenda, int fromIndex, int minutes)
{
    if (fromIndex < 0 || fromIndex > agenda.size())
        return std::nullopt;
    Agenda out = agenda;
    for (int i = fromIndex; i < out.size(); ++i) {
        AgendaSlot &slot = out[i];
        if (slot.fixedTime)
            continue;
        const auto start = addMinutes(slot.start, minutes);
        const auto end = addMinutes(slot.end, minutes);
        if (!start || !end)
            return std::nullopt;
        slot.start = *start;
        slot.end = *end;
    }
    return out;
}

std::optional<Agenda> insertAndShift(const Agenda &agenda, int index, AgendaSlot slot, int minutes)
{
    if (index < 0 || index > agenda.size() || minutes < 0)
        return std::nullopt;
    if (!slot.start.isValid()) {
        if (index < agenda.size() && agenda.at(index).start.isValid())
            slot.start = agenda.at(index).start;
        else if (index > 0)
            slot.start = effectiveEnd(agenda, index - 1).isValid() ? effectiveEnd(agenda, index - 1)
                                                                   : agenda.at(index - 1).start;
    }
    if (slot.start.isValid()) {
        const auto end = addMinutes(slot.start, minutes);
        if (!end)
            return std::nullopt;
        slot.end = *end;
    }
    // The previous slot ended where the later ones began; if it had no explicit end
    // it would now run into the new slot, so pin it to its old end.
    Agenda base = agenda;
    if (index > 0 && !base.at(index - 1).end.isValid()) {
        const QTime oldEnd = effectiveEnd(agenda, index - 1);
        if (oldEnd.isValid())
            base[index - 1].end = oldEnd;
    }
    // A slot that opens a row of its own between two that shared one splits them:
    // the displaced slot would otherwise become the partner of a slot it never had.
    if (index < base.size() && !slot.sharesRowWithPrevious)
        base[index].sharesRowWithPrevious = false;
    auto shifted = shiftFrom(base, index, minutes);
    if (!shifted)
        return std::nullopt;
    shifted->insert(index, slot);
    return withSharedRowsTidied(*shifted);
}

std::optional<Agenda> removeAndClose(const Agenda &agenda, int index)
{
    if (!validIndex(agenda, index))
        return std::nullopt;
    const int minutes = durationMinutes(agenda, index).value_or(0);
    Agenda out = agenda;
    // The slot after an opener takes over the row rather than joining the one before.
    if (index + 1 < out.size() && !out.at(index).sharesRowWithPrevious)
        out[index + 1].sharesRowWithPrevious = false;
    out.removeAt(index);
    auto shifted = shiftFrom(out, index, -minutes);
    if (!shifted)
        return std::nullopt;
    return withSharedRowsTidied(*shifted);
}

std::optional<Agenda> changeDuration(const Agenda &agenda, int index, int minutes)
{
    if (!validIndex(agenda, index) || minutes < 0)
        return std::nullopt;
    const AgendaSlot &slot = agenda.at(index);
    if (!slot.start.isValid())
        return std::nullopt;
    const int old = durationMinutes(agenda, index).value_or(0);
    Agenda out = agenda;
    const auto end = addMinutes(slot.start, minutes);
    if (!end)
        return std::nullopt;
    out[index].end = *end;
    return shiftFrom(out, index + 1, minutes - old);
}

std::optional<Agenda> moveSlot(const Agenda &agenda, int index, int delta)
{
    const int other = index + delta;
    if ((delta != -1 && delta != 1) || !validIndex(agenda, index) || !validIndex(agenda, other))
        return std::nullopt;
    const int first = std::min(index, other);
    const int second = first + 1;
    Agenda out = agenda;
    AgendaSlot a = agenda.at(first);
    AgendaSlot b = agenda.at(second);
    const auto da = durationMinutes(agenda, first);
    const auto db = durationMinutes(agenda, second);
    // b takes a's start; a follows b, keeping both durations, so the pair still fills
    // the same window. Fixed-time slots keep their times.
    if (!a.fixedTime && !b.fixedTime && a.start.isValid() && da && db) {
        const QTime windowStart = a.start;
        b.start = windowStart;
        if (b.end.isValid() || agenda.at(second).end.isValid())
            b.end = windowStart.addSecs(*db * 60);
        a.start = windowStart.addSecs(*db * 60);
        if (a.end.isValid())
            a.end = a.start.addSecs(*da * 60);
    }
    // The rows belong to the places, like the times.
    b.sharesRowWithPrevious = agenda.at(first).sharesRowWithPrevious;
    a.sharesRowWithPrevious = agenda.at(second).sharesRowWithPrevious;
    out[first] = b;
    out[second] = a;
    return withSharedRowsTidied(out);
}

std::optional<Agenda> moveSlotTo(const Agenda &agenda, int from, int to)
{
    if (!validIndex(agenda, from) || !validIndex(agenda, to))
        return std::nullopt;
    Agenda out = agenda;
    const int step = to > from ? 1 : -1;
    for (int at = from; at != to; at += step) {
        const std::optional<Agenda> moved = moveSlot(out, at, step);
        if (!moved)
            return std::nullopt;
        out = *moved;
    }
    return out;
}

} // namespace temaplan::agenda
