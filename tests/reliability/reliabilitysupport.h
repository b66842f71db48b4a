#pragma once

#include "store/library.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace temaplan::reliability {

QByteArray fileHash(const QString &path);
QByteArray readAll(const QString &path);
void writeAll(const QString &path, const QByteArray &bytes);

// The run's seed: TEMAPLAN_RELIABILITY_SEED when set, else a fresh one. Printed by the
// caller so that a failure can be repeated.
std::uint32_t seedFor(const char *what);

// A real library file of a generated library, imported the way a user's file is made.
QString makeGeneratedLibrary(const QString &dir, const QString &name, int cases, int events);

} // namespace temaplan::reliability
