#include "jsonreading.h"

#include <QRegularExpression>

#include "kinds.h"

using namespace Qt::Literals::StringLiterals;

namespace temaplan::json {

namespace detail {

Organisation readOrganisation(const Json &json, const std::string &pointer)
{
    ObjectReader r(json, pointer);
    Organisation o;
    o.id = r.id("id", true);
    o.name = r.text("name", true);
    o.shortName = r.text("shortName");
    o.kind = r.enumeration("kind", organisationKindFromName, OrganisationKind::Other);
    if (const Json *l = r.find("letterhead")) {
        ObjectReader lr(*l, r.at("letterhead"));
        Letterhead &h = o.letterhead;
        h.careOf = lr.text("careOf");
        h.street = lr.text("street");
        h.postcode = lr.text("postcode");
        h.town = lr.text("town");
        h.phone = lr.text("phone");
        h.email = lr.text("email");
        h.web = lr.text("web");
        h.tagline = lr.text("tagline");
        h.colour = lr.text("colour");
        static const QRegularExpression colourRe(u"^#[0-9a-fA-F]{6}$"_s);
        if (!h.colour.isEmpty() && !colourRe.match(h.colour).hasMatch())
            ObjectReader::fail(lr.at("colour"),
                               LibraryJson::tr("\"%1\" er ikke en farve (#rrggbb)").arg(h.colour));
        const QString logo = lr.text("logo");
        if (!logo.isEmpty()) {
            const auto decoded = QByteArray::fromBase64Encoding(logo.toLatin1(),
                                                                QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                ObjectReader::fail(lr.at("logo"), LibraryJson::tr("logoet er ikke gyldig base64"));
            h.logo = *decoded;
        }
        h.logoMimeType = lr.text("logoMimeType");
        lr.finish();
    }
    r.finish();
    return o;
}

Person readPerson(const Json &json, const std::string &pointer)
{
    ObjectReader r(json, pointer);
    Person p;
    p.id = r.id("id", true);
    p.name = r.text("name", true);
    p.title = r.text("title");
    p.organisationId = r.id("organisation");
    p.department = r.text("department");
    p.phone = r.text("phone");
    p.email = r.text("email");
    r.finish();
    return p;
}

Venue readVenue(const Json &json, const std::string &pointer)
{
    ObjectReader r(json, pointer);
    Venue v;
    v.id = r.id("id", true);
    v.kind = r.enumeration("kind", venueKindFromName, VenueKind::Address);
    v.name = r.text("name");
    v.street = r.text("street");
    v.postcode = r.text("postcode");
    v.town = r.text("town");
    v.url = r.text("url");
    r.finish();
    return v;
}

ThemeGroup readThemeGroup(const Json &json, const std::string &pointer)
{
    ObjectReader r(json, pointer);
    ThemeGroup g;
    g.id = r.id("id", true);
    g.name = r.text("name", true);
    r.each("formerNames", [&](const Json &j, const std::string &p) {
        ObjectReader fr(j, p);
        FormerName f;
        f.name = fr.text("name", true);
        f.until = fr.date("until");
        fr.finish();
        g.formerNames.append(f);
    });
    g.organiserId = r.id("organiser");
    g.background = r.description("background");
    g.purpose = r.description("purpose");
    g.audience = r.description("audience");
    g.focus = r.description("focus");
    g.meetingRhythm = r.text("meetingRhythm");
    g.contactIds = r.ids("contacts");
    g.documents = r.links("documents");
    r.finish();
    return g;
}

EventSeries readSeries(const Json &json, const std::string &pointer)
{
    ObjectReader r(json, pointer);
    EventSeries s;
    s.id = r.id("id", true);
    s.title = r.text("title", true);
    s.subtitle = r.text("subtitle");
    s.description = r.description("description");
    s.practicalNote = r.text("practicalNote");
    s.organiserIds = r.ids("organisers");
    s.facilitatorIds = r.ids("facilitators");
    s.contactIds = r.ids("contacts");
    r.finish();
    return s;
}

Case readCase(const Json &json, const std::string &pointer)
{
    ObjectReader r(json, pointer);
    Case c;
    c.id = r.id("id", true);
    c.title = r.text("title", true);
    c.ownerId = r.id("owner");
    c.summary = r.description("summary");
    c.themes = r.texts("themes");
    c.links = r.links("links");
    c.documents = r.links("documents");
    c.startYear = r.number("startYear", 1900, 2200);
    c.endYear = r.number("endYear", 1900, 2200);
    c.contactId = r.id("contact");
    r.finish();
    if (c.startYear && c.endYear && c.endYear < c.startYear)
        ObjectReader::fail(r.at("endYear"), LibraryJson::tr("slutåret ligger før startåret"));
    return c;
}

AgendaSlot readSlot(const Json &json, const std::string &pointer)
{
    ObjectReader r(json, pointer);
    AgendaSlot s;
    s.id = r.id("id", true);
    s.start = r.time("start");
    s.end = r.time("end");
    s.kind = r.enumeration("kind", slotKindFromName, SlotKind::Session);
    s.title = r.text("title");
    s.description = r.description("description");
    r.each("speakers", [&](const Json &j, const std::string &p) {
        ObjectReader sr(j, p);
        SlotSpeaker sp;
        sp.personId = sr.id("person", true);
        sp.role = sr.enumeration("role", speakerRoleFromName, SpeakerRole::Speaker);
        sp.roleText = sr.text("roleText");
        sr.finish();
        s.speakers.append(sp);
    });
    s.caseIds = r.ids("cases");
    s.fixedTime = r.flag("fixedTime");
    s.sharesRowWithPrevious = r.flag("sharesRowWithPrevious");
    r.finish();
    // A programme may list its points without times (a theme day's report does).
    if (s.start.isValid() && s.end.isValid() && s.end < s.start)
        ObjectReader::fail(r.at("end"),
                           LibraryJson::tr("sluttidspunktet ligger før starttidspunktet"));
    return s;
}

Agenda readAgenda(ObjectReader &r, const char *key)
{
    Agenda agenda;
    r.each(key, [&](const Json &j, const std::string &p) {
        const AgendaSlot slot = readSlot(j, p);
        // Writing it would have taken a row that is not there; guessing one would print
        // a programme nobody wrote.
        if (agenda.isEmpty() && slot.sharesRowWithPrevious)
            ObjectReader::fail(
                childPointer(p, "sharesRowWithPrevious"),
                LibraryJson::tr("det første programpunkt har intet punkt før sig at dele række med"));
        agenda.append(slot);
    });
    return agenda;
}

Occurrence readOccurrence(const Json &json, const std::string &pointer)
{
    ObjectReader r(json, pointer);
    Occurrence o;
    o.id = r.id("id", true);
    o.date = r.date("date");
    o.start = r.time("start");
    o.end = r.time("end");
    o.venueId = r.id("venue");
    o.note = r.text("note");
    o.agenda = readAgenda(r, "agenda");
    r.finish();
    return o;
}

Event readEvent(const Json &json, const std::string &pointer)
{
    ObjectReader r(json, pointer);
    Event e;
    e.id = r.id("id", true);
    e.kind = r.enumeration("kind", eventKindFromName, EventKind::Other);
    e.title = r.text("title", true);
    e.subtitle = r.text("subtitle");
    e.organiserIds = r.ids("organisers");
    e.themeGroupId = r.id("themeGroup");
    e.seriesId = r.id("series");
    e.intro = r.description("intro");
    e.participantNote = r.text("participantNote");
    e.audience = r.text("audience");
    if (const Json *reg = r.find("registration")) {
        ObjectReader rr(*reg, r.at("registration"));
        e.registration.deadline = rr.date("deadline");
        e.registration.url = rr.text("url");
        e.registration.note = rr.text("note");
        rr.finish();
    }
    e.documents = r.links("documents");
    e.contactIds = r.ids("contacts");
    e.partnerIds = r.ids("partners");
    r.each("occurrences", [&](const Json &j, const std::string &p) { e.occurrences.append(readOccurrence(j, p)); });
    r.finish();
    return e;
}

} // namespace detail

using namespace detail;

Result<Organisation> organisationFromJson(const Json &json, const std::string &pointer)
{
    return decode<Organisation>(readOrganisation, json, pointer);
}
Result<Person> personFromJson(const Json &json, const std::string &pointer)
{
    return decode<Person>(readPerson, json, pointer);
}
Result<Venue> venueFromJson(const Json &json, const std::string &pointer)
{
    return decode<Venue>(readVenue, json, pointer);
}
Result<ThemeGroup> themeGroupFromJson(const Json &json, const std::string &pointer)
{
    return decode<ThemeGroup>(readThemeGroup, json, pointer);
}
Result<EventSeries> seriesFromJson(const Json &json, const std::string &pointer)
{
    return decode<EventSeries>(readSeries, json, pointer);
}
Result<Case> caseFromJson(const Json &json, const std::string &pointer)
{
    return decode<Case>(readCase, json, pointer);
}
Result<Event> eventFromJson(const Json &json, const std::string &pointer)
{
    return decode<Event>(readEvent, json, pointer);
}

} // namespace temaplan::json
