#pragma once

#include "core/event.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class EventForm;
}

namespace temaplan::app {

class LibrarySession;

// The event's own fields and the chosen occurrence's date, times and venue. Every
// change is an EventCommand that saves at once; typing in one field, until the field
// is left, is one undo step.
class EventForm final : public QWidget
{
    Q_OBJECT

public:
    explicit EventForm(LibrarySession *session, QWidget *parent = nullptr);
    ~EventForm() override;

    // Shows the event as saved, leaving alone a field whose text already says the same
    // (the one being typed in keeps its cursor).
    void showEvent(const Event &event, const Id &occurrenceId);
    void clear();
    void setReadOnly(bool readOnly);

    // The title ready to be typed over (a new event).
    void focusTitle();

    // Why the last input was refused (a time that is none, an empty title); empty when
    // it was not.
    QString message() const;

private:
    void fillChoices();
    void commit(const Event &after, const QString &text, const QString &field);
    void editEvent(const QString &text, const QString &field,
                   const std::function<void(Event &)> &change);
    void editOccurrence(const QString &text, const QString &field,
                        const std::function<void(Occurrence &)> &change);
    void commitDate();
    void commitTime(bool start);
    void editTitle(const QString &text);
    void leaveTitle();
    void say(const QString &message);
    // A field that is left ends its typing: the next change is a new undo step.
    void endTyping() { ++m_typingRound; }

    LibrarySession *m_session;
    std::unique_ptr<Ui::EventForm> m_ui;
    std::optional<Event> m_event;
    Id m_occurrenceId;
    int m_typingRound = 0;
    bool m_showing = false;
    bool m_choicesStale = true;
};

} // namespace temaplan::app
