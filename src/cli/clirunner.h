#pragma once

#include <QStringList>
#include <QTextStream>

namespace temaplan::cli {

// Runs temaplan-cli with the full argument list (program name first). Returns the
// process exit code; prints results to `out` and errors to `err`.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

// True if the command named in the full argument list lays text out with fonts, so
// the process should prepare them (main.cpp) before Qt starts.
bool commandUsesFonts(const QStringList &arguments);

} // namespace temaplan::cli
