#pragma once

#include <QString>
#include <QStringList>

namespace temaplan::app {

// The libraries opened lately, newest first, kept in QSettings. The first one is the
// library the program opens at start.
class RecentFiles final
{
public:
    static constexpr int maxCount = 8;

    QStringList files() const; // only those that still exist
    QString last() const;      // the remembered library, or empty
    void add(const QString &path);
    void remove(const QString &path);
    void clear();
};

} // namespace temaplan::app
