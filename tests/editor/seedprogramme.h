#pragma once

#include "app/editor/slotchoices.h"

#include "core/event.h"
#include "core/lookups.h"

// Seed 000 as the editor sees it: the Gladsaxe theme meeting of 6 December, 9.30 to
// 15.00, with its speakers and cases. Lunch is a fixed time, as catering is booked.
namespace seed {

struct Programme
{
    temaplan::Occurrence occurrence;
    QList<temaplan::Person> people;
    QList<temaplan::Case> cases;

    temaplan::Lookups lookups() const;
    temaplan::SlotChoices choices() const { return {temaplan::personSearchIn(people), temaplan::caseSearchIn(cases)}; }
};

Programme gladsaxe();

// Row indexes in the seed agenda.
enum Row
{
    Breakfast,
    Welcome,
    SocialBalance,
    Indicators,
    Silkeborg,
    Lunch,
    Middelfart,
    Lup,
    Closing
};

} // namespace seed
