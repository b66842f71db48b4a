// The programme read back from the derived tables: events by date, the slots where a
// case was presented or a person spoke, and the cases of one event.

#include "sqlitelibrary.h"
#include "sqliterepository.h"
#include "storetext.h"

#include "core/kinds.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::store {

namespace {

QTime timeFromColumn(const QString &text) { return QTime::fromString(text, u"HH:mm"_s); }

SlotReference slotReferenceFrom(const sql::Statement &q)
{
    SlotReference r;
    r.eventId = idFromString(q.text(0));
    r.occurrenceId = idFromString(q.text(1));
    r.slotId = idFromString(q.text(2));
    r.eventTitle = q.text(3);
    r.date = CalendarDate::fromIso(q.text(4));
    if (!r.date.isValid())
        r.date = {};
    r.place = q.text(5);
    r.start = timeFromColumn(q.text(6));
    r.slotTitle = q.text(7);
    r.roleText = q.text(8);
    // "position:id,…" in no particular order (group_concat keeps none): sorted here.
    QList<std::pair<int, Id>> cases;
    for (const QString &item : q.text(9).split(u',', Qt::SkipEmptyParts)) {
        const qsizetype colon = item.indexOf(u':');
        cases.append({item.left(colon).toInt(), idFromString(item.mid(colon + 1))});
    }
    std::sort(cases.begin(), cases.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &c : cases)
        r.caseIds.append(c.second);
    return r;
}

} // namespace

Result<QList<EventSummary>> SqliteLibrary::findEvents(const EventQuery &query) const
{
    sql::Statement q(m_db, "SELECT event_id, id, event_kind, event_title, date, start, place, organisers, "
                           "theme_group, series FROM occurrence "
                           "WHERE (?1 = '' OR date >= ?1) AND (?2 = '' OR date <= ?2) "
                           "AND (?3 IS NULL OR theme_group_id = ?3) AND (?4 IS NULL OR series_id = ?4) "
                           "ORDER BY date, start, event_title COLLATE da");
    q.bind(1, query.from.toIso()).bind(2, query.to.toIso());
    q.bindOrNull(3, idToString(query.themeGroupId)).bindOrNull(4, idToString(query.seriesId));
    QList<EventSummary> rows;
    while (q.step()) {
        EventSummary s;
        s.eventId = idFromString(q.text(0));
        s.occurrenceId = idFromString(q.text(1));
        s.kind = eventKindFromName(q.text(2)).value_or(EventKind::Other);
        s.title = q.text(3);
        s.date = CalendarDate::fromIso(q.text(4));
        if (!s.date.isValid())
            s.date = {};
        s.start = timeFromColumn(q.text(5));
        s.place = q.text(6);
        s.organisers = q.text(7);
        s.themeGroup = q.text(8);
        s.series = q.text(9);
        rows.append(s);
    }
    if (q.failure())
        return failure(*q.failure(), Store::tr("finde arrangementer"));
    return rows;
}

Result<QList<SlotReference>> SqliteLibrary::presentedAt(const Id &caseId) const
{
    sql::Statement q(m_db, "SELECT o.event_id, o.id, s.id, o.event_title, o.date, o.place, s.start, s.title, '', "
                           "(SELECT group_concat(position || ':' || case_id) FROM slot_case WHERE slot_id = s.id) "
                           "FROM slot_case sc JOIN slot s ON s.id = sc.slot_id "
                           "JOIN occurrence o ON o.id = s.occurrence_id WHERE sc.case_id = ? "
                           "ORDER BY o.date DESC, s.start DESC");
    q.bind(1, idToString(caseId));
    QList<SlotReference> rows;
    while (q.step())
        rows.append(slotReferenceFrom(q));
    if (q.failure())
        return failure(*q.failure(), Store::tr("finde hvor casen er præsenteret"));
    return rows;
}

Result<QList<SlotReference>> SqliteLibrary::slotsOfPerson(const Id &personId) const
{
    sql::Statement q(m_db, "SELECT o.event_id, o.id, s.id, o.event_title, o.date, o.place, s.start, s.title, "
                           "ss.role_text, "
                           "(SELECT group_concat(position || ':' || case_id) FROM slot_case WHERE slot_id = s.id) "
                           "FROM slot_speaker ss JOIN slot s ON s.id = ss.slot_id "
                           "JOIN occurrence o ON o.id = s.occurrence_id WHERE ss.person_id = ? "
                           "ORDER BY o.date DESC, s.start DESC");
    q.bind(1, idToString(personId));
    QList<SlotReference> rows;
    while (q.step())
        rows.append(slotReferenceFrom(q));
    if (q.failure())
        return failure(*q.failure(), Store::tr("finde personens programpunkter"));
    return rows;
}

Result<QList<Case>> SqliteLibrary::casesOfEvent(const Id &eventId) const
{
    sql::Statement q(m_db, "SELECT sc.case_id FROM slot_case sc JOIN slot s ON s.id = sc.slot_id "
                           "JOIN occurrence o ON o.id = s.occurrence_id WHERE o.event_id = ? "
                           "ORDER BY o.position, s.position, sc.position");
    q.bind(1, idToString(eventId));
    QList<Id> ids;
    while (q.step()) {
        const Id id = idFromString(q.text(0));
        if (!ids.contains(id))
            ids.append(id);
    }
    if (q.failure())
        return failure(*q.failure(), Store::tr("finde arrangementets cases"));
    QList<Case> cases;
    for (const Id &id : ids) {
        Result<Case> c = m_cases->get(id);
        if (!c)
            return c.error();
        cases.append(std::move(c).value());
    }
    return cases;
}

} // namespace temaplan::store
