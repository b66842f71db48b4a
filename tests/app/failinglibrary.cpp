#include "failinglibrary.h"

using namespace Qt::Literals::StringLiterals;

namespace temaplan::test {

class FailingLibrary::Events final : public Repository<Event>
{
public:
    Events(FailingLibrary &owner, Repository<Event> &inner)
        : m_owner(owner)
        , m_inner(inner)
    {}

    Result<QList<Event>> all() const override { return m_inner.all(); }
    Result<Event> get(const Id &id) const override { return m_inner.get(id); }
    Status save(const Event &record) override
    {
        return m_owner.failWrites ? locked() : m_inner.save(record);
    }
    Status remove(const Id &id) override
    {
        return m_owner.failWrites ? locked() : m_inner.remove(id);
    }

private:
    static Error locked()
    {
        return Error::make(Error::Code::Locked,
                           u"Biblioteket er låst af et andet program; prøv igen om lidt."_s,
                           u"database is locked"_s);
    }

    FailingLibrary &m_owner;
    Repository<Event> &m_inner;
};

class FailingLibrary::People final : public Repository<Person>
{
public:
    People(FailingLibrary &owner, Repository<Person> &inner)
        : m_owner(owner)
        , m_inner(inner)
    {}

    Result<QList<Person>> all() const override
    {
        ++m_owner.everyoneRead;
        return m_inner.all();
    }
    Result<Person> get(const Id &id) const override { return m_inner.get(id); }
    Status save(const Person &record) override { return m_inner.save(record); }
    Status remove(const Id &id) override { return m_inner.remove(id); }

private:
    FailingLibrary &m_owner;
    Repository<Person> &m_inner;
};

FailingLibrary::FailingLibrary(std::unique_ptr<Library> inner)
    : m_inner(std::move(inner))
    , m_events(std::make_unique<Events>(*this, m_inner->events()))
    , m_people(std::make_unique<People>(*this, m_inner->people()))
{}

FailingLibrary::~FailingLibrary() = default;

Repository<Event> &FailingLibrary::events()
{
    return *m_events;
}

Repository<Person> &FailingLibrary::people()
{
    return *m_people;
}

} // namespace temaplan::test
