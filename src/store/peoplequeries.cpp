// People read for choosing among them: names and titles only, in Danish order.

#include "sqlitelibrary.h"
#include "storetext.h"

#include "core/searchfolding.h"

#include <algorithm>
#include <vector>

namespace temaplan::store {

Result<QList<Person>> SqliteLibrary::peopleNames() const
{
    // Sorted here by a Danish sort key made once per person: ORDER BY ... COLLATE da
    // calls ICU for every comparison, which on 10 000 people cost more than reading them.
    sql::Statement q(m_db, "SELECT id, title, json_extract(data, '$.title') FROM record WHERE kind = 'person'");
    struct Keyed
    {
        QString key;
        QString id; // namesakes are many: the text, not made again at every comparison
        Person person;
    };
    std::vector<Keyed> keyed;
    while (q.step()) {
        Person p;
        QString id = q.text(0);
        p.id = idFromString(id);
        p.name = q.text(1);
        p.title = q.text(2);
        keyed.push_back({danishSortKey(p.name), std::move(id), std::move(p)});
    }
    if (q.failure())
        return failure(*q.failure(), Store::tr("læse %1").arg(Store::tr("posterne")));
    std::sort(keyed.begin(), keyed.end(),
              [](const Keyed &a, const Keyed &b) { return a.key != b.key ? a.key < b.key : a.id < b.id; });
    QList<Person> people;
    people.reserve(qsizetype(keyed.size()));
    for (Keyed &k : keyed)
        people.append(std::move(k.person));
    return people;
}

} // namespace temaplan::store
