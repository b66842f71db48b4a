#pragma once

#include "core/libraryjson.h"

#include <QCoreApplication>
#include <QString>

#include <type_traits>

namespace temaplan::store {

// What the store needs to know of each kind of record: its name in the `record`
// table, the text it sorts and is listed by, its Danish name for messages, and its
// JSON form (the exchange format is also the storage format: one codec, one truth).
template<class T>
struct RecordTraits;

#define TEMAPLAN_RECORD_TRAITS(Type, kindName, danish, titleMember, decoder)                      \
    template<>                                                                                   \
    struct RecordTraits<Type>                                                                    \
    {                                                                                            \
        static constexpr const char *kind = kindName;                                            \
        static QString danishName() { return QCoreApplication::translate("Store", danish); }    \
        static QString title(const Type &r) { return r.titleMember; }                           \
        static json::Json toJson(const Type &r) { return json::toJson(r); }                     \
        static Result<Type> fromJson(const json::Json &j) { return json::decoder(j); }          \
    };

TEMAPLAN_RECORD_TRAITS(Organisation, "organisation", QT_TRANSLATE_NOOP("Store", "organisationen"),
                       name, organisationFromJson)
TEMAPLAN_RECORD_TRAITS(Person, "person", QT_TRANSLATE_NOOP("Store", "personen"), name,
                       personFromJson)
TEMAPLAN_RECORD_TRAITS(ThemeGroup, "themeGroup", QT_TRANSLATE_NOOP("Store", "temagruppen"), name,
                       themeGroupFromJson)
TEMAPLAN_RECORD_TRAITS(EventSeries, "series", QT_TRANSLATE_NOOP("Store", "møderækken"), title,
                       seriesFromJson)
TEMAPLAN_RECORD_TRAITS(Case, "case", QT_TRANSLATE_NOOP("Store", "casen"), title, caseFromJson)
TEMAPLAN_RECORD_TRAITS(Event, "event", QT_TRANSLATE_NOOP("Store", "arrangementet"), title,
                       eventFromJson)
TEMAPLAN_RECORD_TRAITS(AgendaTemplate, "template", QT_TRANSLATE_NOOP("Store", "skabelonen"), name,
                       templateFromJson)

#undef TEMAPLAN_RECORD_TRAITS

template<>
struct RecordTraits<Venue>
{
    static constexpr const char *kind = "venue";
    static QString danishName() { return QCoreApplication::translate("Store", "mødestedet"); }
    // An online meeting or a town whose place is not yet known has no name.
    static QString title(const Venue &r) { return r.name.isEmpty() ? r.town : r.name; }
    static json::Json toJson(const Venue &r) { return json::toJson(r); }
    static Result<Venue> fromJson(const json::Json &j) { return json::venueFromJson(j); }
};

// Calls `f(std::type_identity<T>{})` for the record type stored under `kind`; false
// when no type is (a row written by a newer version, or damage).
template<class F>
bool visitKind(const QString &kind, F &&f)
{
    auto tryOne = [&](auto tag) {
        using T = typename decltype(tag)::type;
        if (kind != QLatin1StringView(RecordTraits<T>::kind))
            return false;
        f(tag);
        return true;
    };
    return tryOne(std::type_identity<Organisation>{}) || tryOne(std::type_identity<Person>{})
           || tryOne(std::type_identity<Venue>{}) || tryOne(std::type_identity<ThemeGroup>{})
           || tryOne(std::type_identity<EventSeries>{}) || tryOne(std::type_identity<Case>{})
           || tryOne(std::type_identity<Event>{}) || tryOne(std::type_identity<AgendaTemplate>{});
}

// The Danish name of a kind as stored ("case" → "casen"), for messages about records
// known only by their row.
QString danishKindName(const QString &kind);

} // namespace temaplan::store
