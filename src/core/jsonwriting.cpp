#include "libraryjson.h"

#include "kinds.h"

using namespace Qt::Literals::StringLiterals;

namespace temaplan::json {

namespace {

std::string utf8(const QString &s) { return s.toStdString(); }

// Builds an object in key order, leaving out empty values: a file then says only
// what is known, and a missing key always means "empty".
class ObjectWriter
{
public:
    ObjectWriter &text(const char *key, const QString &value)
    {
        if (!value.isEmpty())
            m_json[key] = utf8(value);
        return *this;
    }
    ObjectWriter &id(const char *key, const Id &value)
    {
        if (!value.isNull())
            m_json[key] = utf8(idToString(value));
        return *this;
    }
    ObjectWriter &ids(const char *key, const QList<Id> &values)
    {
        if (!values.isEmpty()) {
            Json array = Json::array();
            for (const Id &v : values)
                array.push_back(utf8(idToString(v)));
            m_json[key] = std::move(array);
        }
        return *this;
    }
    ObjectWriter &texts(const char *key, const QStringList &values)
    {
        if (!values.isEmpty()) {
            Json array = Json::array();
            for (const QString &v : values)
                array.push_back(utf8(v));
            m_json[key] = std::move(array);
        }
        return *this;
    }
    ObjectWriter &date(const char *key, const CalendarDate &value)
    {
        return text(key, value.toIso());
    }
    ObjectWriter &time(const char *key, const QTime &value)
    {
        if (value.isValid())
            m_json[key] = utf8(value.toString(u"HH:mm"_s));
        return *this;
    }
    ObjectWriter &number(const char *key, int value)
    {
        if (value != 0)
            m_json[key] = value;
        return *this;
    }
    ObjectWriter &flag(const char *key, bool value)
    {
        if (value)
            m_json[key] = true;
        return *this;
    }
    ObjectWriter &description(const char *key, const Description &value)
    {
        if (!value.isEmpty()) {
            Json array = Json::array();
            for (const TextBlock &block : value) {
                Json b = Json::object();
                b[block.kind == TextBlock::Kind::Bullet ? "bullet" : "paragraph"] = utf8(block.text);
                array.push_back(std::move(b));
            }
            m_json[key] = std::move(array);
        }
        return *this;
    }
    ObjectWriter &links(const char *key, const DocumentLinks &value)
    {
        if (!value.isEmpty()) {
            Json array = Json::array();
            for (const DocumentLink &link : value)
                array.push_back(ObjectWriter().text("title", link.title).text("url", link.url).json());
            m_json[key] = std::move(array);
        }
        return *this;
    }
    ObjectWriter &object(const char *key, Json value)
    {
        if (!value.empty())
            m_json[key] = std::move(value);
        return *this;
    }
    ObjectWriter &array(const char *key, Json value)
    {
        if (!value.empty())
            m_json[key] = std::move(value);
        return *this;
    }
    // Moves the object out: a writer is a temporary, used once, and a copy of a whole
    // event cost as much as building it.
    Json json() { return m_json.is_null() ? Json::object() : std::move(m_json); }

private:
    Json m_json = Json::object();
};

Json letterheadJson(const Letterhead &l)
{
    return ObjectWriter()
        .text("careOf", l.careOf)
        .text("street", l.street)
        .text("postcode", l.postcode)
        .text("town", l.town)
        .text("phone", l.phone)
        .text("email", l.email)
        .text("web", l.web)
        .text("tagline", l.tagline)
        .text("colour", l.colour)
        .text("logo", QString::fromLatin1(l.logo.toBase64()))
        .text("logoMimeType", l.logoMimeType)
        .json();
}

} // namespace

Json toJson(const Organisation &o)
{
    return ObjectWriter()
        .id("id", o.id)
        .text("name", o.name)
        .text("shortName", o.shortName)
        .text("kind", toName(o.kind))
        .object("letterhead", letterheadJson(o.letterhead))
        .json();
}

Json toJson(const Person &p)
{
    return ObjectWriter()
        .id("id", p.id)
        .text("name", p.name)
        .text("title", p.title)
        .id("organisation", p.organisationId)
        .text("department", p.department)
        .text("phone", p.phone)
        .text("email", p.email)
        .json();
}

Json toJson(const Venue &v)
{
    return ObjectWriter()
        .id("id", v.id)
        .text("kind", toName(v.kind))
        .text("name", v.name)
        .text("street", v.street)
        .text("postcode", v.postcode)
        .text("town", v.town)
        .text("url", v.url)
        .json();
}

Json toJson(const ThemeGroup &g)
{
    Json former = Json::array();
    for (const FormerName &f : g.formerNames)
        former.push_back(ObjectWriter().text("name", f.name).date("until", f.until).json());
    return ObjectWriter()
        .id("id", g.id)
        .text("name", g.name)
        .array("formerNames", std::move(former))
        .id("organiser", g.organiserId)
        .description("background", g.background)
        .description("purpose", g.purpose)
        .description("audience", g.audience)
        .description("focus", g.focus)
        .text("meetingRhythm", g.meetingRhythm)
        .ids("contacts", g.contactIds)
        .links("documents", g.documents)
        .json();
}

Json toJson(const EventSeries &s)
{
    return ObjectWriter()
        .id("id", s.id)
        .text("title", s.title)
        .text("subtitle", s.subtitle)
        .description("description", s.description)
        .text("practicalNote", s.practicalNote)
        .ids("organisers", s.organiserIds)
        .ids("facilitators", s.facilitatorIds)
        .ids("contacts", s.contactIds)
        .json();
}

Json toJson(const Case &c)
{
    return ObjectWriter()
        .id("id", c.id)
        .text("title", c.title)
        .id("owner", c.ownerId)
        .description("summary", c.summary)
        .texts("themes", c.themes)
        .links("links", c.links)
        .links("documents", c.documents)
        .number("startYear", c.startYear)
        .number("endYear", c.endYear)
        .id("contact", c.contactId)
        .json();
}

Json toJson(const Event &e)
{
    Json occurrences = Json::array();
    for (const Occurrence &o : e.occurrences) {
        Json agenda = Json::array();
        for (const AgendaSlot &s : o.agenda) {
            Json speakers = Json::array();
            for (const SlotSpeaker &sp : s.speakers) {
                speakers.push_back(ObjectWriter()
                                       .id("person", sp.personId)
                                       .text("role", toName(sp.role))
                                       .text("roleText", sp.roleText)
                                       .json());
            }
            agenda.push_back(ObjectWriter()
                                 .id("id", s.id)
                                 .time("start", s.start)
                                 .time("end", s.end)
                                 .text("kind", toName(s.kind))
                                 .text("title", s.title)
                                 .description("description", s.description)
                                 .array("speakers", std::move(speakers))
                                 .ids("cases", s.caseIds)
                                 .flag("fixedTime", s.fixedTime)
                                 .flag("sharesRowWithPrevious", s.sharesRowWithPrevious)
                                 .json());
        }
        occurrences.push_back(ObjectWriter()
                                  .id("id", o.id)
                                  .date("date", o.date)
                                  .time("start", o.start)
                                  .time("end", o.end)
                                  .id("venue", o.venueId)
                                  .text("note", o.note)
                                  .array("agenda", std::move(agenda))
                                  .json());
    }
    const Json registration = ObjectWriter()
                                  .date("deadline", e.registration.deadline)
                                  .text("url", e.registration.url)
                                  .text("note", e.registration.note)
                                  .json();
    return ObjectWriter()
        .id("id", e.id)
        .text("kind", toName(e.kind))
        .text("title", e.title)
        .text("subtitle", e.subtitle)
        .ids("organisers", e.organiserIds)
        .id("themeGroup", e.themeGroupId)
        .id("series", e.seriesId)
        .description("intro", e.intro)
        .text("participantNote", e.participantNote)
        .text("audience", e.audience)
        .object("registration", registration)
        .links("documents", e.documents)
        .ids("contacts", e.contactIds)
        .ids("partners", e.partnerIds)
        .array("occurrences", std::move(occurrences))
        .json();
}

} // namespace temaplan::json
