#pragma once

#include "case.h"
#include "event.h"
#include "organisation.h"
#include "person.h"
#include "themegroup.h"
#include "venue.h"

#include <QList>

namespace temaplan {

// A made-up but plausible library for benchmarks and scale tests: Danish
// municipalities, case titles, people and theme-group meetings whose slots present
// the cases. The same options give the same library, ids included.
struct SyntheticOptions
{
    int cases = 1000;
    int events = 100;
    quint32 seed = 1;
};

struct SyntheticLibrary
{
    QList<Organisation> organisations;
    QList<Person> people;
    QList<Venue> venues;
    QList<ThemeGroup> themeGroups;
    QList<Case> cases;
    QList<Event> events;
};

SyntheticLibrary generateSyntheticLibrary(const SyntheticOptions &options);

} // namespace temaplan
