#include "recordcommand.h"

#include "librarysession.h"

namespace temaplan::app {

namespace {

// Not EventCommand's: an event's typing never joins a person's.
constexpr int mergingCommandId = 0x7e02;

} // namespace

RecordCommand::RecordCommand(LibrarySession *session, const QString &text, const QString &mergeKey)
    : QUndoCommand(text)
    , m_session(session)
    , m_mergeKey(mergeKey)
{}

void RecordCommand::redo()
{
    run(false);
}

void RecordCommand::undo()
{
    run(true);
}

void RecordCommand::run(bool undoing)
{
    const bool written = m_session->writeRecord(this, undoing);
    // A command that could not be written on its first run never enters the stack.
    if (!written && m_session->isPushing())
        setObsolete(true);
}

int RecordCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : mergingCommandId;
}

} // namespace temaplan::app
