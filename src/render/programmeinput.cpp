#include "programmeinput.h"

namespace temaplan::render {

const Occurrence &ProgrammeInput::occurrence() const
{
    static const Occurrence none;
    for (const Occurrence &o : event.occurrences) {
        if (occurrenceId.isNull() || o.id == occurrenceId)
            return o;
    }
    return none;
}

QList<Organisation> ProgrammeInput::organisers() const
{
    QList<Organisation> result;
    for (const Id &id : event.organiserIds) {
        if (auto org = lookups.organisation(id))
            result << *org;
    }
    return result;
}

QColor ProgrammeInput::accentColour() const
{
    const QList<Organisation> orgs = organisers();
    if (!orgs.isEmpty()) {
        const QColor c = QColor::fromString(orgs.first().letterhead.colour);
        if (c.isValid())
            return c;
    }
    return QColor::fromRgb(houseColour);
}

} // namespace temaplan::render
