#include "libraryfileactions.h"

#include "errormessage.h"
#include "librarysession.h"

#include "store/libraryexchange.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

LibraryFileActions::LibraryFileActions(LibrarySession *session, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_parent(dialogParent)
    , m_new(new QAction(tr("&Nyt bibliotek…"), this))
    , m_open(new QAction(tr("&Åbn bibliotek…"), this))
    , m_openReadOnly(new QAction(tr("Åbn &skrivebeskyttet…"), this))
    , m_import(new QAction(tr("&Importér JSON…"), this))
    , m_export(new QAction(tr("&Eksportér JSON…"), this))
    , m_recentMenu(new QMenu(tr("Seneste &biblioteker"), dialogParent))
{
    m_choose.open = [dialogParent](const QString &caption, const QString &filter) {
        return QFileDialog::getOpenFileName(dialogParent, caption, {}, filter);
    };
    m_choose.save = [dialogParent](const QString &caption, const QString &suggested,
                                   const QString &filter) {
        // The store refuses to create over an existing file, and says so in Danish.
        return QFileDialog::getSaveFileName(dialogParent, caption, suggested, filter, nullptr,
                                            QFileDialog::DontConfirmOverwrite);
    };
    m_new->setShortcut(QKeySequence::New);
    m_open->setShortcut(QKeySequence::Open);
    m_new->setObjectName(u"newLibrary"_s);
    m_open->setObjectName(u"openLibrary"_s);
    m_openReadOnly->setObjectName(u"openLibraryReadOnly"_s);
    m_import->setObjectName(u"importJson"_s);
    m_export->setObjectName(u"exportJson"_s);
    m_openReadOnly->setToolTip(tr("Åbn et bibliotek til gennemsyn uden at kunne ændre det"));
    m_import->setToolTip(tr("Flet arrangementer og cases fra en JSON-fil ind i biblioteket"));
    m_export->setToolTip(tr("Gem hele biblioteket som JSON"));

    connect(m_new, &QAction::triggered, this, &LibraryFileActions::newLibrary);
    connect(m_open, &QAction::triggered, this, [this] { open(OpenMode::OpenExisting); });
    connect(m_openReadOnly, &QAction::triggered, this, [this] { open(OpenMode::ReadOnly); });
    connect(m_import, &QAction::triggered, this, &LibraryFileActions::importJson);
    connect(m_export, &QAction::triggered, this, &LibraryFileActions::exportJson);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &LibraryFileActions::fillRecentMenu);
    updateActions();
}

QString LibraryFileActions::libraryFilter() const
{
    return tr("Temaplan-biblioteker (*.temaplan);;Alle filer (*)");
}

void LibraryFileActions::updateActions()
{
    const bool open = m_session->hasLibrary();
    m_import->setEnabled(open && !m_session->isReadOnly());
    m_export->setEnabled(open);
}

bool LibraryFileActions::openFile(const QString &path, OpenMode mode)
{
    const Status opened = m_session->open(path, mode);
    if (!opened) {
        showError(m_parent, tr("Biblioteket blev ikke åbnet"), opened.error());
        return false;
    }
    m_recent.add(path);
    updateActions();
    Q_EMIT message(tr("Åbnede %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void LibraryFileActions::newLibrary()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("bibliotek.temaplan"));
    QString path = m_choose.save(tr("Nyt bibliotek"), suggested, libraryFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".temaplan"_s;
    openFile(path, OpenMode::CreateNew);
}

void LibraryFileActions::open(OpenMode mode)
{
    const QString caption =
        mode == OpenMode::ReadOnly ? tr("Åbn bibliotek skrivebeskyttet") : tr("Åbn bibliotek");
    const QString path = m_choose.open(caption, libraryFilter());
    if (!path.isEmpty())
        openFile(path, mode);
}

bool LibraryFileActions::importFile(const QString &path)
{
    Library *library = m_session->library();
    if (!library)
        return false;
    auto report = importJsonFile(*library, path);
    if (!report) {
        showError(m_parent, tr("Intet blev importeret"), report.error());
        return false;
    }
    m_session->notifyContentsChanged();
    Q_EMIT message(tr("Importerede %1: %2 nye, %3 ændrede, %4 uændrede poster")
                       .arg(QFileInfo(path).fileName())
                       .arg(report->added)
                       .arg(report->updated)
                       .arg(report->unchanged));
    return true;
}

bool LibraryFileActions::exportFile(const QString &path)
{
    Library *library = m_session->library();
    if (!library)
        return false;
    const Status written = exportJsonFile(*library, path);
    if (!written) {
        showError(m_parent, tr("Biblioteket blev ikke eksporteret"), written.error());
        return false;
    }
    Q_EMIT message(tr("Gemte biblioteket som %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void LibraryFileActions::importJson()
{
    const QString path =
        m_choose.open(tr("Importér JSON"), tr("JSON-filer (*.json);;Alle filer (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void LibraryFileActions::exportJson()
{
    const QString base = QFileInfo(m_session->fileName()).completeBaseName();
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath((base.isEmpty() ? tr("bibliotek") : base) + u".json"_s);
    const QString path = m_choose.save(tr("Eksportér JSON"), suggested, tr("JSON-filer (*.json)"));
    if (!path.isEmpty())
        exportFile(path);
}

void LibraryFileActions::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recent.files();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        QAction *action =
            m_recentMenu->addAction(u"&%1 %2"_s.arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("(ingen)"))->setEnabled(false);
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("Ryd listen")), &QAction::triggered, this,
            [this] { m_recent.clear(); });
}

} // namespace temaplan::app
