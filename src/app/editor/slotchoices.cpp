#include "slotchoices.h"

#include "store/library.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace temaplan {

Result<SlotChoices> slotChoicesFrom(Library &library)
{
    auto people = library.people().all();
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
    // Danish collation puts æ, ø, å last, as a Danish reader expects.
    const QCollator collator{QLocale(QLocale::Danish, QLocale::Denmark)};
    std::sort(choices.people.begin(), choices.people.end(), [&](const Person &a, const Person &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    std::sort(choices.cases.begin(), choices.cases.end(),
              [&](const Case &a, const Case &b) { return collator.compare(a.title, b.title) < 0; });
    return choices;
}

} // namespace temaplan
