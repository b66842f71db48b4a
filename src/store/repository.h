#pragma once

#include "core/ids.h"
#include "core/result.h"

#include <QList>

namespace temaplan {

// One entity's records in a library. The app sees only this interface: SQL stays in
// the store, so another backend (a shared PostgreSQL library) can implement it later.
// `save` inserts or replaces by id, the whole aggregate (an event with its occurrences
// and agendas) in one transaction.
template<class T>
class Repository
{
public:
    virtual ~Repository() = default;

    virtual Result<QList<T>> all() const = 0;
    virtual Result<T> get(const Id &id) const = 0; // Error::Code::NotFound if absent
    virtual Status save(const T &record) = 0;
    virtual Status remove(const Id &id) = 0; // Error::Code::Constraint if still referenced
};

} // namespace temaplan
