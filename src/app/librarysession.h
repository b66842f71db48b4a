#pragma once

#include "core/references.h"
#include "core/result.h"
#include "store/library.h"
#include "store/libraryfile.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QUndoCommand;
class QUndoStack;

namespace temaplan::app {

class EventCommand;
class RecordCommand;

// The one open library of the window. Views hold no Library of their own: they ask the
// session and refresh on libraryChanged, so opening another file reaches every view.
// A failed open leaves the library that was open before in place.
class LibrarySession final : public QObject
{
    Q_OBJECT

public:
    explicit LibrarySession(QObject *parent = nullptr);
    ~LibrarySession() override;

    Status open(const QString &path, OpenMode mode = OpenMode::OpenExisting);
    // An already opened library (tests, a library in memory).
    void adopt(std::unique_ptr<Library> library);

    Library *library() const { return m_library.get(); }
    bool hasLibrary() const { return m_library != nullptr; }
    bool isReadOnly() const;
    QString path() const;     // empty for a library in memory
    QString fileName() const; // what the title bar shows

    // Tells the views that the open library's records changed (after an import).
    void notifyContentsChanged();

    // Every edit of the open library, undoable. There is no "Save": each command writes
    // when it is pushed, undone or redone. Opening another library clears the history.
    QUndoStack *undoStack() const { return m_undoStack; }
    // Runs the command and keeps it; false (and writeFailed) when it could not be
    // written, in which case the stack does not hold it.
    bool push(QUndoCommand *command);

    // For EventCommand: writes its state (before when undoing) in one transaction.
    // During a replay that restores the stack after a failure, nothing is written.
    bool writeEvent(const EventCommand *command, bool undoing);
    // The same for a person, organisation, theme group or series.
    bool writeRecord(const RecordCommand *command, bool undoing);
    bool isPushing() const { return m_pushing; }

Q_SIGNALS:
    // Another library was opened, or the open one changed: views read again.
    void libraryChanged();
    // An event was written (or removed) by an edit, its undo or redo. The views show it,
    // at the occurrence and slot row the edit was about.
    void eventWritten(const temaplan::Id &eventId, const temaplan::Id &occurrenceId,
                      int slotRow);
    // People, cases or templates were written by an edit, its undo or redo (before the
    // event of the same step, if any, is announced): lists of them read again.
    void recordsWritten();
    // A person, organisation, theme group or series was written (or removed) by an
    // edit, its undo or redo.
    void recordWritten(temaplan::RecordKind kind, const temaplan::Id &id);
    // An edit, undo or redo could not be written; the stack is back at what the file holds.
    void writeFailed(const temaplan::Error &error);

private:
    void indexChanged(int index);
    int positionOf(const QUndoCommand *command) const;
    // The common part of writeEvent and writeRecord: `work` in one transaction, the
    // failure kept for the stack to be walked back.
    bool write(const QUndoCommand *command, bool undoing, const std::function<Status(Library &)> &work);

    std::unique_ptr<Library> m_library;
    QUndoStack *m_undoStack;
    std::optional<Error> m_failure;
    // The stack index whose state the file holds; differs from the stack's own only
    // while a failed undo or redo is being taken back.
    int m_writtenIndex = 0;
    bool m_pushing = false;
    bool m_replaying = false;
};

} // namespace temaplan::app
