#include "librarysession.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

LibrarySession::LibrarySession(QObject *parent)
    : QObject(parent)
{}

LibrarySession::~LibrarySession() = default;

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
    Q_EMIT libraryChanged();
}

} // namespace temaplan::app
