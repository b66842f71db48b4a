#include "libraryjson.h"

#include "jsonreading.h"

#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::json {

using namespace detail;

namespace {

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
    return LibraryJson::tr("linje %1, kolonne %2").arg(line).arg(std::max<qsizetype>(column, 1));
}

} // namespace

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
    // Only when there are any: a library without templates gives the bytes it gave
    // before templates existed, which earlier versions of Temaplan still read.
    if (!c.templates.isEmpty())
        doc["templates"] = arrayOf(c.templates);
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
        const QString what = bytes.trimmed().isEmpty() ? LibraryJson::tr("filen er tom")
                                                       : LibraryJson::tr("ikke gyldig JSON");
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
        return Error::make(
            Error::Code::Invalid,
            u"%1: %2"_s.arg(lineAndColumn(bytes, std::size_t(std::max<qsizetype>(at + 1, 0))),
                            LibraryJson::tr("ikke gyldig JSON (et tal er for stort)")),
            qs(e.what()));
    }

    try {
        ObjectReader r(doc, {});
        const Json *format = r.find("format");
        if (!format || !format->is_string() || format->get<std::string>() != formatName)
            ObjectReader::fail(
                "/format", LibraryJson::tr("ikke en Temaplan-fil (forventede \"format\": \"%1\")")
                               .arg(QLatin1StringView(formatName)));
        const Json *version = r.find("version");
        if (!version || !version->is_number_integer() || version->get<long long>() < 1)
            ObjectReader::fail("/version", LibraryJson::tr("mangler et gyldigt versionsnummer"));
        if (version->get<long long>() > formatVersion) {
            return Error::make(
                Error::Code::NewerVersion,
                LibraryJson::tr("Filen er skrevet af en nyere version af Temaplan (format %1; "
                                "denne version læser op til %2). Opdatér Temaplan for at læse den.")
                    .arg(version->get<long long>())
                    .arg(formatVersion));
        }

        LibraryContents c;
        QSet<Id> seen;
        auto claim = [&](const Id &id, const std::string &pointer) {
            if (seen.contains(id))
                ObjectReader::fail(pointer + "/id",
                                   LibraryJson::tr("id'et %1 findes mere end én gang i filen")
                                       .arg(idToString(id)));
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
        readAll("templates", c.templates, readTemplate);
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
        for (qsizetype t = 0; t < c.templates.size(); ++t) {
            const std::string tp = "/templates/" + std::to_string(t);
            for (qsizetype s = 0; s < c.templates[t].agenda.size(); ++s)
                claim(c.templates[t].agenda[s].id, tp + "/agenda/" + std::to_string(s));
        }
        r.finish();
        return c;
    } catch (const DecodeError &e) {
        return decodeError(e);
    }
}

} // namespace temaplan::json
