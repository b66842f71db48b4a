#include "eventcommand.h"

#include "librarysession.h"

namespace temaplan::app {

namespace {

constexpr int mergingCommandId = 0x7e01;

} // namespace

EventCommand::EventCommand(LibrarySession *session, std::optional<Event> before,
                           std::optional<Event> after, const QString &text, Focus focus,
                           const QString &mergeKey)
    : QUndoCommand(text)
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_focus(std::move(focus))
    , m_mergeKey(mergeKey)
{}

Id EventCommand::eventId() const
{
    return m_after ? m_after->id : m_before ? m_before->id : Id();
}

void EventCommand::redo()
{
    write(false);
}

void EventCommand::undo()
{
    write(true);
}

void EventCommand::write(bool undoing)
{
    const bool written = m_session->writeEvent(this, undoing);
    // A command that could not be written on its first run never enters the stack: the
    // stack must not claim a change the file does not have.
    if (!written && m_session->isPushing())
        setObsolete(true);
}

int EventCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : mergingCommandId;
}

bool EventCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const EventCommand *>(other);
    if (!next || next->isObsolete() || next->m_mergeKey != m_mergeKey ||
        !m_records.isEmpty() || !next->m_records.isEmpty() ||
        next->eventId() != eventId() || !m_after || !next->m_after)
        return false;
    m_after = next->m_after;
    // Typed and typed back: the step changes nothing, and the stack drops it.
    if (m_before == m_after)
        setObsolete(true);
    return true;
}

} // namespace temaplan::app
