#pragma once

#include "core/event.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;

namespace temaplan {
class Library;
}

namespace temaplan::app {

class LibrarySession;
class TemplateActions;

// The Program menu's edits of whole events: new, duplicate, delete, and a further
// date and place (occurrence) or one less. Each is one EventCommand, so a deleted event
// comes back whole with Fortryd.
class EventActions final : public QObject
{
    Q_OBJECT

public:
    // `current` names the event and occurrence the window shows (null ids: none).
    using Current = std::function<std::pair<Id, Id>()>;

    EventActions(LibrarySession *session, Current current, QObject *parent = nullptr);

    QAction *newAction() const { return m_new; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *deleteAction() const { return m_delete; }
    QAction *addOccurrenceAction() const { return m_addOccurrence; }
    QAction *removeOccurrenceAction() const { return m_removeOccurrence; }
    QList<QAction *> actions() const;
    // Gem program som skabelon…, Nyt arrangement fra skabelon…, Skabeloner…
    TemplateActions *templateActions() const { return m_templates; }

    // After the shown event or the library changed.
    void updateActions();

    // The records the actions make, for tests and for the actions themselves.
    static Event newEvent(Library &library, const QString &title);
    static Event duplicate(const Event &event, const QString &title);

    void createEvent();
    void duplicateEvent();
    void deleteEvent();
    void addOccurrence();
    void removeOccurrence();

Q_SIGNALS:
    // A new event was made: the window shows it with its title ready to type over.
    void eventCreated(const temaplan::Id &eventId);

private:
    std::optional<Event> currentEvent() const;

    LibrarySession *m_session;
    Current m_current;
    QAction *m_new;
    QAction *m_duplicate;
    QAction *m_delete;
    QAction *m_addOccurrence;
    QAction *m_removeOccurrence;
    TemplateActions *m_templates;
};

} // namespace temaplan::app
