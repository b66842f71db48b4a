#pragma once

#include "core/result.h"
#include "store/library.h"
#include "store/libraryfile.h"

#include <QObject>
#include <QString>

#include <memory>

namespace temaplan::app {

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

Q_SIGNALS:
    // Another library was opened, or the open one changed: views read again.
    void libraryChanged();

private:
    std::unique_ptr<Library> m_library;
};

} // namespace temaplan::app
