#pragma once

namespace temaplan::cli {

// Reads fontconfig's configuration the way every program on the machine sees it
// (fonts.conf with conf.d, $FONTCONFIG_FILE, the user's own files) and makes it the
// current one, before Qt starts fontconfig.
//
// Why: fontconfig's own start-up (FcInit) also parses every optional rule file in
// /usr/share/fontconfig/conf.avail, only to be able to describe them; for a
// temaplan-cli render that was a tenth of the whole process. The rules in force and
// the fonts found are the same either way.
//
// Call it before the QGuiApplication exists, and only where fonts will be used. If the
// configuration cannot be read, it does nothing and fontconfig starts as it always does.
void loadFontConfiguration();

} // namespace temaplan::cli
