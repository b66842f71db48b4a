#pragma once

#include "case.h"
#include "organisation.h"
#include "person.h"
#include "venue.h"

#include <functional>
#include <optional>

namespace temaplan {

// How text output finds the records an event refers to, without knowing where they
// are kept (a library, an import file, a test's hand-made records).
struct Lookups
{
    std::function<std::optional<Person>(const Id &)> person = [](const Id &) { return std::nullopt; };
    std::function<std::optional<Organisation>(const Id &)> organisation = [](const Id &) { return std::nullopt; };
    std::function<std::optional<Venue>(const Id &)> venue = [](const Id &) { return std::nullopt; };
    std::function<std::optional<Case>(const Id &)> caseRecord = [](const Id &) { return std::nullopt; };
};

} // namespace temaplan
