#pragma once

#include <QString>
#include <QUuid>

namespace temaplan {

// Every entity has a UUID so that libraries can exchange and merge records by id.
using Id = QUuid;

inline Id newId() { return QUuid::createUuid(); }
inline QString idToString(const Id &id) { return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces); }
inline Id idFromString(const QString &s) { return QUuid::fromString(s); }

} // namespace temaplan
