#include "librarysession.h"

#include "eventcommand.h"
#include "recordcommand.h"

#include <QFileInfo>
#include <QUndoStack>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

LibrarySession::LibrarySession(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::indexChanged, this, &LibrarySession::indexChanged);
}

LibrarySession::~LibrarySession()
{
    // The stack outlives the library by a moment; its goodbye must not reach the views.
    m_undoStack->blockSignals(true);
}

Status LibrarySession::open(const QString &path, OpenMode mode)
{
    auto opened = openLibrary(path, mode);
    if (!opened)
        return opened.error();
    adopt(std::move(opened).value());
    return {};
}

void LibrarySession::adopt(std::unique_ptr<Library> library)
{
    // The history speaks of the records of the library that was open.
    m_undoStack->clear();
    m_writtenIndex = 0;
    m_library = std::move(library);
    Q_EMIT libraryChanged();
}

bool LibrarySession::isReadOnly() const
{
    return m_library && m_library->isReadOnly();
}

QString LibrarySession::path() const
{
    if (!m_library || m_library->location() == u":memory:"_s)
        return {};
    return m_library->location();
}

QString LibrarySession::fileName() const
{
    if (!m_library)
        return {};
    const QString p = path();
    return p.isEmpty() ? tr("bibliotek i hukommelsen") : QFileInfo(p).fileName();
}

void LibrarySession::notifyContentsChanged()
{
    // An import wrote records the commands do not know of; undoing across it could
    // bring back an event the import replaced.
    m_undoStack->clear();
    m_writtenIndex = 0;
    Q_EMIT libraryChanged();
}

bool LibrarySession::push(QUndoCommand *command)
{
    if (!m_library || m_library->isReadOnly()) {
        delete command;
        Q_EMIT writeFailed(Error::make(
            Error::Code::ReadOnly,
            tr("Biblioteket er åbnet skrivebeskyttet, så ændringen blev ikke gemt.")));
        return false;
    }
    m_failure.reset();
    m_pushing = true;
    m_undoStack->push(command); // deletes the command if its first write failed
    m_pushing = false;
    if (m_failure) {
        const Error error = *std::exchange(m_failure, std::nullopt);
        Q_EMIT writeFailed(error);
        return false;
    }
    m_writtenIndex = m_undoStack->index();
    return true;
}

bool LibrarySession::writeEvent(const EventCommand *command, bool undoing)
{
    const std::optional<Event> &target = undoing ? command->before() : command->after();
    const Id eventId = command->eventId();
    const bool written = write(command, undoing, [&](Library &library) -> Status {
        const RecordChanges &records = command->recordChanges();
        if (Status s = saveRecords(library, records, undoing); !s)
            return s;
        if (!eventId.isNull()) {
            Status s = target ? library.events().save(*target) : library.events().remove(eventId);
            if (!s)
                return s;
        }
        return removeRecords(library, records, undoing);
    });
    if (!written)
        return false;
    if (!command->recordChanges().isEmpty())
        Q_EMIT recordsWritten();
    if (!eventId.isNull())
        Q_EMIT eventWritten(eventId, command->focus().occurrenceId, command->focus().slotRow);
    return true;
}

bool LibrarySession::writeRecord(const RecordCommand *command, bool undoing)
{
    const bool written = write(command, undoing, [&](Library &library) {
        return command->write(library, undoing);
    });
    if (written)
        Q_EMIT recordWritten(command->kind(), command->recordId());
    return written;
}

bool LibrarySession::write(const QUndoCommand *command, bool undoing,
                           const std::function<Status(Library &)> &work)
{
    if (m_replaying)
        return true;
    // Once a step of an undo or redo failed, the steps after it would build on a
    // state the file does not have.
    if (m_failure)
        return false;
    Status status;
    if (!m_library)
        status = Error::make(Error::Code::Generic, tr("Intet bibliotek er åbent."));
    else if (m_library->isReadOnly())
        status = Error::make(
            Error::Code::ReadOnly,
            tr("Biblioteket er åbnet skrivebeskyttet, så ændringen blev ikke gemt."));
    else
        status = m_library->transaction([&] { return work(*m_library); });
    if (!status) {
        m_failure = status.error();
        return false;
    }
    if (!m_pushing) {
        const int position = positionOf(command);
        m_writtenIndex = undoing ? position : position + 1;
    }
    return true;
}

int LibrarySession::positionOf(const QUndoCommand *command) const
{
    for (int i = 0; i < m_undoStack->count(); ++i)
        if (m_undoStack->command(i) == command)
            return i;
    return m_undoStack->index();
}

void LibrarySession::indexChanged(int index)
{
    if (m_replaying || m_pushing)
        return;
    if (!m_failure) {
        m_writtenIndex = index;
        return;
    }
    const Error error = *std::exchange(m_failure, std::nullopt);
    // Walk the stack back to what the file holds, without writing: "Fortryd" then
    // offers the same step again, which is the truth.
    if (index != m_writtenIndex) {
        m_replaying = true;
        m_undoStack->setIndex(m_writtenIndex);
        m_replaying = false;
    }
    Q_EMIT writeFailed(error);
}

} // namespace temaplan::app
