#pragma once

#include "core/calendardate.h"
#include "core/event.h"
#include "core/ids.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace temaplan {

// Read models for lists: what a row of a view shows, fetched in one query.

struct EventSummary
{
    Id eventId;
    Id occurrenceId;     // one row per occurrence (date and place)
    EventKind kind = EventKind::Other;
    QString title;
    CalendarDate date;
    QTime start;
    QString place;       // venue town or name; "online"; empty when unknown
    QString organisers;  // names joined "Sund By Netværket, KL"
    QString themeGroup;  // current name
    QString series;
};

struct EventQuery
{
    CalendarDate from;   // null: no lower bound; dates without a year sort first
    CalendarDate to;
    Id themeGroupId;     // null: any
    Id seriesId;         // null: any
};

// Where a case was presented, or where a person spoke.
struct SlotReference
{
    Id eventId;
    Id occurrenceId;
    Id slotId;
    QString eventTitle;
    CalendarDate date;
    QString place;
    QTime start;
    QString slotTitle;
    QString roleText; // for a person: the role printed in that slot
    QList<Id> caseIds; // the cases the slot presented, in its order
};

struct CaseHit
{
    Id caseId;
    QString title;
    QString owner;
    double rank = 0; // lower is better (FTS5 bm25)
};

// Which cases a list shows: what was typed (searched as searchCases does) and the
// facet values chosen. Values of one facet are alternatives (this owner or that one);
// facets narrow each other (this owner and this theme).
struct CaseFilter
{
    QString text;
    QStringList ownerIds;       // organisation ids; "" stands for "no owner"
    QStringList themes;
    QList<int> startYears;      // 0 stands for "year not known"
    QStringList themeGroupIds;  // of the events the case was presented at

    enum class Order { Relevance, Title, Owner, StartYear };
    Order order = Order::Relevance; // Relevance without text is by title
    bool descending = false;

    bool hasFacets() const
    {
        return !ownerIds.isEmpty() || !themes.isEmpty() || !startYears.isEmpty() || !themeGroupIds.isEmpty();
    }
    friend bool operator==(const CaseFilter &, const CaseFilter &) = default;
};

// One line of the case list, read from the derived table `case_list` without decoding
// the case itself.
struct CaseRow
{
    Id caseId;
    QString title;
    QString owner;
    QStringList themes;
    int startYear = 0;
    int endYear = 0;
};

struct FacetValue
{
    QString key;   // what CaseFilter holds: an id, a theme, a year
    QString label; // what the panel shows
    int count = 0;
};

// How the cases a filter finds divide by each facet. Each facet is counted with the
// other facets' choices applied but not its own, so its other values still show how
// many cases choosing them as well would add.
struct CaseFacets
{
    int total = 0; // cases the whole filter finds
    QList<FacetValue> owners;
    QList<FacetValue> themes;
    QList<FacetValue> startYears;
    QList<FacetValue> themeGroups;
};

// Two cases that look like one: the same folded title and the same owner.
struct DuplicateCases
{
    Id first;
    Id second;
    QString title;
    QString owner;
};

struct EventHit
{
    Id eventId;
    QString title;
    double rank = 0;
};

} // namespace temaplan
