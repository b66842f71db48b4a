#pragma once

#include <QByteArray>
#include <QString>

namespace temaplan::reliability {

// Feeds one file's bytes through the JSON reader and, when they parse, imports them
// into an in-memory library holding a small generated library. Returns an empty string
// when the import kept its promise (all or nothing, a sound library after success),
// otherwise what went wrong. Shared by the fuzzer and the regression test so both
// exercise exactly the same path.
QString checkImportOf(const QByteArray &bytes);

} // namespace temaplan::reliability
