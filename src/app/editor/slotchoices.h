#pragma once

#include "core/case.h"
#include "core/person.h"
#include "core/result.h"

#include <QList>

namespace temaplan {

class Library;

// What the detail form offers when a speaker or a case is added to a slot. The caller
// fills it (usually from the library); the editor itself never reads the store.
struct SlotChoices
{
    QList<Person> people;
    QList<Case> cases;
};

// Everyone and every case in the library, sorted by name and title for the choosers.
// The cases carry only their id and title.
Result<SlotChoices> slotChoicesFrom(Library &library);

} // namespace temaplan
