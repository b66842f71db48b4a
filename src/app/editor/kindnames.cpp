#include "kindnames.h"

#include <QCoreApplication>

namespace temaplan {

QString displayName(SlotKind kind)
{
    switch (kind) {
    case SlotKind::Session:
        return QCoreApplication::translate("KindNames", "Oplæg");
    case SlotKind::Welcome:
        return QCoreApplication::translate("KindNames", "Velkomst");
    case SlotKind::Break:
        return QCoreApplication::translate("KindNames", "Pause");
    case SlotKind::Meal:
        return QCoreApplication::translate("KindNames", "Forplejning");
    case SlotKind::Panel:
        return QCoreApplication::translate("KindNames", "Panel");
    case SlotKind::Closing:
        return QCoreApplication::translate("KindNames", "Afrunding");
    }
    return {};
}

QString displayName(SpeakerRole role)
{
    switch (role) {
    case SpeakerRole::Speaker:
        return QCoreApplication::translate("KindNames", "Oplægsholder");
    case SpeakerRole::Moderator:
        return QCoreApplication::translate("KindNames", "Ordstyrer");
    case SpeakerRole::Facilitator:
        return QCoreApplication::translate("KindNames", "Facilitator");
    case SpeakerRole::Panelist:
        return QCoreApplication::translate("KindNames", "Paneldeltager");
    }
    return {};
}

QList<SlotKind> allSlotKinds()
{
    return {SlotKind::Session, SlotKind::Welcome, SlotKind::Break,
            SlotKind::Meal,    SlotKind::Panel,   SlotKind::Closing};
}

QList<SpeakerRole> allSpeakerRoles()
{
    return {SpeakerRole::Speaker, SpeakerRole::Moderator, SpeakerRole::Facilitator,
            SpeakerRole::Panelist};
}

} // namespace temaplan
