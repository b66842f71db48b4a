#include "eventactions.h"

#include "eventcommand.h"
#include "librarysession.h"
#include "templateactions.h"

#include "core/agendarules.h"

#include <QAction>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

EventActions::EventActions(LibrarySession *session, Current current, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_current(std::move(current))
    , m_new(new QAction(tr("&Nyt arrangement…"), this))
    , m_duplicate(new QAction(tr("&Kopiér arrangement"), this))
    , m_delete(new QAction(tr("&Slet arrangement"), this))
    , m_addOccurrence(new QAction(tr("Tilføj &dato og sted"), this))
    , m_removeOccurrence(new QAction(tr("Fjern d&ato og sted"), this))
    , m_templates(new TemplateActions(session, m_current, this))
{
    m_new->setObjectName(u"newEvent"_s);
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_new->setToolTip(tr("Opret et nyt arrangement med én dato og et tomt program"));
    m_duplicate->setObjectName(u"duplicateEvent"_s);
    m_duplicate->setToolTip(
        tr("Opret en kopi af arrangementet med dets datoer og program, til næste møde"));
    m_delete->setObjectName(u"deleteEvent"_s);
    m_delete->setToolTip(tr("Slet arrangementet; Fortryd henter det tilbage"));
    m_addOccurrence->setObjectName(u"addOccurrence"_s);
    m_addOccurrence->setToolTip(
        tr("Arrangementet holdes også et andet sted eller en anden dag, med en kopi af "
           "programmet"));
    m_removeOccurrence->setObjectName(u"removeOccurrence"_s);
    m_removeOccurrence->setToolTip(tr("Fjern den viste dato og dens program"));

    connect(m_new, &QAction::triggered, this, &EventActions::createEvent);
    connect(m_duplicate, &QAction::triggered, this, &EventActions::duplicateEvent);
    connect(m_delete, &QAction::triggered, this, &EventActions::deleteEvent);
    connect(m_addOccurrence, &QAction::triggered, this, &EventActions::addOccurrence);
    connect(m_removeOccurrence, &QAction::triggered, this, &EventActions::removeOccurrence);
    connect(m_templates, &TemplateActions::eventCreated, this, &EventActions::eventCreated);
    updateActions();
}

QList<QAction *> EventActions::actions() const
{
    return {m_new, m_duplicate, m_delete, m_addOccurrence, m_removeOccurrence};
}

void EventActions::updateActions()
{
    const bool writable = m_session->hasLibrary() && !m_session->isReadOnly();
    const auto event = writable ? currentEvent() : std::nullopt;
    m_new->setEnabled(writable);
    m_duplicate->setEnabled(event.has_value());
    m_delete->setEnabled(event.has_value());
    m_addOccurrence->setEnabled(event.has_value());
    // The list shows events by their dates: one without any would drop out of sight.
    m_removeOccurrence->setEnabled(event && event->occurrences.size() > 1);
    m_templates->updateActions();
}

std::optional<Event> EventActions::currentEvent() const
{
    Library *library = m_session->library();
    const Id id = m_current().first;
    if (!library || id.isNull())
        return std::nullopt;
    auto event = library->events().get(id);
    if (!event)
        return std::nullopt;
    return std::move(event).value();
}

Event EventActions::newEvent(Library &library, const QString &title)
{
    Event event;
    event.id = newId();
    event.title = title;
    // Most events are the network's own: its letterhead goes on the programme.
    if (auto organisations = library.organisations().all())
        for (const Organisation &o : *organisations)
            if (o.kind == OrganisationKind::Network) {
                event.organiserIds << o.id;
                break;
            }
    Occurrence occurrence;
    occurrence.id = newId();
    event.occurrences << occurrence;
    return event;
}

Event EventActions::duplicate(const Event &event, const QString &title)
{
    Event copy = event;
    copy.id = newId();
    copy.title = title;
    for (Occurrence &o : copy.occurrences) {
        o.id = newId();
        o.agenda = agenda::withNewSlotIds(o.agenda);
    }
    return copy;
}

void EventActions::createEvent()
{
    Library *library = m_session->library();
    if (!library)
        return;
    const Event event = newEvent(*library, tr("Nyt arrangement"));
    if (m_session->push(new EventCommand(m_session, std::nullopt, event,
                                         tr("Nyt arrangement"),
                                         {event.occurrences.first().id, -1})))
        Q_EMIT eventCreated(event.id);
}

void EventActions::duplicateEvent()
{
    const auto event = currentEvent();
    if (!event)
        return;
    const Event copy = duplicate(*event, tr("%1 (kopi)").arg(event->title));
    const Id shown = copy.occurrences.isEmpty() ? Id() : copy.occurrences.first().id;
    if (m_session->push(new EventCommand(m_session, std::nullopt, copy,
                                         tr("Kopiér «%1»").arg(event->title), {shown, -1})))
        Q_EMIT eventCreated(copy.id);
}

void EventActions::deleteEvent()
{
    const auto event = currentEvent();
    if (!event)
        return;
    (void)m_session->push(new EventCommand(m_session, event, std::nullopt,
                                           tr("Slet «%1»").arg(event->title),
                                           {m_current().second, -1}));
}

void EventActions::addOccurrence()
{
    const auto event = currentEvent();
    if (!event)
        return;
    Event after = *event;
    Occurrence added;
    const Id shownId = m_current().second;
    for (const Occurrence &o : event->occurrences)
        if (o.id == shownId) {
            // A theme day at a second place runs the same programme, with other speakers.
            added = o;
            added.agenda = agenda::withNewSlotIds(o.agenda);
            added.venueId = {};
        }
    added.id = newId();
    after.occurrences << added;
    (void)m_session->push(new EventCommand(m_session, event, after, tr("Tilføj dato og sted"),
                                           {added.id, -1}));
}

void EventActions::removeOccurrence()
{
    const auto event = currentEvent();
    if (!event || event->occurrences.size() < 2)
        return;
    Event after = *event;
    const Id shownId = m_current().second;
    after.occurrences.removeIf([&](const Occurrence &o) { return o.id == shownId; });
    if (after.occurrences.size() == event->occurrences.size())
        return;
    (void)m_session->push(new EventCommand(m_session, event, after, tr("Fjern dato og sted"),
                                           {after.occurrences.first().id, -1}));
}

} // namespace temaplan::app
