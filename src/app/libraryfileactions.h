#pragma once

#include "recentfiles.h"

#include "store/libraryfile.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace temaplan::app {

class LibrarySession;

// The File menu's work on library files: new, open (also read-only), the recent list,
// JSON import and export. Every failure is shown in Danish and leaves the library
// that was open before open.
class LibraryFileActions final : public QObject
{
    Q_OBJECT

public:
    // Asks for a file; empty when the user cancels. Replaceable for tests.
    struct FileChooser
    {
        std::function<QString(const QString &caption, const QString &filter)> open;
        std::function<QString(const QString &caption, const QString &suggestedPath,
                              const QString &filter)>
            save;
    };

    LibraryFileActions(LibrarySession *session, QWidget *dialogParent);

    void setFileChooser(FileChooser chooser) { m_choose = std::move(chooser); }

    // Opens `path` as the window's library and remembers it. Shows the error and keeps
    // the open library on failure.
    bool openFile(const QString &path, OpenMode mode = OpenMode::OpenExisting);
    bool importFile(const QString &path);
    bool exportFile(const QString &path);

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *openReadOnlyAction() const { return m_openReadOnly; }
    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    QMenu *recentMenu() const { return m_recentMenu; }

    // Follows the session: editing actions off for a read-only library.
    void updateActions();

Q_SIGNALS:
    void message(const QString &text);

private:
    void newLibrary();
    void open(OpenMode mode);
    void importJson();
    void exportJson();
    void fillRecentMenu();
    QString libraryFilter() const;

    LibrarySession *m_session;
    QWidget *m_parent;
    RecentFiles m_recent;
    FileChooser m_choose;
    QAction *m_new;
    QAction *m_open;
    QAction *m_openReadOnly;
    QAction *m_import;
    QAction *m_export;
    QMenu *m_recentMenu;
};

} // namespace temaplan::app
