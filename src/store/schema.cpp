#include "schema.h"

#include "recordindex.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::store {

namespace {

// Version 1: every record is one row holding its exchange JSON (the aggregate, whole);
// the tables beside it are derived on save and exist for queries and integrity:
// references between records, and an event's occurrences and slots.
// Foreign keys to records are deferred, so an import may save records in any order;
// only a dangling reference at commit fails.
const char *const version1 = R"sql(
PRAGMA application_id = 1414548558;  -- 0x54504C4E, "TPLN"
CREATE TABLE record (
    id    TEXT PRIMARY KEY,
    kind  TEXT NOT NULL CHECK (kind IN ('organisation', 'person', 'venue', 'themeGroup',
                                        'series', 'case', 'event')),
    title TEXT NOT NULL,
    data  TEXT NOT NULL CHECK (json_valid(data))
);
CREATE INDEX record_kind ON record (kind, title);

CREATE TABLE reference (
    from_id  TEXT NOT NULL REFERENCES record (id) ON DELETE CASCADE,
    to_id    TEXT NOT NULL REFERENCES record (id) DEFERRABLE INITIALLY DEFERRED,
    role     TEXT NOT NULL,
    position INTEGER NOT NULL
);
CREATE INDEX reference_from ON reference (from_id);
CREATE INDEX reference_to ON reference (to_id);

CREATE TABLE occurrence (
    id             TEXT PRIMARY KEY,
    event_id       TEXT NOT NULL REFERENCES record (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    date           TEXT NOT NULL,  -- ISO; '--MM-DD' without a year sorts first
    start          TEXT NOT NULL,  -- 'HH:MM' or ''
    venue_id       TEXT REFERENCES record (id) DEFERRABLE INITIALLY DEFERRED,
    place          TEXT NOT NULL,
    event_kind     TEXT NOT NULL,
    event_title    TEXT NOT NULL,
    organisers     TEXT NOT NULL,
    theme_group_id TEXT,
    theme_group    TEXT NOT NULL,
    series_id      TEXT,
    series         TEXT NOT NULL
);
CREATE INDEX occurrence_event ON occurrence (event_id);
CREATE INDEX occurrence_date ON occurrence (date, start);
CREATE INDEX occurrence_venue ON occurrence (venue_id);

CREATE TABLE slot (
    id            TEXT PRIMARY KEY,
    occurrence_id TEXT NOT NULL REFERENCES occurrence (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    start         TEXT NOT NULL,
    title         TEXT NOT NULL
);
CREATE INDEX slot_occurrence ON slot (occurrence_id);

CREATE TABLE slot_speaker (
    slot_id   TEXT NOT NULL REFERENCES slot (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    person_id TEXT NOT NULL REFERENCES record (id) DEFERRABLE INITIALLY DEFERRED,
    role_text TEXT NOT NULL
);
CREATE INDEX slot_speaker_slot ON slot_speaker (slot_id);
CREATE INDEX slot_speaker_person ON slot_speaker (person_id);

CREATE TABLE slot_case (
    slot_id  TEXT NOT NULL REFERENCES slot (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    case_id  TEXT NOT NULL REFERENCES record (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX slot_case_slot ON slot_case (slot_id);
CREATE INDEX slot_case_case ON slot_case (case_id);

-- Who refers to a record, whichever table holds the reference.
CREATE VIEW referrer (to_id, from_id) AS
    SELECT to_id, from_id FROM reference
    UNION ALL
    SELECT venue_id, event_id FROM occurrence WHERE venue_id IS NOT NULL
    UNION ALL
    SELECT ss.person_id, o.event_id FROM slot_speaker ss
        JOIN slot s ON s.id = ss.slot_id JOIN occurrence o ON o.id = s.occurrence_id
    UNION ALL
    SELECT sc.case_id, o.event_id FROM slot_case sc
        JOIN slot s ON s.id = sc.slot_id JOIN occurrence o ON o.id = s.occurrence_id;
)sql";

// Version 2: full-text search. The text is folded by the app (foldForSearch) before
// it is indexed, because unicode61 folds å but not æ or ø; the rowid is the record's.
const char *const version2 = R"sql(
CREATE VIRTUAL TABLE search USING fts5 (
    title, body, tokenize = 'unicode61 remove_diacritics 2'
);
)sql";

// Version 3: search split by kind, with prefix indexes. A one- or two-letter prefix
// ("b", "bæ") otherwise makes FTS5 merge the doclists of every matching term for each
// ranked row: minutes at 50 000 cases. With prefix='1 2 3' such a prefix is one term.
const char *const version3 = R"sql(
DROP TABLE search;
CREATE VIRTUAL TABLE case_search USING fts5 (
    title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);
CREATE VIRTUAL TABLE event_search USING fts5 (
    title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);
)sql";

// Version 4: the case list and its facets. `case_list` holds what a list row shows
// and what facets count (owner, start year, a Danish sort key so that a page of 50 000
// cases in title order is read from an index), `case_theme` one row per theme of a
// case. Both are derived from the case's record on save, like the search tables.
const char *const version4 = R"sql(
CREATE TABLE case_list (
    case_rowid     INTEGER PRIMARY KEY,  -- the record's rowid, as in case_search
    case_id        TEXT NOT NULL UNIQUE REFERENCES record (id) ON DELETE CASCADE,
    title          TEXT NOT NULL,
    sort_key       TEXT NOT NULL,        -- danishSortKey(title)
    owner_id       TEXT NOT NULL,        -- '' without an owner
    owner          TEXT NOT NULL,
    owner_sort_key TEXT NOT NULL,
    start_year     INTEGER NOT NULL,     -- 0: not known
    end_year       INTEGER NOT NULL,
    themes         TEXT NOT NULL,        -- JSON array, as in the record
    duplicate_key  TEXT NOT NULL         -- folded title and owner id: look-alikes meet
);
CREATE INDEX case_list_sort ON case_list (sort_key, case_rowid);
-- Covers the owner facet: counted and named from the index alone.
CREATE INDEX case_list_owner ON case_list (owner_id, owner_sort_key, owner);
CREATE INDEX case_list_owner_sort ON case_list (owner_sort_key, sort_key);
CREATE INDEX case_list_year ON case_list (start_year, sort_key);
CREATE INDEX case_list_duplicate ON case_list (duplicate_key);

-- Columns in the order of the key: SQLite 3.40's quick_check reports "NULL value" in
-- a WITHOUT ROWID table whose key columns are declared in another order.
CREATE TABLE case_theme (
    theme      TEXT NOT NULL,
    case_rowid INTEGER NOT NULL REFERENCES case_list (case_rowid) ON DELETE CASCADE,
    PRIMARY KEY (theme, case_rowid)
) WITHOUT ROWID;
CREATE INDEX case_theme_case ON case_theme (case_rowid);
)sql";

struct Step
{
    int version;
    std::function<Status(sql::Database &)> apply;
};

Status execStep(sql::Database &db, const char *script)
{
    if (auto f = db.exec(script))
        return Error::make(sql::errorCodeFor(f->code), {}, f->message);
    return {};
}

// Version 5: agenda templates are records of kind 'template'. The kind's CHECK is
// widened where SQLite keeps the table's definition (the documented way to loosen a
// constraint without rebuilding a table that every derived table refers to); the
// rows on disk do not change. Templates derive references only.
Status allowTemplates(sql::Database &db)
{
    sql::Statement version(db, "PRAGMA schema_version");
    if (!version.step())
        return sql::toStatus(version.failure());
    const qint64 schemaCookie = version.integer(0);
    const char *const widen = R"sql(
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
   SET sql = replace(sql, '''series'', ''case'', ''event'')', '''series'', ''case'', ''event'', ''template'')')
 WHERE type = 'table' AND name = 'record';
)sql";
    if (Status s = execStep(db, widen); !s) {
        (void)db.exec("PRAGMA writable_schema = OFF");
        return s;
    }
    const QByteArray bump = "PRAGMA schema_version = " + QByteArray::number(schemaCookie + 1)
                            + "; PRAGMA writable_schema = OFF";
    if (Status s = execStep(db, bump.constData()); !s)
        return s;
    sql::Statement check(db, "SELECT sql LIKE '%''template''%' FROM sqlite_schema "
                             "WHERE type = 'table' AND name = 'record'");
    if (!check.step() || check.integer(0) != 1)
        return Error::make(Error::Code::Corrupt, {}, u"record table without the expected kind check"_s);
    return {};
}

const std::vector<Step> &steps()
{
    static const std::vector<Step> all = {
        {1, [](sql::Database &db) { return execStep(db, version1); }},
        {2, [](sql::Database &db) {
             if (Status s = execStep(db, version2); !s)
                 return s;
             return reindexAll(db);
         }},
        {3, [](sql::Database &db) {
             if (Status s = execStep(db, version3); !s)
                 return s;
             return reindexAll(db);
         }},
        {4, [](sql::Database &db) {
             if (Status s = execStep(db, version4); !s)
                 return s;
             // Only the new tables: the others are as version 3 left them, and
             // reindexing every record of a 50 000-case library would take a minute.
             return reindexCaseLists(db);
         }},
        {5, allowTemplates},
    };
    return all;
}

} // namespace

int schemaVersion() { return steps().back().version; }

Status migrate(sql::Database &db, int fromVersion, int target)
{
    for (const Step &step : steps()) {
        if (step.version <= fromVersion || step.version > target)
            continue;
        if (auto f = db.exec("BEGIN IMMEDIATE"))
            return Error::make(sql::errorCodeFor(f->code), {}, f->message);
        Status s = step.apply(db);
        if (s) {
            const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(step.version);
            if (auto f = db.exec(setVersion.constData()))
                s = Error::make(sql::errorCodeFor(f->code), {}, f->message);
        }
        if (s) {
            if (auto f = db.exec("COMMIT"))
                s = Error::make(sql::errorCodeFor(f->code), {}, f->message);
        }
        if (!s) {
            (void)db.exec("ROLLBACK");
            Error e = s.error();
            e.message = QCoreApplication::translate("Schema", "Biblioteket kunne ikke opgraderes til version %1.")
                            .arg(step.version);
            return e;
        }
    }
    return {};
}

} // namespace temaplan::store
