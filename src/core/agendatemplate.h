#pragma once

#include "agendaslot.h"
#include "ids.h"

#include <QString>
#include <QTime>

namespace temaplan {

// A programme kept to start new events from ("Temagruppemøde, formiddag"): an agenda
// with its times, kinds, titles, descriptions, speakers and cases, under a name. A
// record of the library like the others, so it is backed up and exchanged with it;
// its speakers and cases are references, kept honest like an event's.
struct AgendaTemplate
{
    Id id;
    QString name;
    QTime start; // the day's start and end, as the occurrence had them; optional
    QTime end;
    Agenda agenda; // slot ids are the template's own, never an event's

    friend bool operator==(const AgendaTemplate &, const AgendaTemplate &) = default;
};

} // namespace temaplan
