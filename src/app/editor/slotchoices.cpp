#include "slotchoices.h"

#include "store/library.h"

#include <algorithm>

namespace temaplan {

namespace {

// The records whose text holds every word typed, in any case, in their order.
template<class T, class Text>
QList<T> holdingEveryWord(const QList<T> &records, Text textOf, const QString &text, int limit)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    QList<T> found;
    for (const T &r : records) {
        if (found.size() >= limit)
            break;
        const QString &t = textOf(r);
        const bool all = std::all_of(words.cbegin(), words.cend(), [&](const QString &w) {
            return t.contains(w, Qt::CaseInsensitive);
        });
        if (all)
            found.append(r);
    }
    return found;
}

} // namespace

CaseSearch caseSearchIn(const QList<Case> &cases)
{
    return [cases](const QString &text, int limit) {
        return holdingEveryWord(
            cases, [](const Case &c) -> const QString & { return c.title; }, text, limit);
    };
}

PersonSearch personSearchIn(const QList<Person> &people)
{
    return [people](const QString &text, int limit) {
        return holdingEveryWord(
            people, [](const Person &p) -> const QString & { return p.name; }, text, limit);
    };
}

QList<Person> findPeopleNamed(const Library &library, const QString &text, int limit)
{
    auto found = library.findPeople(text, limit);
    // Nothing to offer; the people room shows what is wrong with the file.
    return found ? std::move(found).value() : QList<Person>();
}

QList<Case> findCaseTitles(const Library &library, const QString &text, int limit)
{
    CaseFilter filter;
    filter.text = text;
    QList<Case> found;
    const auto rows = library.findCases(filter, 0, limit);
    if (!rows)
        return found; // nothing to offer; the case list shows what is wrong with the file
    found.reserve(rows->size());
    for (const CaseRow &row : *rows) {
        Case c;
        c.id = row.caseId;
        c.title = row.title;
        found.append(std::move(c));
    }
    return found;
}

SlotChoices slotChoicesFrom(const Library &library)
{
    // Nothing is read here: listing 10 000 people and 50 000 cases in choosers was most
    // of the window's start-up. The choosers ask as one types.
    return SlotChoices{[&library](const QString &text, int limit) {
                           return findPeopleNamed(library, text, limit);
                       },
                       [&library](const QString &text, int limit) {
                           return findCaseTitles(library, text, limit);
                       }};
}

} // namespace temaplan
