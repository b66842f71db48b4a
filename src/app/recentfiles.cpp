#include "recentfiles.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

namespace {

const QString key = u"recentLibraries"_s;

// Settings in <config>/<application>/temaplan.conf: the program sets no organisation,
// and Qt would otherwise file them under "Unknown Organization".
QStringList stored()
{
    return QSettings(QCoreApplication::applicationName(), u"temaplan"_s).value(key).toStringList();
}

void store(const QStringList &files)
{
    QSettings(QCoreApplication::applicationName(), u"temaplan"_s).setValue(key, files);
}

} // namespace

QStringList RecentFiles::files() const
{
    QStringList existing;
    for (const QString &f : stored())
        if (QFileInfo::exists(f))
            existing << f;
    return existing;
}

QString RecentFiles::last() const
{
    const QStringList f = stored();
    return f.isEmpty() ? QString() : f.first();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList f = stored();
    f.removeAll(absolute);
    f.prepend(absolute);
    store(f.mid(0, maxCount));
}

void RecentFiles::remove(const QString &path)
{
    QStringList f = stored();
    f.removeAll(QFileInfo(path).absoluteFilePath());
    store(f);
}

void RecentFiles::clear()
{
    store({});
}

} // namespace temaplan::app
