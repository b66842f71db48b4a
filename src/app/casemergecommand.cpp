#include "casemergecommand.h"

#include "librarysession.h"

#include <QCoreApplication>

namespace temaplan::app {

CaseMergeCommand::CaseMergeCommand(LibrarySession *session, CaseMerge merge, Failed failed)
    : m_session(session)
    , m_library(session->library())
    , m_location(m_library ? m_library->location() : QString())
    , m_merge(std::move(merge))
    , m_failed(std::move(failed))
{
    setText(QCoreApplication::translate("CaseMergeCommand", "flet «%1» ind i «%2»")
                .arg(m_merge.removed.title, m_merge.keptBefore.title));
}

void CaseMergeCommand::redo()
{
    run([this](Library &library) { return applyCaseMerge(library, m_merge); });
}

void CaseMergeCommand::undo()
{
    run([this](Library &library) { return undoCaseMerge(library, m_merge); });
}

void CaseMergeCommand::run(const std::function<Status(Library &)> &work)
{
    Library *library = m_session->library();
    if (!library || library != m_library || library->location() != m_location) {
        setObsolete(true);
        return;
    }
    if (Status s = work(*library); !s) {
        // Nothing was written (one transaction); the step leaves the history.
        setObsolete(true);
        if (m_failed)
            m_failed(s.error());
        return;
    }
    m_session->notifyContentsChanged();
}

} // namespace temaplan::app
