#pragma once

#include "core/case.h"
#include "core/person.h"
#include "core/result.h"

#include <QList>
#include <QString>

#include <functional>

namespace temaplan {

class Library;

// The cases whose titles match `text`, best first, at most `limit`. The chooser asks as
// one types, so a library of 50 000 cases is never held whole.
using CaseSearch = std::function<QList<Case>(const QString &text, int limit)>;

// What the detail form offers when a speaker or a case is added to a slot. The caller
// fills it (usually from the library); the editor itself never reads the store.
struct SlotChoices
{
    QList<Person> people;
    CaseSearch findCases; // empty: no case can be chosen
};

// A search over cases already in memory: every word typed must be part of the title, in
// any case; the cases keep their order. For a small list, or an editor without a library.
CaseSearch caseSearchIn(const QList<Case> &cases);

// The library's cases whose titles match `text`, best first, at most `limit`; each
// carries only its id and title. A search that fails finds nothing.
QList<Case> findCaseTitles(const Library &library, const QString &text, int limit);

// Everyone in the library, sorted by name and carrying only id, name and title, and the library's own case search (ranked,
// Danish-folded: "Århus" finds "Aarhus"). The cases found carry only their id and title.
// The search reads `library` when called: it must not outlive it.
Result<SlotChoices> slotChoicesFrom(Library &library);

} // namespace temaplan
