#pragma once

#include "core/agendaslot.h"

#include <QList>
#include <QString>

namespace temaplan {

// The Danish names a coordinator sees; the stable names for files live in core/kinds.h.
QString displayName(SlotKind kind);
QString displayName(SpeakerRole role);

// In the order the choosers offer them.
QList<SlotKind> allSlotKinds();
QList<SpeakerRole> allSpeakerRoles();

} // namespace temaplan
