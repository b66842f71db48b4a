#pragma once

#include "agendaslot.h"
#include "event.h"
#include "organisation.h"
#include "venue.h"

#include <QString>

#include <optional>

namespace temaplan {

// Stable names of the enumerations, as stored in the library file and in JSON.
// They never change once released; the Danish display names live in the app.
QString toName(OrganisationKind kind);
QString toName(VenueKind kind);
QString toName(EventKind kind);
QString toName(SlotKind kind);
QString toName(SpeakerRole role);

std::optional<OrganisationKind> organisationKindFromName(const QString &name);
std::optional<VenueKind> venueKindFromName(const QString &name);
std::optional<EventKind> eventKindFromName(const QString &name);
std::optional<SlotKind> slotKindFromName(const QString &name);
std::optional<SpeakerRole> speakerRoleFromName(const QString &name);

} // namespace temaplan
