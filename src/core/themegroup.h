#pragma once

#include "calendardate.h"
#include "description.h"
#include "documentlink.h"
#include "ids.h"

#include <QList>
#include <QString>

namespace temaplan {

// A theme group keeps its old names: past meetings were held under them and the
// secretariat searches by them ("Sundhed og Lokalsamfund").
struct FormerName
{
    QString name;
    CalendarDate until; // may be unknown

    friend bool operator==(const FormerName &, const FormerName &) = default;
};

struct ThemeGroup
{
    Id id;
    QString name;
    QList<FormerName> formerNames; // oldest first
    Id organiserId;
    Description background;
    Description purpose;
    Description audience;
    Description focus;
    QString meetingRhythm; // "3-4 årlige temamøder, de fleste online"
    QList<Id> contactIds;  // people
    DocumentLinks documents;

    friend bool operator==(const ThemeGroup &, const ThemeGroup &) = default;
};

} // namespace temaplan
