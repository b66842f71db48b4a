#include "fontconfiguration.h"

#include <fontconfig/fontconfig.h>

namespace temaplan::cli {

namespace {

// FcInit falls back to a cache folder of its own when the configuration names none;
// without one, every font would be opened and read at each start.
bool namesACacheFolder(FcConfig *config)
{
    FcStrList *dirs = FcConfigGetCacheDirs(config);
    if (!dirs)
        return false;
    const bool any = FcStrListNext(dirs) != nullptr;
    FcStrListDone(dirs);
    return any;
}

} // namespace

void loadFontConfiguration()
{
    FcConfig *config = FcConfigCreate();
    if (!config)
        return;
    // Null: $FONTCONFIG_FILE if set, else the system's fonts.conf, as FcInit reads it.
    if (FcConfigParseAndLoad(config, nullptr, FcTrue) && namesACacheFolder(config) &&
        FcConfigBuildFonts(config))
        FcConfigSetCurrent(config); // takes a reference of its own
    FcConfigDestroy(config);
}

} // namespace temaplan::cli
