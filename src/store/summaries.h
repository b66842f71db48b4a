#pragma once

#include "core/calendardate.h"
#include "core/event.h"
#include "core/ids.h"

#include <QString>
#include <QTime>

namespace temaplan {

// Read models for lists: what a row of a view shows, fetched in one query.

struct EventSummary
{
    Id eventId;
    Id occurrenceId;     // one row per occurrence (date and place)
    EventKind kind = EventKind::Other;
    QString title;
    CalendarDate date;
    QTime start;
    QString place;       // venue town or name; "online"; empty when unknown
    QString organisers;  // names joined "Sund By Netværket, KL"
    QString themeGroup;  // current name
    QString series;
};

struct EventQuery
{
    CalendarDate from;   // null: no lower bound; dates without a year sort first
    CalendarDate to;
    Id themeGroupId;     // null: any
    Id seriesId;         // null: any
};

// Where a case was presented, or where a person spoke.
struct SlotReference
{
    Id eventId;
    Id occurrenceId;
    Id slotId;
    QString eventTitle;
    CalendarDate date;
    QString place;
    QTime start;
    QString slotTitle;
    QString roleText; // for a person: the role printed in that slot
};

struct CaseHit
{
    Id caseId;
    QString title;
    QString owner;
    double rank = 0; // lower is better (FTS5 bm25)
};

struct EventHit
{
    Id eventId;
    QString title;
    double rank = 0;
};

} // namespace temaplan
