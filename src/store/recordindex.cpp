#include "recordindex.h"

#include "derivedtables.h"
#include "recordtraits.h"

#include "core/description.h"
#include "core/kinds.h"
#include "core/searchfolding.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::store {

namespace {

using Table = DeferredRows::Table;
using Value = DeferredRows::Value;
using SearchTable = DeferredRows::SearchTable;
using derived::bindValue;
using derived::insertRows;
using derived::insertText;
using derived::shapeOf;
using derived::storedRowid;
using derived::storedTitle;

QString idText(const Id &id)
{
    return idToString(id);
}

// An id as the bytes of its text: what idText gives, without the QString.
QByteArray idBytes(const Id &id)
{
    return id.isNull() ? QByteArray() : id.toByteArray(QUuid::WithoutBraces);
}

// Empty text as NULL, for the nullable columns.
Value orNull(const QByteArray &text)
{
    return text.isEmpty() ? Value{} : Value{text};
}

// Where a save's derived rows go: into their tables at once, or, in a bulk
// transaction, held until its end.
class DerivedRows
{
public:
    DerivedRows(sql::Database &db, DeferredRows *deferred)
        : m_db(db)
        , m_deferred(deferred)
    {}
    Status add(Table table, std::initializer_list<Value> values)
    {
        Q_ASSERT(int(values.size()) == shapeOf(table).columnCount);
        if (m_deferred) {
            m_deferred->add(table, values);
            return {};
        }
        return insertRows(m_db, table, values.begin(), 1, insertText(table, 1));
    }
    sql::Database &db() const { return m_db; }
    DeferredRows *deferred() const { return m_deferred; }

private:
    sql::Database &m_db;
    DeferredRows *m_deferred;
};

QString titleOf(const DerivedRows &rows, const Id &id)
{
    if (id.isNull())
        return {};
    return rows.deferred() ? rows.deferred()->titleOf(rows.db(), id) : storedTitle(rows.db(), id);
}

QString titlesOf(const DerivedRows &rows, const QList<Id> &ids)
{
    QStringList names;
    for (const Id &id : ids) {
        const QString name = titleOf(rows, id);
        if (!name.isEmpty())
            names.append(name);
    }
    return names.join(u", "_s);
}

// The record's rowid, which its search and list rows share; NULL if it is not saved.
Value rowidOf(const DerivedRows &rows, const Id &id)
{
    const std::optional<qint64> rowid =
        rows.deferred() ? rows.deferred()->rowidOf(rows.db(), id) : storedRowid(rows.db(), id);
    return rowid ? Value{*rowid} : Value{};
}

// Clears what a record derived last time it was saved.
Status clearDerived(sql::Database &db, const Id &id, DeferredRows *deferred)
{
    const QString key = idText(id);
    if (deferred) {
        deferred->forget(key);
        // Rows held for it (saved twice in the transaction) are deleted with the others.
        if (Status s = deferred->writeRows(db); !s)
            return s;
    }
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
    References(DerivedRows &rows, const Id &from)
        : m_rows(rows)
        , m_from(idBytes(from))
    {}
    void add(const Id &to, const char *role, int position = 0)
    {
        if (to.isNull() || !m_status)
            return;
        m_status =
            m_rows.add(Table::Reference, {m_from, idBytes(to), QByteArray(role), qint64(position)});
    }
    void add(const QList<Id> &to, const char *role)
    {
        for (int i = 0; i < to.size(); ++i)
            add(to[i], role, i);
    }
    Status status() const { return m_status; }

private:
    DerivedRows &m_rows;
    QByteArray m_from;
    Status m_status;
};

Status writeSearch(const DerivedRows &rows, SearchTable table, const Id &id, const QString &title,
                   const QStringList &body)
{
    const Value rowid = rowidOf(rows, id);
    if (DeferredRows *deferred = rows.deferred()) {
        const auto *number = std::get_if<qint64>(&rowid);
        deferred->addSearch(table, idText(id),
                            number ? std::optional<qint64>(*number) : std::nullopt,
                            foldForSearch(title), foldForSearch(body.join(u'\n')));
        return {};
    }
    sql::Statement q(rows.db(),
                     table == SearchTable::Cases
                         ? "INSERT INTO case_search (rowid, title, body) VALUES (?, ?, ?)"
                         : "INSERT INTO event_search (rowid, title, body) VALUES (?, ?, ?)");
    if (q.failure() && q.failure()->message.contains(u"no such table"_s))
        return {};
    bindValue(q, 1, rowid);
    q.bind(2, foldForSearch(title)).bind(3, foldForSearch(body.join(u'\n')));
    return sql::toStatus(q.run());
}

// An owner's sort key: the same few hundred owners name thousands of cases, so a bulk
// transaction makes each one's key once.
QString ownerSortKey(const DerivedRows &rows, const QString &owner)
{
    return rows.deferred() ? rows.deferred()->sortKeyOf(owner) : danishSortKey(owner);
}

Status writeCaseList(DerivedRows &rows, const Case &c, const QString &owner)
{
    QStringList themes;
    for (const QString &theme : c.themes) {
        const QString t = theme.trimmed();
        if (!t.isEmpty() && !themes.contains(t))
            themes.append(t);
    }
    const Value rowid = rowidOf(rows, c.id);
    const QString key = idText(c.id);
    const QString ownerKey = c.ownerId.isNull() ? QString() : idText(c.ownerId);
    json::Json themeArray = json::Json::array();
    for (const QString &t : themes)
        themeArray.push_back(t.toStdString());
    if (Status s = rows.add(Table::CaseList,
                            {rowid, key, c.title, danishSortKey(c.title), ownerKey, owner,
                             ownerSortKey(rows, owner), qint64(c.startYear), qint64(c.endYear),
                             QString::fromStdString(themeArray.dump()),
                             foldForSearch(c.title).simplified() + u'\x1f' + ownerKey});
        !s)
        return s;
    for (const QString &t : themes) {
        if (Status s = rows.add(Table::CaseTheme, {rowid, t}); !s)
            return s;
    }
    return {};
}

QString placeOf(const DerivedRows &rows, const Id &venueId)
{
    if (venueId.isNull())
        return {};
    if (rows.deferred()) {
        if (std::optional<QString> known = rows.deferred()->place(venueId))
            return *known;
    }
    sql::Statement q(rows.db(),
                     "SELECT json_extract(data, '$.kind'), json_extract(data, '$.town'), "
                     "json_extract(data, '$.name') FROM record WHERE id = ? AND kind = 'venue'");
    q.bind(1, idText(venueId));
    QString place;
    if (q.step()) {
        if (q.text(0) == toName(VenueKind::Online))
            place = u"online"_s;
        else
            place = q.text(1).isEmpty() ? q.text(2) : q.text(1);
    }
    if (rows.deferred())
        rows.deferred()->setPlace(venueId, place);
    return place;
}

// Past meetings were held under the group's former names; they still find them.
QStringList formerNamesOf(const DerivedRows &rows, const Id &groupId)
{
    if (groupId.isNull())
        return {};
    if (rows.deferred()) {
        if (std::optional<QStringList> known = rows.deferred()->formerNames(groupId))
            return *known;
    }
    sql::Statement q(rows.db(),
                     "SELECT value ->> 'name' FROM record, json_each(record.data, '$.formerNames') "
                     "WHERE record.id = ?");
    q.bind(1, idText(groupId));
    QStringList names;
    while (q.step())
        names.append(q.text(0));
    if (rows.deferred())
        rows.deferred()->setFormerNames(groupId, names);
    return names;
}

template<class T>
Status referencesOnly(DerivedRows &rows, const T &record, Rows previous,
                      const std::function<void(References &)> &fill)
{
    if (previous == Rows::MayExist) {
        if (Status s = clearDerived(rows.db(), record.id, rows.deferred()); !s)
            return s;
    }
    References refs(rows, record.id);
    fill(refs);
    return refs.status();
}

} // namespace

Status reindex(sql::Database &db, const Organisation &record, Rows previous, DeferredRows *deferred)
{
    DerivedRows rows(db, deferred);
    return referencesOnly(rows, record, previous, [](References &) {});
}

Status reindex(sql::Database &db, const Person &record, Rows previous, DeferredRows *deferred)
{
    DerivedRows rows(db, deferred);
    return referencesOnly(rows, record, previous,
                          [&](References &r) { r.add(record.organisationId, "organisation"); });
}

Status reindex(sql::Database &db, const Venue &record, Rows previous, DeferredRows *deferred)
{
    DerivedRows rows(db, deferred);
    return referencesOnly(rows, record, previous, [](References &) {});
}

Status reindex(sql::Database &db, const ThemeGroup &record, Rows previous, DeferredRows *deferred)
{
    DerivedRows rows(db, deferred);
    return referencesOnly(rows, record, previous, [&](References &r) {
        r.add(record.organiserId, "organiser");
        r.add(record.contactIds, "contact");
    });
}

Status reindex(sql::Database &db, const EventSeries &record, Rows previous, DeferredRows *deferred)
{
    DerivedRows rows(db, deferred);
    return referencesOnly(rows, record, previous, [&](References &r) {
        r.add(record.organiserIds, "organiser");
        r.add(record.facilitatorIds, "facilitator");
        r.add(record.contactIds, "contact");
    });
}

Status reindex(sql::Database &db, const Case &c, Rows previous, DeferredRows *deferred)
{
    DerivedRows rows(db, deferred);
    Status s = referencesOnly(rows, c, previous, [&](References &r) {
        r.add(c.ownerId, "owner");
        r.add(c.contactId, "contact");
    });
    if (!s)
        return s;
    const QString owner = titleOf(rows, c.ownerId);
    QStringList body{owner, descriptionToPlainText(c.summary), c.themes.join(u' '),
                     titleOf(rows, c.contactId)};
    for (const DocumentLink &l : c.links + c.documents)
        body.append(l.title);
    if (Status st = writeCaseList(rows, c, owner); !st)
        return st;
    return writeSearch(rows, SearchTable::Cases, c.id, c.title, body);
}

Status reindex(sql::Database &db, const Event &e, Rows previous, DeferredRows *deferred)
{
    DerivedRows rows(db, deferred);
    Status s = referencesOnly(rows, e, previous, [&](References &r) {
        r.add(e.organiserIds, "organiser");
        r.add(e.themeGroupId, "themeGroup");
        r.add(e.seriesId, "series");
        r.add(e.contactIds, "contact");
        r.add(e.partnerIds, "partner");
    });
    if (!s)
        return s;

    const QString organisers = titlesOf(rows, e.organiserIds);
    const QString themeGroup = titleOf(rows, e.themeGroupId);
    const QString series = titleOf(rows, e.seriesId);

    QStringList body{e.subtitle, descriptionToPlainText(e.intro), organisers, themeGroup, series,
                     e.audience};
    body += formerNamesOf(rows, e.themeGroupId);

    const QByteArray eventKey = idBytes(e.id);
    const QString eventKind = toName(e.kind);
    const Value themeGroupKey = orNull(idBytes(e.themeGroupId));
    const Value seriesKey = orNull(idBytes(e.seriesId));
    for (int i = 0; i < e.occurrences.size(); ++i) {
        const Occurrence &o = e.occurrences[i];
        const QString place = placeOf(rows, o.venueId);
        const QTime start =
            o.start.isValid() || o.agenda.isEmpty() ? o.start : o.agenda.first().start;
        const QByteArray occurrenceKey = idBytes(o.id);
        if (Status st = rows.add(Table::Occurrence,
                                 {occurrenceKey, eventKey, qint64(i), o.date.toIso(),
                                  start.isValid() ? start.toString(u"HH:mm"_s) : u""_s,
                                  orNull(idBytes(o.venueId)), place, eventKind, e.title, organisers,
                                  themeGroupKey, themeGroup, seriesKey, series});
            !st)
            return st;
        body.append(place);
        body.append(o.note);

        for (int j = 0; j < o.agenda.size(); ++j) {
            const AgendaSlot &a = o.agenda[j];
            const QByteArray slotKey = idBytes(a.id);
            if (Status st =
                    rows.add(Table::Slot,
                             {slotKey, occurrenceKey, qint64(j),
                              a.start.isValid() ? a.start.toString(u"HH:mm"_s) : u""_s, a.title});
                !st)
                return st;
            body.append(a.title);
            body.append(descriptionToPlainText(a.description));
            for (int k = 0; k < a.speakers.size(); ++k) {
                if (Status st = rows.add(Table::SlotSpeaker,
                                         {slotKey, qint64(k), idBytes(a.speakers[k].personId),
                                          a.speakers[k].roleText});
                    !st)
                    return st;
                body.append(titleOf(rows, a.speakers[k].personId));
            }
            for (int k = 0; k < a.caseIds.size(); ++k) {
                if (Status st =
                        rows.add(Table::SlotCase, {slotKey, qint64(k), idBytes(a.caseIds[k])});
                    !st)
                    return st;
                body.append(titleOf(rows, a.caseIds[k]));
            }
        }
    }
    return writeSearch(rows, SearchTable::Events, e.id, e.title, body);
}

// A template is found by name only; its speakers and cases are references, so a
// person or case a template uses is not deleted from under it.
Status reindex(sql::Database &db, const AgendaTemplate &t, Rows previous, DeferredRows *deferred)
{
    DerivedRows rows(db, deferred);
    return referencesOnly(rows, t, previous, [&](References &r) {
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

Status removeDerived(sql::Database &db, const Id &id, DeferredRows *deferred)
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
        DerivedRows now(db, nullptr);
        if (Status s = writeCaseList(now, *c, titleOf(now, c->ownerId)); !s)
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
