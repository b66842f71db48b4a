#pragma once

#include "description.h"
#include "ids.h"

#include <QList>
#include <QString>
#include <QTime>

namespace temaplan {

enum class SlotKind { Session, Welcome, Break, Meal, Panel, Closing };

enum class SpeakerRole { Speaker, Moderator, Facilitator, Panelist };

struct SlotSpeaker
{
    Id personId;
    SpeakerRole role = SpeakerRole::Speaker;
    QString roleText; // printed before the name: "leder af strategien", "projektleder"

    friend bool operator==(const SlotSpeaker &, const SlotSpeaker &) = default;
};

// One programme point. `end` is optional: most printed programmes give only the
// start, and the next slot's start ends this one.
struct AgendaSlot
{
    Id id;
    QTime start;
    QTime end; // invalid: none given
    SlotKind kind = SlotKind::Session;
    QString title;
    Description description;
    QList<SlotSpeaker> speakers;
    QList<Id> caseIds;
    bool fixedTime = false; // insert-and-shift leaves it where it is
    // Printed in the row of the slot before it, as the seed's "9.30 / 10.00" gives
    // breakfast and welcome one row. On the first slot it would share with nothing;
    // the agenda rules keep it false there (agendarules.h).
    bool sharesRowWithPrevious = false;

    friend bool operator==(const AgendaSlot &, const AgendaSlot &) = default;
};

using Agenda = QList<AgendaSlot>;

} // namespace temaplan
