#pragma once

#include "librarycontents.h"
#include "result.h"

#include <nlohmann/json.hpp>

#include <QByteArray>

namespace temaplan::json {

// The exchange format, version 1 (docs/json-format.md). Keys keep the documented
// order, so files diff well and the same library always gives the same bytes.
using Json = nlohmann::ordered_json;

inline constexpr const char *formatName = "temaplan-library";
inline constexpr int formatVersion = 1;

Json toJson(const Organisation &record);
Json toJson(const Person &record);
Json toJson(const Venue &record);
Json toJson(const ThemeGroup &record);
Json toJson(const EventSeries &record);
Json toJson(const Case &record);
Json toJson(const Event &record);
Json toJson(const AgendaTemplate &record);

// Decoding is strict: an unknown key, a wrong type, a bad date or id is an error whose
// message starts with the JSON pointer of the value ("/events/2/occurrences/0/date").
// `pointer` is where `json` sits in its document.
Result<Organisation> organisationFromJson(const Json &json, const std::string &pointer = {});
Result<Person> personFromJson(const Json &json, const std::string &pointer = {});
Result<Venue> venueFromJson(const Json &json, const std::string &pointer = {});
Result<ThemeGroup> themeGroupFromJson(const Json &json, const std::string &pointer = {});
Result<EventSeries> seriesFromJson(const Json &json, const std::string &pointer = {});
Result<Case> caseFromJson(const Json &json, const std::string &pointer = {});
Result<Event> eventFromJson(const Json &json, const std::string &pointer = {});
Result<AgendaTemplate> templateFromJson(const Json &json, const std::string &pointer = {});

// The whole document: records sorted by id, two-space indent, UTF-8, final newline.
QByteArray writeLibraryJson(const LibraryContents &contents);

// Syntax errors name the line and column; a newer format version is refused with its
// own message (Error::Code::NewerVersion). Ids must be unique within the file.
Result<LibraryContents> readLibraryJson(const QByteArray &bytes);

} // namespace temaplan::json
