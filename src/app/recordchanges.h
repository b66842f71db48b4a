#pragma once

#include "core/agendatemplate.h"
#include "core/case.h"
#include "core/person.h"
#include "core/result.h"

#include <QList>

#include <optional>

namespace temaplan {
class Library;
}

namespace temaplan::app {

// Records other than an event that one step of the history writes: a person or case
// made on the spot together with the slot that names it, a template saved, renamed or
// deleted. Each is kept whole before and after (absent: created or deleted), as the
// event is, so undoing restores exactly what was there.
struct RecordChanges
{
    template<class T> struct Change
    {
        std::optional<T> before;
        std::optional<T> after;
    };

    QList<Change<Person>> people;
    QList<Change<Case>> cases;
    QList<Change<AgendaTemplate>> templates;

    bool isEmpty() const { return people.isEmpty() && cases.isEmpty() && templates.isEmpty(); }
};

// The records that exist on the side being written (after, or before when undoing)
// are saved before the event is written, so that it may name them; those that do not
// are removed after it, once nothing names them. Both run inside the caller's
// transaction.
Status saveRecords(Library &library, const RecordChanges &changes, bool undoing);
Status removeRecords(Library &library, const RecordChanges &changes, bool undoing);

} // namespace temaplan::app
