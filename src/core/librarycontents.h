#pragma once

#include "agendatemplate.h"
#include "case.h"
#include "event.h"
#include "eventseries.h"
#include "organisation.h"
#include "person.h"
#include "themegroup.h"
#include "venue.h"

#include <QList>

namespace temaplan {

// Every record of a library, as one value: what a JSON file holds, what an import
// brings and what the synthetic generator makes.
struct LibraryContents
{
    QList<Organisation> organisations;
    QList<Person> people;
    QList<Venue> venues;
    QList<ThemeGroup> themeGroups;
    QList<EventSeries> series;
    QList<Case> cases;
    QList<Event> events;
    QList<AgendaTemplate> templates;

    qsizetype recordCount() const
    {
        return organisations.size() + people.size() + venues.size() + themeGroups.size()
               + series.size() + cases.size() + events.size() + templates.size();
    }
    friend bool operator==(const LibraryContents &, const LibraryContents &) = default;
};

// The list of one kind, for code written once for every kind.
template<class T> QList<T> &recordsOf(LibraryContents &c);
template<> inline QList<Organisation> &recordsOf(LibraryContents &c) { return c.organisations; }
template<> inline QList<Person> &recordsOf(LibraryContents &c) { return c.people; }
template<> inline QList<Venue> &recordsOf(LibraryContents &c) { return c.venues; }
template<> inline QList<ThemeGroup> &recordsOf(LibraryContents &c) { return c.themeGroups; }
template<> inline QList<EventSeries> &recordsOf(LibraryContents &c) { return c.series; }
template<> inline QList<Case> &recordsOf(LibraryContents &c) { return c.cases; }
template<> inline QList<Event> &recordsOf(LibraryContents &c) { return c.events; }
template<> inline QList<AgendaTemplate> &recordsOf(LibraryContents &c) { return c.templates; }

} // namespace temaplan
