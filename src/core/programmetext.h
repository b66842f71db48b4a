#pragma once

#include "agendaslot.h"
#include "person.h"

#include <QString>

#include <functional>
#include <optional>

namespace temaplan::programme {

// Looks up a person by id; nullopt for an unknown id (shown as nothing, not as a uuid).
using PersonLookup = std::function<std::optional<Person>(const Id &)>;

// The speaker phrase of a slot as the printed programmes write it:
// "ved leder af strategien Mette Dybkjær", "ved Mia, Malene og Pernille",
// "ved Pernille Tanggaard Andersen, Professor og forskningsleder …" (a lone speaker
// without a role text is followed by their title). Empty when the slot has none.
QString speakerPhrase(const QList<SlotSpeaker> &speakers, const PersonLookup &lookup);

// One speaker as named in that phrase, without "ved".
QString speakerName(const SlotSpeaker &speaker, const Person &person);

} // namespace temaplan::programme
