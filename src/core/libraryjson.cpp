#include "libraryjson.h"

#include "kinds.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>
#include <set>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::json {

namespace {

std::string utf8(const QString &s) { return s.toStdString(); }
QString qs(const std::string &s) { return QString::fromStdString(s); }

QString tr(const char *text) { return QCoreApplication::translate("LibraryJson", text); }

// ---- writing --------------------------------------------------------------------

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
    Json json() const { return m_json.is_null() ? Json::object() : m_json; }

private:
    Json m_json = Json::object();
};

// ---- reading --------------------------------------------------------------------

struct DecodeError
{
    std::string pointer;
    QString message;
};

std::string childPointer(const std::string &pointer, const std::string &key)
{
    // RFC 6901 escaping; our keys never need it, but array indices and keys share this.
    std::string escaped;
    for (char c : key) {
        if (c == '~')
            escaped += "~0";
        else if (c == '/')
            escaped += "~1";
        else
            escaped += c;
    }
    return pointer + '/' + escaped;
}

// Reads one object, remembering which keys were used: any key left over is a typo
// or a field of a newer version, and is refused rather than silently dropped.
class ObjectReader
{
public:
    ObjectReader(const Json &json, std::string pointer)
        : m_json(json), m_pointer(std::move(pointer))
    {
        if (!json.is_object())
            fail(m_pointer, tr("forventede et objekt"));
    }

    [[noreturn]] static void fail(const std::string &pointer, const QString &message)
    {
        throw DecodeError{pointer, message};
    }

    std::string at(const char *key) const { return childPointer(m_pointer, key); }

    const Json *find(const char *key)
    {
        m_used.insert(key);
        const auto it = m_json.find(key);
        return it == m_json.end() ? nullptr : &*it;
    }

    QString text(const char *key, bool required = false)
    {
        const Json *v = find(key);
        if (!v) {
            if (required)
                fail(at(key), tr("feltet mangler"));
            return {};
        }
        if (!v->is_string())
            fail(at(key), tr("forventede tekst"));
        const QString value = qs(v->get<std::string>());
        if (required && value.trimmed().isEmpty())
            fail(at(key), tr("må ikke være tom"));
        return value;
    }

    static Id parseId(const Json &v, const std::string &pointer)
    {
        if (!v.is_string())
            fail(pointer, tr("forventede et id (UUID som tekst)"));
        const QString s = qs(v.get<std::string>());
        const Id id = idFromString(s);
        if (id.isNull() || s.size() != 36)
            fail(pointer, tr("\"%1\" er ikke et gyldigt id (UUID)").arg(s));
        return id;
    }

    Id id(const char *key, bool required = false)
    {
        const Json *v = find(key);
        if (!v) {
            if (required)
                fail(at(key), tr("feltet mangler"));
            return {};
        }
        return parseId(*v, at(key));
    }

    const Json *arrayAt(const char *key)
    {
        const Json *v = find(key);
        if (v && !v->is_array())
            fail(at(key), tr("forventede en liste"));
        return v;
    }

    QList<Id> ids(const char *key)
    {
        QList<Id> result;
        if (const Json *v = arrayAt(key)) {
            for (size_t i = 0; i < v->size(); ++i)
                result.append(parseId((*v)[i], childPointer(at(key), std::to_string(i))));
        }
        return result;
    }

    QStringList texts(const char *key)
    {
        QStringList result;
        if (const Json *v = arrayAt(key)) {
            for (size_t i = 0; i < v->size(); ++i) {
                if (!(*v)[i].is_string())
                    fail(childPointer(at(key), std::to_string(i)), tr("forventede tekst"));
                result.append(qs((*v)[i].get<std::string>()));
            }
        }
        return result;
    }

    CalendarDate date(const char *key)
    {
        const QString s = text(key);
        if (s.isEmpty())
            return {};
        const CalendarDate d = CalendarDate::fromIso(s);
        if (!d.isValid())
            fail(at(key), tr("\"%1\" er ikke en gyldig dato (ÅÅÅÅ-MM-DD eller --MM-DD)").arg(s));
        return d;
    }

    QTime time(const char *key)
    {
        static const QRegularExpression re(u"^\\d\\d:\\d\\d$"_s);
        const QString s = text(key);
        if (s.isEmpty())
            return {};
        const QTime t = QTime::fromString(s, u"HH:mm"_s);
        if (!re.match(s).hasMatch() || !t.isValid())
            fail(at(key), tr("\"%1\" er ikke et gyldigt klokkeslæt (TT:MM)").arg(s));
        return t;
    }

    int number(const char *key, int min, int max)
    {
        const Json *v = find(key);
        if (!v)
            return 0;
        if (!v->is_number_integer())
            fail(at(key), tr("forventede et heltal"));
        const auto n = v->get<long long>();
        if (n < min || n > max)
            fail(at(key), tr("%1 ligger uden for %2–%3").arg(n).arg(min).arg(max));
        return int(n);
    }

    bool flag(const char *key)
    {
        const Json *v = find(key);
        if (!v)
            return false;
        if (!v->is_boolean())
            fail(at(key), tr("forventede true eller false"));
        return v->get<bool>();
    }

    template<class E>
    E enumeration(const char *key, std::optional<E> (*fromName)(const QString &), E fallback)
    {
        const QString s = text(key);
        if (s.isEmpty())
            return fallback;
        const auto value = fromName(s);
        if (!value)
            fail(at(key), tr("ukendt værdi \"%1\"").arg(s));
        return *value;
    }

    Description description(const char *key)
    {
        Description result;
        if (const Json *v = arrayAt(key)) {
            for (size_t i = 0; i < v->size(); ++i) {
                const std::string p = childPointer(at(key), std::to_string(i));
                const Json &block = (*v)[i];
                if (!block.is_object() || block.size() != 1)
                    fail(p, tr("forventede {\"paragraph\": …} eller {\"bullet\": …}"));
                const auto it = block.begin();
                TextBlock b;
                if (it.key() == "paragraph")
                    b.kind = TextBlock::Kind::Paragraph;
                else if (it.key() == "bullet")
                    b.kind = TextBlock::Kind::Bullet;
                else
                    fail(childPointer(p, it.key()), tr("ukendt felt"));
                if (!it.value().is_string())
                    fail(childPointer(p, it.key()), tr("forventede tekst"));
                b.text = qs(it.value().get<std::string>());
                result.append(b);
            }
        }
        return result;
    }

    DocumentLinks links(const char *key)
    {
        DocumentLinks result;
        if (const Json *v = arrayAt(key)) {
            for (size_t i = 0; i < v->size(); ++i) {
                ObjectReader r((*v)[i], childPointer(at(key), std::to_string(i)));
                DocumentLink link;
                link.title = r.text("title");
                link.url = r.text("url");
                r.finish();
                result.append(link);
            }
        }
        return result;
    }

    template<class F>
    void each(const char *key, F &&readOne)
    {
        if (const Json *v = arrayAt(key)) {
            for (size_t i = 0; i < v->size(); ++i)
                readOne((*v)[i], childPointer(at(key), std::to_string(i)));
        }
    }

    void finish() const
    {
        for (auto it = m_json.begin(); it != m_json.end(); ++it) {
            if (!m_used.contains(it.key()))
                fail(childPointer(m_pointer, it.key()), tr("ukendt felt"));
        }
    }

private:
    const Json &m_json;
    std::string m_pointer;
    std::set<std::string> m_used;
};

Error decodeError(const DecodeError &e)
{
    const QString where = e.pointer.empty() ? u"/"_s : qs(e.pointer);
    return Error::make(Error::Code::Invalid, u"%1: %2"_s.arg(where, e.message));
}

template<class T, class F>
Result<T> decode(F &&read, const Json &json, const std::string &pointer)
{
    try {
        return read(json, pointer);
    } catch (const DecodeError &e) {
        return decodeError(e);
    }
}

// ---- the records ----------------------------------------------------------------

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
            ObjectReader::fail(lr.at("colour"), tr("\"%1\" er ikke en farve (#rrggbb)").arg(h.colour));
        const QString logo = lr.text("logo");
        if (!logo.isEmpty()) {
            const auto decoded = QByteArray::fromBase64Encoding(logo.toLatin1(),
                                                                QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                ObjectReader::fail(lr.at("logo"), tr("logoet er ikke gyldig base64"));
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
        ObjectReader::fail(r.at("endYear"), tr("slutåret ligger før startåret"));
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
    r.finish();
    // A programme may list its points without times (a theme day's report does).
    if (s.start.isValid() && s.end.isValid() && s.end < s.start)
        ObjectReader::fail(r.at("end"), tr("sluttidspunktet ligger før starttidspunktet"));
    return s;
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
    r.each("agenda", [&](const Json &j, const std::string &p) { o.agenda.append(readSlot(j, p)); });
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

template<class T>
QList<T> sortedById(QList<T> records)
{
    std::sort(records.begin(), records.end(),
              [](const T &a, const T &b) { return idToString(a.id) < idToString(b.id); });
    return records;
}

template<class T>
Json arrayOf(const QList<T> &records)
{
    Json array = Json::array();
    for (const T &record : sortedById(records))
        array.push_back(toJson(record));
    return array;
}

// Byte offset → "linje L, kolonne C", counting columns in characters, as editors do.
QString lineAndColumn(const QByteArray &bytes, std::size_t offset)
{
    int line = 1;
    qsizetype lineStart = 0;
    const qsizetype end = std::min<qsizetype>(qsizetype(offset), bytes.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (bytes[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const qsizetype column = QString::fromUtf8(bytes.mid(lineStart, end - lineStart)).size();
    return tr("linje %1, kolonne %2").arg(line).arg(std::max<qsizetype>(column, 1));
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

QByteArray writeLibraryJson(const LibraryContents &c)
{
    Json doc = Json::object();
    doc["format"] = formatName;
    doc["version"] = formatVersion;
    doc["organisations"] = arrayOf(c.organisations);
    doc["people"] = arrayOf(c.people);
    doc["venues"] = arrayOf(c.venues);
    doc["themeGroups"] = arrayOf(c.themeGroups);
    doc["series"] = arrayOf(c.series);
    doc["cases"] = arrayOf(c.cases);
    doc["events"] = arrayOf(c.events);
    std::string text = doc.dump(2, ' ', false, Json::error_handler_t::replace);
    text += '\n';
    return QByteArray::fromStdString(text);
}

Result<LibraryContents> readLibraryJson(const QByteArray &bytes)
{
    Json doc;
    try {
        doc = Json::parse(bytes.constData(), bytes.constData() + bytes.size());
    } catch (const Json::parse_error &e) {
        const QString what = bytes.trimmed().isEmpty() ? tr("filen er tom")
                                                       : tr("ikke gyldig JSON");
        return Error::make(Error::Code::Invalid,
                           u"%1: %2"_s.arg(lineAndColumn(bytes, e.byte > 0 ? e.byte - 1 : 0), what),
                           qs(e.what()));
    } catch (const Json::out_of_range &e) {
        // A number no double holds ("1e999"). nlohmann gives no position for it, only the
        // number in quotes, so find that to name the line.
        const std::string what = e.what();
        const auto open = what.find('\'');
        const auto close = what.rfind('\'');
        qsizetype at = -1;
        if (open != std::string::npos && close > open)
            at = bytes.indexOf(QByteArray::fromStdString(what.substr(open + 1, close - open - 1)));
        return Error::make(Error::Code::Invalid,
                           u"%1: %2"_s.arg(lineAndColumn(bytes, std::size_t(std::max<qsizetype>(at + 1, 0))),
                                           tr("ikke gyldig JSON (et tal er for stort)")),
                           qs(e.what()));
    }

    try {
        ObjectReader r(doc, {});
        const Json *format = r.find("format");
        if (!format || !format->is_string() || format->get<std::string>() != formatName)
            ObjectReader::fail("/format", tr("ikke en Temaplan-fil (forventede \"format\": \"%1\")")
                                              .arg(QLatin1StringView(formatName)));
        const Json *version = r.find("version");
        if (!version || !version->is_number_integer() || version->get<long long>() < 1)
            ObjectReader::fail("/version", tr("mangler et gyldigt versionsnummer"));
        if (version->get<long long>() > formatVersion) {
            return Error::make(Error::Code::NewerVersion,
                               tr("Filen er skrevet af en nyere version af Temaplan (format %1; "
                                  "denne version læser op til %2). Opdatér Temaplan for at læse den.")
                                   .arg(version->get<long long>())
                                   .arg(formatVersion));
        }

        LibraryContents c;
        QSet<Id> seen;
        auto claim = [&](const Id &id, const std::string &pointer) {
            if (seen.contains(id))
                ObjectReader::fail(pointer + "/id", tr("id'et %1 findes mere end én gang i filen").arg(idToString(id)));
            seen.insert(id);
        };
        auto readAll = [&](const char *key, auto &list, auto readOne) {
            r.each(key, [&](const Json &j, const std::string &p) {
                auto record = readOne(j, p);
                claim(record.id, p);
                list.append(std::move(record));
            });
        };
        readAll("organisations", c.organisations, readOrganisation);
        readAll("people", c.people, readPerson);
        readAll("venues", c.venues, readVenue);
        readAll("themeGroups", c.themeGroups, readThemeGroup);
        readAll("series", c.series, readSeries);
        readAll("cases", c.cases, readCase);
        readAll("events", c.events, readEvent);
        // Occurrences and slots are rows of their own in a library, so their ids must
        // be as unique as the records'.
        for (qsizetype e = 0; e < c.events.size(); ++e) {
            const std::string ep = "/events/" + std::to_string(e);
            const auto &occurrences = c.events[e].occurrences;
            for (qsizetype o = 0; o < occurrences.size(); ++o) {
                const std::string op = ep + "/occurrences/" + std::to_string(o);
                claim(occurrences[o].id, op);
                for (qsizetype s = 0; s < occurrences[o].agenda.size(); ++s)
                    claim(occurrences[o].agenda[s].id, op + "/agenda/" + std::to_string(s));
            }
        }
        r.finish();
        return c;
    } catch (const DecodeError &e) {
        return decodeError(e);
    }
}

} // namespace temaplan::json
