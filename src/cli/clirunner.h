#pragma once

#include <QStringList>
#include <QTextStream>

namespace temaplan::cli {

// Runs temaplan-cli with the full argument list (program name first). Returns the
// process exit code; prints results to `out` and errors to `err`.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace temaplan::cli
