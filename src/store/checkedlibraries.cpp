#include "checkedlibraries.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::store {

namespace {

QString memoryFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
           u"/temaplan/checked-libraries.ini"_s;
}

// The file's absolute path as a key: QSettings reads slashes in keys as groups.
QString keyFor(const QString &path)
{
    const QFileInfo info(path);
    const QString absolute =
        info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    return u"file-"_s +
           QString::fromLatin1(
               QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha1).toHex());
}

// Size, modification time and header of the file; empty when it cannot be read or a
// journal beside it says a change may be half done.
QString stampOf(const QString &path)
{
    if (QFile::exists(path + u"-journal"_s) || QFile::exists(path + u"-wal"_s))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray header = file.read(100);
    if (header.size() < 100)
        return {};
    const QFileInfo info(path);
    return u"%1 %2 %3"_s.arg(info.size())
        .arg(info.lastModified().toMSecsSinceEpoch())
        .arg(QString::fromLatin1(header.toHex()));
}

} // namespace

bool wasCheckedBefore(const QString &path)
{
    const QString stamp = stampOf(path);
    if (stamp.isEmpty())
        return false;
    // A QSettings of its own each time: libraries are opened from more than one thread.
    const QSettings memory(memoryFile(), QSettings::IniFormat);
    return memory.value(keyFor(path)).toString() == stamp;
}

void rememberChecked(const QString &path)
{
    const QString stamp = stampOf(path);
    if (stamp.isEmpty()) {
        forgetChecked(path);
        return;
    }
    QDir().mkpath(QFileInfo(memoryFile()).absolutePath());
    QSettings memory(memoryFile(), QSettings::IniFormat);
    // A library only read (a second, read-only connection) closes as it was: no write.
    if (memory.value(keyFor(path)).toString() != stamp)
        memory.setValue(keyFor(path), stamp);
}

void forgetChecked(const QString &path)
{
    QSettings memory(memoryFile(), QSettings::IniFormat);
    if (memory.contains(keyFor(path)))
        memory.remove(keyFor(path));
}

} // namespace temaplan::store
