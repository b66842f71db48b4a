#pragma once

#include "ids.h"

#include <QByteArray>
#include <QString>

namespace temaplan {

enum class OrganisationKind { Network, Municipality, Housing, Research, Other };

// What prints in the footer of every programme page of this organiser's events.
struct Letterhead
{
    QString careOf;   // "c/o KL-huset"
    QString street;   // "Weidekampsgade 10"
    QString postcode; // "2300"
    QString town;     // "København S"
    QString phone;
    QString email;
    QString web;
    QString tagline;  // may hold several lines
    QString colour;   // "#rrggbb"; empty: the house default
    QByteArray logo;  // SVG or PNG bytes; empty: none
    QString logoMimeType;

    bool isEmpty() const
    {
        return careOf.isEmpty() && street.isEmpty() && postcode.isEmpty() && town.isEmpty()
               && phone.isEmpty() && email.isEmpty() && web.isEmpty() && tagline.isEmpty()
               && colour.isEmpty() && logo.isEmpty();
    }
    friend bool operator==(const Letterhead &, const Letterhead &) = default;
};

struct Organisation
{
    Id id;
    QString name;      // "Sund By Netværket", "Gladsaxe Kommune"
    QString shortName; // "KL", "BL"
    OrganisationKind kind = OrganisationKind::Other;
    Letterhead letterhead;

    friend bool operator==(const Organisation &, const Organisation &) = default;
};

} // namespace temaplan
