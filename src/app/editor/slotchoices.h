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

// The people whose names match `text`, best first, at most `limit`, each carrying at
// least id, name and title. Asked as one types, as CaseSearch.
using PersonSearch = std::function<QList<Person>(const QString &text, int limit)>;

// What the detail form offers when a speaker or a case is added to a slot. The caller
// fills it (usually from the library); the editor itself never reads the store.
struct SlotChoices
{
    PersonSearch findPeople; // empty: no person can be chosen
    CaseSearch findCases;    // empty: no case can be chosen
};

// A search over cases already in memory: every word typed must be part of the title, in
// any case; the cases keep their order. For a small list, or an editor without a library.
CaseSearch caseSearchIn(const QList<Case> &cases);

// The same for people: every word typed must be part of the name, in any case; the
// people keep their order.
PersonSearch personSearchIn(const QList<Person> &people);

// The library's people for `text` (Library::findPeople). A search that fails finds nobody.
QList<Person> findPeopleNamed(const Library &library, const QString &text, int limit);

// The library's cases whose titles match `text`, best first, at most `limit`; each
// carries only its id and title. A search that fails finds nothing.
QList<Case> findCaseTitles(const Library &library, const QString &text, int limit);

// The library's own searches of people and cases (ranked, Danish-folded: "Århus" finds
// "Aarhus", "soren" finds "Søren"). Nothing is read until one types; what is found
// carries only id, name or title. The searches read `library` when called: they must
// not outlive it.
SlotChoices slotChoicesFrom(const Library &library);

} // namespace temaplan
