#include "recordindex.h"

#include "recordtraits.h"

#include "core/description.h"
#include "core/kinds.h"
#include "core/searchfolding.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::store {

namespace {

QString idText(const Id &id)
{
    return idToString(id);
}

QString titleOf(sql::Database &db, const Id &id)
{
    if (id.isNull())
        return {};
    sql::Statement q(db, "SELECT title FROM record WHERE id = ?");
    q.bind(1, idText(id));
    return q.step() ? q.text(0) : QString();
}

QString titlesOf(sql::Database &db, const QList<Id> &ids)
{
    QStringList names;
    for (const Id &id : ids) {
        const QString name = titleOf(db, id);
        if (!name.isEmpty())
            names.append(name);
    }
    return names.join(u", "_s);
}

// Clears what a record derived last time it was saved.
Status clearDerived(sql::Database &db, const Id &id, DeferredSearch *deferred)
{
    const QString key = idText(id);
    if (deferred)
        deferred->forget(key);
    for (const char *sqlText :
         {"DELETE FROM reference WHERE from_id = ?",
          "DELETE FROM case_theme WHERE case_rowid = (SELECT rowid FROM record WHERE id = ?)",
          "DELETE FROM case_list WHERE case_id = ?", "DELETE FROM occurrence WHERE event_id = ?",
          "DELETE FROM case_search WHERE rowid = (SELECT rowid FROM record WHERE id = ?)",
          "DELETE FROM event_search WHERE rowid = (SELECT rowid FROM record WHERE id = ?)"}) {
        sql::Statement q(db, sqlText);
        if (q.failure()) {
            // While a library is being migrated, the search and list tables may not exist yet.
            if (q.failure()->message.contains(u"no such table"_s))
                continue;
            return sql::toStatus(q.failure());
        }
        q.bind(1, key);
        if (Status s = sql::toStatus(q.run()); !s)
            return s;
    }
    return {};
}

class References
{
public:
    References(sql::Database &db, const Id &from)
        : m_from(idText(from))
        , m_insert(db, "INSERT INTO reference (from_id, to_id, role, position) VALUES (?, ?, ?, ?)")
    {}
    void add(const Id &to, const char *role, int position = 0)
    {
        if (to.isNull() || m_failure)
            return;
        m_insert.reset();
        m_insert.bind(1, m_from)
            .bind(2, idText(to))
            .bind(3, QString::fromLatin1(role))
            .bind(4, position);
        m_failure = m_insert.run();
    }
    void add(const QList<Id> &to, const char *role)
    {
        for (int i = 0; i < to.size(); ++i)
            add(to[i], role, i);
    }
    Status status() const
    {
        return sql::toStatus(m_insert.failure() ? m_insert.failure() : m_failure);
    }

private:
    QString m_from;
    sql::Statement m_insert;
    std::optional<sql::Failure> m_failure;
};

using SearchTable = DeferredSearch::Table;

Status writeSearch(sql::Database &db, SearchTable table, const Id &id, const QString &title,
                   const QStringList &body, DeferredSearch *deferred)
{
    if (deferred) {
        deferred->add(table, idText(id), foldForSearch(title), foldForSearch(body.join(u'\n')));
        return {};
    }
    sql::Statement q(db, table == SearchTable::Cases
                             ? "INSERT INTO case_search (rowid, title, body) "
                               "VALUES ((SELECT rowid FROM record WHERE id = ?), ?, ?)"
                             : "INSERT INTO event_search (rowid, title, body) "
                               "VALUES ((SELECT rowid FROM record WHERE id = ?), ?, ?)");
    if (q.failure() && q.failure()->message.contains(u"no such table"_s))
        return {};
    q.bind(1, idText(id)).bind(2, foldForSearch(title)).bind(3, foldForSearch(body.join(u'\n')));
    return sql::toStatus(q.run());
}

Status writeCaseList(sql::Database &db, const Case &c, const QString &owner)
{
    sql::Statement row(
        db, "INSERT INTO case_list (case_rowid, case_id, title, sort_key, owner_id, owner, "
            "owner_sort_key, start_year, end_year, themes, duplicate_key) "
            "VALUES ((SELECT rowid FROM record WHERE id = ?1), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
            "?10)");
    if (row.failure() && row.failure()->message.contains(u"no such table"_s))
        return {};
    QStringList themes;
    for (const QString &theme : c.themes) {
        const QString t = theme.trimmed();
        if (!t.isEmpty() && !themes.contains(t))
            themes.append(t);
    }
    const QString key = idText(c.id);
    const QString ownerKey = c.ownerId.isNull() ? QString() : idText(c.ownerId);
    row.bind(1, key)
        .bind(2, c.title)
        .bind(3, danishSortKey(c.title))
        .bind(4, ownerKey)
        .bind(5, owner);
    row.bind(6, danishSortKey(owner)).bind(7, c.startYear).bind(8, c.endYear);
    json::Json themeArray = json::Json::array();
    for (const QString &t : themes)
        themeArray.push_back(t.toStdString());
    row.bind(9, QString::fromStdString(themeArray.dump()));
    row.bind(10, foldForSearch(c.title).simplified() + u'\x1f' + ownerKey);
    if (Status s = sql::toStatus(row.run()); !s)
        return s;
    sql::Statement theme(db, "INSERT INTO case_theme (case_rowid, theme) "
                             "VALUES ((SELECT rowid FROM record WHERE id = ?), ?)");
    for (const QString &t : themes) {
        theme.reset();
        theme.bind(1, key).bind(2, t);
        if (Status s = sql::toStatus(theme.run()); !s)
            return s;
    }
    return {};
}

QString placeOf(sql::Database &db, const Id &venueId)
{
    if (venueId.isNull())
        return {};
    sql::Statement q(db,
                     "SELECT json_extract(data, '$.kind'), json_extract(data, '$.town'), "
                     "json_extract(data, '$.name') FROM record WHERE id = ? AND kind = 'venue'");
    q.bind(1, idText(venueId));
    if (!q.step())
        return {};
    if (q.text(0) == toName(VenueKind::Online))
        return u"online"_s;
    return q.text(1).isEmpty() ? q.text(2) : q.text(1);
}

template<class T>
Status referencesOnly(sql::Database &db, const T &record, Rows previous, DeferredSearch *deferred,
                      const std::function<void(References &)> &fill)
{
    if (previous == Rows::MayExist) {
        if (Status s = clearDerived(db, record.id, deferred); !s)
            return s;
    }
    References refs(db, record.id);
    fill(refs);
    return refs.status();
}

} // namespace

void DeferredSearch::add(Table table, const QString &id, const QString &title, const QString &body)
{
    if (!m_rows.contains(id))
        m_order.append(id);
    m_rows.insert(id, Row{table, title, body});
}

void DeferredSearch::forget(const QString &id)
{
    m_rows.remove(id);
}

Status DeferredSearch::write(sql::Database &db)
{
    // Several rows to a statement: FTS5 keeps a statement's rows in memory together
    // (2 000 rows to a statement cost more under perf; 256 fewer instructions than 64).
    // (A JSON array of all rows, read by json_each, cost more in escaping than it saved.)
    constexpr int rowsPerStatement = 256;
    // A record saved again after its row was dropped is in the order twice: taken once.
    QList<std::pair<QString, Row>> cases;
    QList<std::pair<QString, Row>> events;
    for (const QString &id : std::as_const(m_order)) {
        const auto row = m_rows.constFind(id);
        if (row == m_rows.constEnd())
            continue;
        (row->table == Table::Cases ? cases : events).append({id, *row});
        m_rows.erase(row);
    }
    for (const auto &[rows, table] :
         {std::pair{&cases, "case_search"}, std::pair{&events, "event_search"}}) {
        for (qsizetype first = 0; first < rows->size(); first += rowsPerStatement) {
            const qsizetype count = std::min<qsizetype>(rowsPerStatement, rows->size() - first);
            QByteArray sqlText =
                "INSERT INTO " + QByteArray(table) + " (rowid, title, body) VALUES ";
            for (qsizetype i = 0; i < count; ++i)
                sqlText += i == 0 ? "((SELECT rowid FROM record WHERE id = ?), ?, ?)"
                                  : ", ((SELECT rowid FROM record WHERE id = ?), ?, ?)";
            sql::Statement q(db, sqlText.constData());
            for (qsizetype i = 0; i < count; ++i) {
                const auto &[id, row] = rows->at(first + i);
                q.bind(int(3 * i + 1), id)
                    .bind(int(3 * i + 2), row.title)
                    .bind(int(3 * i + 3), row.body);
            }
            if (Status s = sql::toStatus(q.run()); !s)
                return s;
        }
    }
    m_rows.clear();
    m_order.clear();
    return {};
}

Status reindex(sql::Database &db, const Organisation &record, Rows previous,
               DeferredSearch *deferred)
{
    return referencesOnly(db, record, previous, deferred, [](References &) {});
}

Status reindex(sql::Database &db, const Person &record, Rows previous, DeferredSearch *deferred)
{
    return referencesOnly(db, record, previous, deferred,
                          [&](References &r) { r.add(record.organisationId, "organisation"); });
}

Status reindex(sql::Database &db, const Venue &record, Rows previous, DeferredSearch *deferred)
{
    return referencesOnly(db, record, previous, deferred, [](References &) {});
}

Status reindex(sql::Database &db, const ThemeGroup &record, Rows previous, DeferredSearch *deferred)
{
    return referencesOnly(db, record, previous, deferred, [&](References &r) {
        r.add(record.organiserId, "organiser");
        r.add(record.contactIds, "contact");
    });
}

Status reindex(sql::Database &db, const EventSeries &record, Rows previous,
               DeferredSearch *deferred)
{
    return referencesOnly(db, record, previous, deferred, [&](References &r) {
        r.add(record.organiserIds, "organiser");
        r.add(record.facilitatorIds, "facilitator");
        r.add(record.contactIds, "contact");
    });
}

Status reindex(sql::Database &db, const Case &c, Rows previous, DeferredSearch *deferred)
{
    Status s = referencesOnly(db, c, previous, deferred, [&](References &r) {
        r.add(c.ownerId, "owner");
        r.add(c.contactId, "contact");
    });
    if (!s)
        return s;
    const QString owner = titleOf(db, c.ownerId);
    QStringList body{owner, descriptionToPlainText(c.summary), c.themes.join(u' '),
                     titleOf(db, c.contactId)};
    for (const DocumentLink &l : c.links + c.documents)
        body.append(l.title);
    if (Status st = writeCaseList(db, c, owner); !st)
        return st;
    return writeSearch(db, SearchTable::Cases, c.id, c.title, body, deferred);
}

Status reindex(sql::Database &db, const Event &e, Rows previous, DeferredSearch *deferred)
{
    Status s = referencesOnly(db, e, previous, deferred, [&](References &r) {
        r.add(e.organiserIds, "organiser");
        r.add(e.themeGroupId, "themeGroup");
        r.add(e.seriesId, "series");
        r.add(e.contactIds, "contact");
        r.add(e.partnerIds, "partner");
    });
    if (!s)
        return s;

    const QString organisers = titlesOf(db, e.organiserIds);
    const QString themeGroup = titleOf(db, e.themeGroupId);
    const QString series = titleOf(db, e.seriesId);

    QStringList body{e.subtitle, descriptionToPlainText(e.intro), organisers, themeGroup, series,
                     e.audience};
    // Past meetings were held under the group's former names; they still find them.
    if (!e.themeGroupId.isNull()) {
        sql::Statement q(
            db, "SELECT value ->> 'name' FROM record, json_each(record.data, '$.formerNames') "
                "WHERE record.id = ?");
        q.bind(1, idText(e.themeGroupId));
        while (q.step())
            body.append(q.text(0));
    }

    sql::Statement occurrence(
        db, "INSERT INTO occurrence (id, event_id, position, date, start, venue_id, place, "
            "event_kind, event_title, organisers, theme_group_id, theme_group, series_id, series) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sql::Statement slot(
        db, "INSERT INTO slot (id, occurrence_id, position, start, title) VALUES (?, ?, ?, ?, ?)");
    sql::Statement speaker(
        db,
        "INSERT INTO slot_speaker (slot_id, position, person_id, role_text) VALUES (?, ?, ?, ?)");
    sql::Statement slotCase(db,
                            "INSERT INTO slot_case (slot_id, position, case_id) VALUES (?, ?, ?)");
    for (const sql::Statement *q : {&occurrence, &slot, &speaker, &slotCase}) {
        if (q->failure())
            return sql::toStatus(q->failure());
    }

    for (int i = 0; i < e.occurrences.size(); ++i) {
        const Occurrence &o = e.occurrences[i];
        const QString place = placeOf(db, o.venueId);
        const QTime start =
            o.start.isValid() || o.agenda.isEmpty() ? o.start : o.agenda.first().start;
        occurrence.reset();
        occurrence.bind(1, idText(o.id)).bind(2, idText(e.id)).bind(3, i).bind(4, o.date.toIso());
        occurrence.bind(5, start.isValid() ? start.toString(u"HH:mm"_s) : u""_s);
        occurrence.bindOrNull(6, idText(o.venueId));
        occurrence.bind(7, place).bind(8, toName(e.kind)).bind(9, e.title);
        occurrence.bind(10, organisers);
        occurrence.bindOrNull(11, idText(e.themeGroupId));
        occurrence.bind(12, themeGroup);
        occurrence.bindOrNull(13, idText(e.seriesId));
        occurrence.bind(14, series);
        if (Status st = sql::toStatus(occurrence.run()); !st)
            return st;
        body.append(place);
        body.append(o.note);

        for (int j = 0; j < o.agenda.size(); ++j) {
            const AgendaSlot &a = o.agenda[j];
            slot.reset();
            slot.bind(1, idText(a.id)).bind(2, idText(o.id)).bind(3, j);
            slot.bind(4, a.start.isValid() ? a.start.toString(u"HH:mm"_s) : u""_s).bind(5, a.title);
            if (Status st = sql::toStatus(slot.run()); !st)
                return st;
            body.append(a.title);
            body.append(descriptionToPlainText(a.description));
            for (int k = 0; k < a.speakers.size(); ++k) {
                speaker.reset();
                speaker.bind(1, idText(a.id)).bind(2, k).bind(3, idText(a.speakers[k].personId));
                speaker.bind(4, a.speakers[k].roleText);
                if (Status st = sql::toStatus(speaker.run()); !st)
                    return st;
                body.append(titleOf(db, a.speakers[k].personId));
            }
            for (int k = 0; k < a.caseIds.size(); ++k) {
                slotCase.reset();
                slotCase.bind(1, idText(a.id)).bind(2, k).bind(3, idText(a.caseIds[k]));
                if (Status st = sql::toStatus(slotCase.run()); !st)
                    return st;
                body.append(titleOf(db, a.caseIds[k]));
            }
        }
    }
    return writeSearch(db, SearchTable::Events, e.id, e.title, body, deferred);
}

// A template is found by name only; its speakers and cases are references, so a
// person or case a template uses is not deleted from under it.
Status reindex(sql::Database &db, const AgendaTemplate &t, Rows previous, DeferredSearch *deferred)
{
    return referencesOnly(db, t, previous, deferred, [&](References &r) {
        int speaker = 0;
        int position = 0;
        for (const AgendaSlot &slot : t.agenda) {
            for (const SlotSpeaker &sp : slot.speakers)
                r.add(sp.personId, "speaker", speaker++);
            for (const Id &caseId : slot.caseIds)
                r.add(caseId, "case", position++);
        }
    });
}

namespace {

template<class T> Status reindexStored(sql::Database &db, const QByteArray &data)
{
    json::Json j;
    try {
        j = json::Json::parse(data.constData(), data.constData() + data.size());
    } catch (const json::Json::exception &ex) {
        return Error::make(Error::Code::Corrupt, {}, QString::fromUtf8(ex.what()));
    }
    const Result<T> record = RecordTraits<T>::fromJson(j);
    if (!record)
        return Error::make(Error::Code::Corrupt, {}, record.error().message);
    return reindex(db, *record);
}

Status reindexRow(sql::Database &db, const QString &kind, const QByteArray &data)
{
    Status status = Error::make(Error::Code::Corrupt, {}, u"unknown record kind "_s + kind);
    visitKind(kind,
              [&](auto tag) { status = reindexStored<typename decltype(tag)::type>(db, data); });
    return status;
}

Status reindexQuery(sql::Database &db, sql::Statement &q)
{
    // Collect first: reindexing writes to the tables the query reads.
    QList<std::pair<QString, QByteArray>> rows;
    while (q.step())
        rows.append({q.text(0), q.bytes(1)});
    if (q.failure())
        return sql::toStatus(q.failure());
    for (const auto &[kind, data] : rows) {
        if (Status s = reindexRow(db, kind, data); !s)
            return s;
    }
    return {};
}

} // namespace

Status removeDerived(sql::Database &db, const Id &id, DeferredSearch *deferred)
{
    return clearDerived(db, id, deferred);
}

Status reindexReferrers(sql::Database &db, const Id &id)
{
    sql::Statement q(db, "SELECT kind, data FROM record WHERE id IN "
                         "(SELECT DISTINCT from_id FROM referrer WHERE to_id = ?)");
    q.bind(1, idText(id));
    return reindexQuery(db, q);
}

Status reindexRecords(sql::Database &db, const QList<Id> &ids)
{
    if (ids.isEmpty())
        return {};
    json::Json list = json::Json::array();
    for (const Id &id : ids)
        list.push_back(idText(id).toStdString());
    sql::Statement q(db,
                     "SELECT kind, data FROM record WHERE id IN (SELECT value FROM json_each(?))");
    q.bind(1, QString::fromStdString(list.dump()));
    return reindexQuery(db, q);
}

Status reindexAll(sql::Database &db)
{
    // Targets before referrers, so that copied names are there to copy.
    sql::Statement q(db, "SELECT kind, data FROM record ORDER BY CASE kind WHEN 'event' THEN 2 "
                         "WHEN 'case' THEN 1 ELSE 0 END");
    return reindexQuery(db, q);
}

Status reindexCaseLists(sql::Database &db)
{
    sql::Statement q(db, "SELECT data FROM record WHERE kind = 'case'");
    QList<QByteArray> rows;
    while (q.step())
        rows.append(q.bytes(0));
    if (q.failure())
        return sql::toStatus(q.failure());
    for (const QByteArray &data : rows) {
        json::Json j =
            json::Json::parse(data.constData(), data.constData() + data.size(), nullptr, false);
        const Result<Case> c = RecordTraits<Case>::fromJson(j);
        if (!c)
            return Error::make(Error::Code::Corrupt, {}, c.error().message);
        for (const char *sqlText :
             {"DELETE FROM case_theme WHERE case_rowid = (SELECT rowid FROM record WHERE id = ?)",
              "DELETE FROM case_list WHERE case_id = ?"}) {
            sql::Statement del(db, sqlText);
            del.bind(1, idText(c->id));
            if (Status s = sql::toStatus(del.run()); !s)
                return s;
        }
        if (Status s = writeCaseList(db, *c, titleOf(db, c->ownerId)); !s)
            return s;
    }
    return {};
}

QString danishKindName(const QString &kind)
{
    QString name = kind;
    visitKind(kind,
              [&](auto tag) { name = RecordTraits<typename decltype(tag)::type>::danishName(); });
    return name;
}

} // namespace temaplan::store
