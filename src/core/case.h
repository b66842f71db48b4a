#pragma once

#include "description.h"
#include "documentlink.h"
#include "ids.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace temaplan {

// A municipal story presented at events: the secretariat's memory.
struct Case
{
    Id id;
    QString title;   // "Social balance"
    Id ownerId;      // organisation, may be null
    Description summary;
    QStringList themes;
    DocumentLinks links;     // "Link til casen" targets; the first is the main one
    DocumentLinks documents;
    int startYear = 0;       // 0: not known
    int endYear = 0;
    Id contactId;            // person, may be null

    friend bool operator==(const Case &, const Case &) = default;
};

} // namespace temaplan
