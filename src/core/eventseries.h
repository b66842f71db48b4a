#pragma once

#include "description.h"
#include "ids.h"

#include <QList>
#include <QString>

namespace temaplan {

// A run of meetings ("Sund By Ledernetværket – møderække 2018"); its meetings are
// events that name the series.
struct EventSeries
{
    Id id;
    QString title;
    QString subtitle;
    Description description;
    QString practicalNote; // "heldagsmøder fra kl. 10.00 til kl. 18.30 med efterfølgende middag"
    QList<Id> organiserIds;
    QList<Id> facilitatorIds;
    QList<Id> contactIds;

    friend bool operator==(const EventSeries &, const EventSeries &) = default;
};

} // namespace temaplan
