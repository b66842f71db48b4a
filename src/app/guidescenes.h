#pragma once

#include "core/result.h"

#include <QStringList>

namespace temaplan::app {

class MainWindow;

// The states of the window the user guide shows, each reachable from the command line
// (`temaplan --scene NAME --screenshot FIL.png`), so that scripts/screenshots can take
// the guide's pictures again after the window changed.
QStringList guideSceneNames();

// Brings the window on the demo library into the named state: a room, an event and a
// slot chosen, a slot inserted, a menu or a dialog open. Runs once the window is on
// screen (menus and dialogs need that). An unknown name or a demo record that is not
// there is an error.
Status prepareGuideScene(MainWindow &window, const QString &scene);

} // namespace temaplan::app
