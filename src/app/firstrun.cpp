#include "firstrun.h"

#include "store/demolibrary.h"
#include "store/libraryfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

QString defaultLibraryPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"bibliotek.temaplan"_s);
}

Status createDemoLibrary(const QString &path)
{
    auto created = openLibrary(path, OpenMode::CreateNew);
    if (!created)
        return created.error();
    auto report = importDemo(**created);
    if (!report) {
        created->reset();
        QFile::remove(path);
        return report.error();
    }
    return {};
}

Result<QString> ensureDefaultLibrary()
{
    const QString path = defaultLibraryPath();
    if (QFileInfo::exists(path))
        return path;
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return Error::make(Error::Code::Io, QCoreApplication::translate(
                                                "temaplan::app::FirstRun",
                                                "Kunne ikke oprette mappen %1 til biblioteket.")
                                                .arg(QDir::toNativeSeparators(folder)));
    if (Status made = createDemoLibrary(path); !made)
        return made.error();
    return path;
}

} // namespace temaplan::app
