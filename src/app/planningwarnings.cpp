#include "planningwarnings.h"

#include "core/agendarules.h"
#include "core/danishtext.h"
#include "store/library.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

namespace {

// Free functions have no tr(): the texts go through translate() with a literal context,
// which lupdate finds.
QString slotName(const AgendaSlot &slot)
{
    return u"%1 «%2»"_s.arg(danish::formatTime(slot.start), slot.title);
}

QString personName(const Id &id, const Lookups &lookups)
{
    const auto person = lookups.person(id);
    return person && !person->name.isEmpty()
               ? person->name
               : QCoreApplication::translate("PlanningWarnings", "En oplægsholder");
}

QSet<Id> speakersOf(const AgendaSlot &slot)
{
    QSet<Id> ids;
    for (const SlotSpeaker &s : slot.speakers)
        if (!s.personId.isNull())
            ids.insert(s.personId);
    return ids;
}

bool startsWithin(const QTime &time, const QTime &start, const QTime &end)
{
    if (!time.isValid() || !start.isValid())
        return false;
    if (!end.isValid() || end <= start)
        return time == start;
    return time >= start && time < end;
}

} // namespace

QStringList planningWarnings(const Event &event, const Occurrence &occurrence,
                             const Lookups &lookups, Library *library)
{
    QStringList out;
    const Agenda &agenda = occurrence.agenda;
    for (const agenda::Overlap &o : agenda::overlaps(agenda)) {
        const QSet<Id> shared = speakersOf(agenda.at(o.first)) & speakersOf(agenda.at(o.second));
        for (const Id &person : shared)
            out << QCoreApplication::translate("PlanningWarnings",
                                           "%1 er sat på både %2 og %3, som overlapper.")
                       .arg(personName(person, lookups), slotName(agenda.at(o.first)),
                            slotName(agenda.at(o.second)));
    }

    // Other events the same day: a cheap look, by the other slot's start only, because
    // the library answers with starts; a full check would read every such event.
    if (library && occurrence.date.isValid()) {
        for (int row = 0; row < agenda.size(); ++row) {
            const AgendaSlot &slot = agenda.at(row);
            const QTime end = agenda::effectiveEnd(agenda, row);
            for (const Id &person : speakersOf(slot)) {
                auto refs = library->slotsOfPerson(person);
                if (!refs)
                    continue;
                for (const SlotReference &ref : *refs) {
                    if (ref.eventId == event.id || ref.date != occurrence.date ||
                        !startsWithin(ref.start, slot.start, end))
                        continue;
                    out << QCoreApplication::translate("PlanningWarnings",
                                                   "%1 er sat på %2 og samme dag kl. %3 i «%4».")
                               .arg(personName(person, lookups), slotName(slot),
                                    danish::formatTime(ref.start), ref.eventTitle);
                }
            }
        }
    }

    if (occurrence.venueId.isNull())
        out << QCoreApplication::translate("PlanningWarnings", "Mødestedet er ikke valgt endnu.");
    return out;
}

} // namespace temaplan::app
