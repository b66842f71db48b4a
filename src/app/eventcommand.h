#pragma once

#include "recordchanges.h"

#include "core/event.h"

#include <QUndoCommand>

#include <optional>

namespace temaplan::app {

class LibrarySession;

// What the views should bring into sight after a command ran.
struct EditFocus
{
    Id occurrenceId;
    int slotRow = -1;
};

// Every edit of the window: one event before and after, written to the library by
// redo() and undo(). nullopt on one side creates or deletes the event, so a deleted
// event comes back whole, with its ids. An event is a few kilobytes; two copies cost
// nothing, and no command needs an inverse that could disagree with its forward edit.
// Other records written in the same step (a person made on the spot, a template) ride
// along as RecordChanges; a step about templates only has no event on either side.
class EventCommand final : public QUndoCommand
{
public:
    using Focus = EditFocus;

    EventCommand(LibrarySession *session, std::optional<Event> before,
                 std::optional<Event> after, const QString &text, Focus focus = {},
                 const QString &mergeKey = {});

    void redo() override;
    void undo() override;
    // Typing in one field is one step: commands with the same key on the same event join.
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const std::optional<Event> &before() const { return m_before; }
    const std::optional<Event> &after() const { return m_after; }
    void setRecordChanges(RecordChanges changes) { m_records = std::move(changes); }
    const RecordChanges &recordChanges() const { return m_records; }
    Id eventId() const;
    const Focus &focus() const { return m_focus; }

private:
    void write(bool undoing);

    LibrarySession *m_session;
    std::optional<Event> m_before;
    std::optional<Event> m_after;
    Focus m_focus;
    QString m_mergeKey;
    RecordChanges m_records;
};

} // namespace temaplan::app
