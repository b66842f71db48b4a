#pragma once

#include "core/references.h"
#include "store/library.h"

#include <QUndoCommand>

#include <optional>
#include <type_traits>

namespace temaplan::app {

class LibrarySession;

// An edit of a person, organisation, theme group, series or case: the record before and
// after, written by redo() and undo() through the session, as EventCommand does for
// events. nullopt on one side creates or deletes the record, so a deleted record
// comes back whole, with its id.
class RecordCommand : public QUndoCommand
{
public:
    RecordCommand(LibrarySession *session, const QString &text, const QString &mergeKey);

    void redo() override;
    void undo() override;
    // Typing in one field is one step: commands with the same key on the same record join.
    int id() const override;

    virtual RecordKind kind() const = 0;
    virtual Id recordId() const = 0;
    // Writes the state after (before when undoing); the session wraps it in a transaction.
    virtual Status write(Library &library, bool undoing) const = 0;

protected:
    const QString &mergeKey() const { return m_mergeKey; }

private:
    void run(bool undoing);

    LibrarySession *m_session;
    QString m_mergeKey;
};

// Where each kind of record is kept, for code written once for every kind.
template<class T> Repository<T> &repositoryOf(Library &library);
template<> inline Repository<Person> &repositoryOf(Library &library)
{
    return library.people();
}
template<> inline Repository<Organisation> &repositoryOf(Library &library)
{
    return library.organisations();
}
template<> inline Repository<ThemeGroup> &repositoryOf(Library &library)
{
    return library.themeGroups();
}
template<> inline Repository<EventSeries> &repositoryOf(Library &library)
{
    return library.series();
}
template<> inline Repository<Case> &repositoryOf(Library &library)
{
    return library.cases();
}

template<class T> constexpr RecordKind recordKindOf();
template<> constexpr RecordKind recordKindOf<Person>()
{
    return RecordKind::Person;
}
template<> constexpr RecordKind recordKindOf<Organisation>()
{
    return RecordKind::Organisation;
}
template<> constexpr RecordKind recordKindOf<ThemeGroup>()
{
    return RecordKind::ThemeGroup;
}
template<> constexpr RecordKind recordKindOf<EventSeries>()
{
    return RecordKind::Series;
}
template<> constexpr RecordKind recordKindOf<Case>()
{
    return RecordKind::Case;
}

// The field a record is listed and named by.
template<class T> constexpr QString T::*titleMember()
{
    if constexpr (std::is_same_v<T, EventSeries> || std::is_same_v<T, Case>)
        return &T::title;
    else
        return &T::name;
}

template<class T> class RecordChange final : public RecordCommand
{
public:
    RecordChange(LibrarySession *session, std::optional<T> before, std::optional<T> after,
                 const QString &text, const QString &mergeKey = {})
        : RecordCommand(session, text, mergeKey)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}

    RecordKind kind() const override { return recordKindOf<T>(); }
    Id recordId() const override { return m_after ? m_after->id : m_before ? m_before->id : Id(); }
    Status write(Library &library, bool undoing) const override
    {
        const std::optional<T> &target = undoing ? m_before : m_after;
        return target ? repositoryOf<T>(library).save(*target)
                      : repositoryOf<T>(library).remove(recordId());
    }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = dynamic_cast<const RecordChange<T> *>(other);
        if (!next || next->isObsolete() || next->mergeKey() != mergeKey() ||
            next->recordId() != recordId() || !m_after || !next->m_after)
            return false;
        m_after = next->m_after;
        // Typed and typed back: the step changes nothing, and the stack drops it.
        if (m_before == m_after)
            setObsolete(true);
        return true;
    }

    const std::optional<T> &before() const { return m_before; }
    const std::optional<T> &after() const { return m_after; }

private:
    std::optional<T> m_before;
    std::optional<T> m_after;
};

} // namespace temaplan::app
