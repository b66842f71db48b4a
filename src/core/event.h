#pragma once

#include "agendaslot.h"
#include "calendardate.h"
#include "description.h"
#include "documentlink.h"
#include "ids.h"

#include <QList>
#include <QString>
#include <QTime>

namespace temaplan {

enum class EventKind { ThemeMeeting, ThemeDay, Conference, NetworkMeeting, Other };

struct Registration
{
    CalendarDate deadline;
    QString url;
    QString note;

    bool isEmpty() const { return deadline.isNull() && url.isEmpty() && note.isEmpty(); }
    friend bool operator==(const Registration &, const Registration &) = default;
};

// One date and place of an event, with its own agenda and speakers: a theme day
// may run in Vejle and in København with different programmes.
struct Occurrence
{
    Id id;
    CalendarDate date;
    QTime start; // optional; else the first slot's start
    QTime end;   // optional; else the last slot's end
    Id venueId;  // null: no venue chosen yet
    QString note;
    Agenda agenda;

    friend bool operator==(const Occurrence &, const Occurrence &) = default;
};

struct Event
{
    Id id;
    EventKind kind = EventKind::ThemeMeeting;
    QString title;
    QString subtitle;
    QList<Id> organiserIds; // the first one's letterhead prints first
    Id themeGroupId;        // may be null
    Id seriesId;            // may be null
    Description intro;
    QString participantNote; // "Som deltager vil det være en fordel at have læst …"
    QString audience;
    Registration registration;
    DocumentLinks documents;
    QList<Id> contactIds;
    QList<Id> partnerIds;    // organisations in the partnership
    QList<Occurrence> occurrences;

    friend bool operator==(const Event &, const Event &) = default;
};

} // namespace temaplan
