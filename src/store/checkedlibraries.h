#pragma once

#include <QString>

namespace temaplan::store {

// Which library files passed SQLite's full page check and were since changed only by
// Temaplan's own transactions and closed properly. Opening such a file again skips
// the check (it reads every page: most of a second at 50 000 cases). See
// docs/library-file.md for why that is safe.
//
// What is remembered, per file: its size, its modification time and the first 100
// bytes of its header, which hold SQLite's change counter (one more at every commit),
// the page count and the schema cookie. Anything that changes the file otherwise — a
// copy, a cut, a program writing into it — changes one of them, and the file is
// checked again. Kept in the user's cache folder: losing it costs one check.
//
// The memory keeps at most rememberedFiles files: past that, the files that are gone
// are forgotten first, then those remembered longest ago, so it does not grow with
// every file ever opened.
inline constexpr int rememberedFiles = 100;

// True if the file is as it was when last remembered, and no journal is beside it.
bool wasCheckedBefore(const QString &path);

// Remembers the file as it is now (after a passed check, or when closing a library
// that was checked when it was opened). Does nothing while a journal is beside it.
void rememberChecked(const QString &path);

// Forgets the file: the next opening checks it.
void forgetChecked(const QString &path);

// Where the memory is kept (an INI file in the user's cache folder).
QString checkedLibrariesFile();

} // namespace temaplan::store
