#pragma once

#include "core/ids.h"

#include <QString>

// How editloop names what it writes, shared with the tests that check what survived:
// edit N is case "Redigering N", or for an import "Import N.k" (k < importBatchCases)
// owned by organisation "Kommune N". Ids are derived from N, so a test can ask for them.
namespace temaplan::edits {

inline constexpr int importBatchCases = 3;

inline Id caseId(int n, int part)
{
    static const QUuid ns = QUuid::fromString(QStringLiteral("7e3c1a52-2f4e-4c7b-9d0a-5b6e8f1c2d3e"));
    return QUuid::createUuidV5(ns, QStringLiteral("case-%1-%2").arg(n).arg(part));
}

inline Id organisationId(int n)
{
    static const QUuid ns = QUuid::fromString(QStringLiteral("7e3c1a52-2f4e-4c7b-9d0a-5b6e8f1c2d3e"));
    return QUuid::createUuidV5(ns, QStringLiteral("organisation-%1").arg(n));
}

inline bool isImport(int n) { return n % 5 == 0; }

inline QString caseTitle(int n, int part)
{
    return isImport(n) ? QStringLiteral("Import %1.%2").arg(n).arg(part) : QStringLiteral("Redigering %1").arg(n);
}

// The edit number in a title written by caseTitle, 0 for any other title.
inline int numberOf(const QString &title)
{
    const qsizetype space = title.indexOf(u' ');
    if (space < 0)
        return 0;
    const qsizetype dot = title.indexOf(u'.', space);
    return title.mid(space + 1, dot < 0 ? -1 : dot - space - 1).toInt();
}

} // namespace temaplan::edits
