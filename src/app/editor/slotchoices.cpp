#include "slotchoices.h"

#include "store/library.h"

#include <limits>

namespace temaplan {

Result<SlotChoices> slotChoicesFrom(Library &library)
{
    const auto people = library.people().all();
    if (!people)
        return people.error();
    // The case list's rows, not the cases themselves: the chooser shows titles only,
    // and decoding every case of a 50 000-case library took seconds.
    CaseFilter byTitle;
    byTitle.order = CaseFilter::Order::Title;
    const auto rows = library.findCases(byTitle, 0, std::numeric_limits<int>::max());
    if (!rows)
        return rows.error();
    SlotChoices choices{*people, {}};
    choices.cases.reserve(rows->size());
    for (const CaseRow &row : *rows) {
        Case c;
        c.id = row.caseId;
        c.title = row.title;
        choices.cases.append(std::move(c));
    }
    // Both lists come in Danish order from the store (æ, ø, å last): people by the "da"
    // collation, cases by the case list's sort key. Sorting again cost seconds at 50 000.
    return choices;
}

} // namespace temaplan
