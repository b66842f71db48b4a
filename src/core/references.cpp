#include "references.h"

#include <QCoreApplication>

namespace temaplan {

namespace {

class Collector
{
public:
    explicit Collector(QList<ReferenceAt> &out) : m_out(out) {}

    void one(const std::string &pointer, const Id &id, RecordKind kind)
    {
        if (!id.isNull())
            m_out.append({pointer, id, kind});
    }
    void many(const std::string &pointer, const QList<Id> &ids, RecordKind kind)
    {
        for (qsizetype i = 0; i < ids.size(); ++i)
            one(pointer + '/' + std::to_string(i), ids[i], kind);
    }

private:
    QList<ReferenceAt> &m_out;
};

std::string at(const char *array, qsizetype index) { return std::string("/") + array + '/' + std::to_string(index); }

} // namespace

QList<ReferenceAt> referencesOf(const LibraryContents &c)
{
    QList<ReferenceAt> refs;
    Collector add(refs);
    for (qsizetype i = 0; i < c.people.size(); ++i)
        add.one(at("people", i) + "/organisation", c.people[i].organisationId, RecordKind::Organisation);
    for (qsizetype i = 0; i < c.themeGroups.size(); ++i) {
        const ThemeGroup &g = c.themeGroups[i];
        add.one(at("themeGroups", i) + "/organiser", g.organiserId, RecordKind::Organisation);
        add.many(at("themeGroups", i) + "/contacts", g.contactIds, RecordKind::Person);
    }
    for (qsizetype i = 0; i < c.series.size(); ++i) {
        const EventSeries &s = c.series[i];
        add.many(at("series", i) + "/organisers", s.organiserIds, RecordKind::Organisation);
        add.many(at("series", i) + "/facilitators", s.facilitatorIds, RecordKind::Person);
        add.many(at("series", i) + "/contacts", s.contactIds, RecordKind::Person);
    }
    for (qsizetype i = 0; i < c.cases.size(); ++i) {
        add.one(at("cases", i) + "/owner", c.cases[i].ownerId, RecordKind::Organisation);
        add.one(at("cases", i) + "/contact", c.cases[i].contactId, RecordKind::Person);
    }
    for (qsizetype i = 0; i < c.events.size(); ++i) {
        const Event &e = c.events[i];
        const std::string ep = at("events", i);
        add.many(ep + "/organisers", e.organiserIds, RecordKind::Organisation);
        add.one(ep + "/themeGroup", e.themeGroupId, RecordKind::ThemeGroup);
        add.one(ep + "/series", e.seriesId, RecordKind::Series);
        add.many(ep + "/contacts", e.contactIds, RecordKind::Person);
        add.many(ep + "/partners", e.partnerIds, RecordKind::Organisation);
        for (qsizetype o = 0; o < e.occurrences.size(); ++o) {
            const Occurrence &occ = e.occurrences[o];
            const std::string op = ep + "/occurrences/" + std::to_string(o);
            add.one(op + "/venue", occ.venueId, RecordKind::Venue);
            for (qsizetype s = 0; s < occ.agenda.size(); ++s) {
                const AgendaSlot &slot = occ.agenda[s];
                const std::string sp = op + "/agenda/" + std::to_string(s);
                for (qsizetype k = 0; k < slot.speakers.size(); ++k)
                    add.one(sp + "/speakers/" + std::to_string(k) + "/person", slot.speakers[k].personId,
                            RecordKind::Person);
                add.many(sp + "/cases", slot.caseIds, RecordKind::Case);
            }
        }
    }
    for (qsizetype i = 0; i < c.templates.size(); ++i) {
        const Agenda &agenda = c.templates[i].agenda;
        for (qsizetype s = 0; s < agenda.size(); ++s) {
            const std::string sp = at("templates", i) + "/agenda/" + std::to_string(s);
            for (qsizetype k = 0; k < agenda[s].speakers.size(); ++k)
                add.one(sp + "/speakers/" + std::to_string(k) + "/person", agenda[s].speakers[k].personId,
                        RecordKind::Person);
            add.many(sp + "/cases", agenda[s].caseIds, RecordKind::Case);
        }
    }
    return refs;
}

QString referenceKindPhrase(RecordKind kind)
{
    const char *text = "";
    switch (kind) {
    case RecordKind::Organisation: text = QT_TRANSLATE_NOOP("References", "en organisation"); break;
    case RecordKind::Person: text = QT_TRANSLATE_NOOP("References", "en person"); break;
    case RecordKind::Venue: text = QT_TRANSLATE_NOOP("References", "et mødested"); break;
    case RecordKind::ThemeGroup: text = QT_TRANSLATE_NOOP("References", "en temagruppe"); break;
    case RecordKind::Series: text = QT_TRANSLATE_NOOP("References", "en møderække"); break;
    case RecordKind::Case: text = QT_TRANSLATE_NOOP("References", "en case"); break;
    case RecordKind::Event: text = QT_TRANSLATE_NOOP("References", "et arrangement"); break;
    }
    return QCoreApplication::translate("References", text);
}

} // namespace temaplan
