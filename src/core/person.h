#pragma once

#include "ids.h"

#include <QString>

namespace temaplan {

struct Person
{
    Id id;
    QString name;
    QString title;      // "Sekretariatschef", "projektleder"
    Id organisationId;  // may be null
    QString department; // "Sundhed & Ældre"
    QString phone;
    QString email;

    friend bool operator==(const Person &, const Person &) = default;
};

} // namespace temaplan
