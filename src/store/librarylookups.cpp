#include "librarylookups.h"

namespace temaplan {

namespace {

template<class T>
std::function<std::optional<T>(const Id &)> reader(Repository<T> &repository)
{
    return [&repository](const Id &id) -> std::optional<T> {
        auto record = repository.get(id);
        if (!record)
            return std::nullopt;
        return std::move(record).value();
    };
}

} // namespace

Lookups lookupsFor(Library &library)
{
    Lookups l;
    l.person = reader(library.people());
    l.organisation = reader(library.organisations());
    l.venue = reader(library.venues());
    l.caseRecord = reader(library.cases());
    return l;
}

} // namespace temaplan
