#pragma once

#include "librarycontents.h"

#include <QList>

#include <string>

namespace temaplan {

// The kinds of record a reference may point at.
enum class RecordKind { Organisation, Person, Venue, ThemeGroup, Series, Case, Event };

// One reference from a record to another, with the JSON pointer of the field that
// holds it in an exchange file ("/events/3/occurrences/0/agenda/2/speakers/0/person"),
// so an import can say exactly which value points at nothing.
struct ReferenceAt
{
    std::string pointer;
    Id target;
    RecordKind kind;
};

// Every reference the contents make, in file order.
QList<ReferenceAt> referencesOf(const LibraryContents &contents);

// "en organisation", "en person" …: what the reference should have pointed at.
QString referenceKindPhrase(RecordKind kind);

} // namespace temaplan
