#pragma once

#include "ids.h"

#include <QString>

namespace temaplan {

// "i KL-huset, København", "online", or "i Aarhus, mødested oplyses snarest":
// a town may be known before the place is.
enum class VenueKind { Address, Online, ToBeAnnounced };

struct Venue
{
    Id id;
    VenueKind kind = VenueKind::Address;
    QString name;   // "KL-huset", "Gladsaxe Rådhus"
    QString street;
    QString postcode;
    QString town;   // also the place name of the date line: "Den 6. december i Gladsaxe"
    QString url;    // online meeting link

    friend bool operator==(const Venue &, const Venue &) = default;
};

} // namespace temaplan
