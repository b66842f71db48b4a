#include "slotchoices.h"

#include "store/library.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace temaplan {

Result<SlotChoices> slotChoicesFrom(Library &library)
{
    auto people = library.people().all();
    if (!people)
        return people.error();
    auto cases = library.cases().all();
    if (!cases)
        return cases.error();
    SlotChoices choices{*people, *cases};
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
