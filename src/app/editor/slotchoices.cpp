#include "slotchoices.h"

#include "store/library.h"

#include <algorithm>

namespace temaplan {

CaseSearch caseSearchIn(const QList<Case> &cases)
{
    return [cases](const QString &text, int limit) {
        const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
        QList<Case> found;
        for (const Case &c : cases) {
            if (found.size() >= limit)
                break;
            const bool all = std::all_of(words.cbegin(), words.cend(), [&](const QString &w) {
                return c.title.contains(w, Qt::CaseInsensitive);
            });
            if (all)
                found.append(c);
        }
        return found;
    };
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

Result<SlotChoices> slotChoicesFrom(Library &library)
{
    // Only the names and titles the chooser shows: decoding every person's record was
    // half the window's start on 10 000 people. Cases are not read here: listing all
    // 50 000 in a chooser was most of the window's start-up.
    const auto people = library.peopleNames();
    if (!people)
        return people.error();
    CaseSearch search = [&library](const QString &text, int limit) {
        return findCaseTitles(library, text, limit);
    };
    return SlotChoices{*people, std::move(search)};
}

} // namespace temaplan
