#pragma once

#include "core/case.h"
#include "core/person.h"

#include <QList>

namespace temaplan {

// People and cases made on the spot in the slot form, when the name typed matched
// nobody: the host that saves the edit creates them in the library in the same step
// as the edit that names them, so one Fortryd takes both back.
struct NewRecords
{
    QList<Person> people;
    QList<Case> cases;

    bool isEmpty() const { return people.isEmpty() && cases.isEmpty(); }
};

} // namespace temaplan
