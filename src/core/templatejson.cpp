#include "jsonreading.h"

using namespace Qt::Literals::StringLiterals;

// The codec of agenda templates, beside the other records' but in a file of its own.
namespace temaplan::json {

namespace {

// A template's slots are written by the event codec itself, as an occurrence's
// agenda: one mapping of a slot's fields, so a field added to slots reaches
// templates without a second place to forget.
Json agendaJson(const Agenda &agenda)
{
    Occurrence carrier;
    carrier.agenda = agenda;
    Event event;
    event.occurrences = {carrier};
    const Json written = toJson(event);
    const Json &occurrence = written.at("occurrences").at(0);
    return occurrence.contains("agenda") ? occurrence.at("agenda") : Json::array();
}

void put(Json &object, const char *key, const QTime &time)
{
    if (time.isValid())
        object[key] = time.toString(u"HH:mm"_s).toStdString();
}

} // namespace

Json toJson(const AgendaTemplate &t)
{
    Json object = Json::object();
    if (!t.id.isNull())
        object["id"] = idToString(t.id).toStdString();
    if (!t.name.isEmpty())
        object["name"] = t.name.toStdString();
    put(object, "start", t.start);
    put(object, "end", t.end);
    Json agenda = agendaJson(t.agenda);
    if (!agenda.empty())
        object["agenda"] = std::move(agenda);
    return object;
}

namespace detail {

AgendaTemplate readTemplate(const Json &json, const std::string &pointer)
{
    ObjectReader r(json, pointer);
    AgendaTemplate t;
    t.id = r.id("id", true);
    t.name = r.text("name", true);
    t.start = r.time("start");
    t.end = r.time("end");
    t.agenda = readAgenda(r, "agenda");
    r.finish();
    if (t.start.isValid() && t.end.isValid() && t.end < t.start)
        ObjectReader::fail(r.at("end"), LibraryJson::tr("sluttidspunktet ligger før starttidspunktet"));
    return t;
}

} // namespace detail

Result<AgendaTemplate> templateFromJson(const Json &json, const std::string &pointer)
{
    return detail::decode<AgendaTemplate>(detail::readTemplate, json, pointer);
}

} // namespace temaplan::json
