#include "checkedlibraries.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

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

// Beyond rememberedFiles: the files that are gone go first, then those remembered
// longest ago. An entry of the first form (a stamp alone, no path) cannot tell, and goes.
void prune(QSettings &memory)
{
    const QStringList keys = memory.childGroups();
    const QStringList bare = memory.childKeys();
    if (keys.size() + bare.size() <= rememberedFiles)
        return;
    for (const QString &key : std::as_const(bare))
        memory.remove(key);
    QList<std::pair<qint64, QString>> kept;
    for (const QString &key : keys) {
        const QString path = memory.value(key + u"/path"_s).toString();
        if (path.isEmpty() || !QFileInfo::exists(path))
            memory.remove(key);
        else
            kept.append({memory.value(key + u"/remembered"_s).toLongLong(), key});
    }
    if (kept.size() <= rememberedFiles)
        return;
    std::sort(kept.begin(), kept.end());
    for (qsizetype i = 0; i < kept.size() - rememberedFiles; ++i)
        memory.remove(kept.at(i).second);
}

} // namespace

bool wasCheckedBefore(const QString &path)
{
    const QString stamp = stampOf(path);
    if (stamp.isEmpty())
        return false;
    // A QSettings of its own each time: libraries are opened from more than one thread.
    const QSettings memory(memoryFile(), QSettings::IniFormat);
    return memory.value(keyFor(path) + u"/stamp"_s).toString() == stamp;
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
    const QString key = keyFor(path);
    // A library only read (a second, read-only connection) closes as it was: no write.
    if (memory.value(key + u"/stamp"_s).toString() == stamp)
        return;
    memory.setValue(key + u"/stamp"_s, stamp);
    memory.setValue(key + u"/path"_s, QFileInfo(path).absoluteFilePath());
    memory.setValue(key + u"/remembered"_s, QDateTime::currentMSecsSinceEpoch());
    prune(memory);
}

void forgetChecked(const QString &path)
{
    QSettings memory(memoryFile(), QSettings::IniFormat);
    if (memory.childGroups().contains(keyFor(path)))
        memory.remove(keyFor(path));
}

QString checkedLibrariesFile()
{
    return memoryFile();
}

} // namespace temaplan::store
