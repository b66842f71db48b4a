#pragma once

#include "store/casemerge.h"

#include <QUndoCommand>

#include <functional>

namespace temaplan::app {

class LibrarySession;

// Merging two cases as one step of the case library's undo history. It holds both
// cases and the events as they were, so undo puts back exactly what was there.
class CaseMergeCommand final : public QUndoCommand
{
public:
    using Failed = std::function<void(const Error &)>;

    CaseMergeCommand(LibrarySession *session, CaseMerge merge, Failed failed);

    void redo() override;
    void undo() override;

    const CaseMerge &merge() const { return m_merge; }

private:
    void run(const std::function<Status(Library &)> &work);

    LibrarySession *m_session;
    // The library merged in, by address and file: another one opened makes this obsolete
    // (a new library may be given the address of the closed one).
    Library *m_library;
    QString m_location;
    CaseMerge m_merge;
    Failed m_failed;
};

} // namespace temaplan::app
