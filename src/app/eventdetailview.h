#pragma once

#include "core/event.h"
#include "core/result.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;

namespace temaplan::app {

class EventForm;
class LibrarySession;
class ProgrammeActions;
class ProgrammeEditor;

// One event: its title, the chosen occurrence's date and place, its programme and the
// cases it linked, with the programme actions (PDF, print, HTML, invitation).
class EventDetailView final : public QWidget
{
    Q_OBJECT

public:
    explicit EventDetailView(LibrarySession *session, QWidget *parent = nullptr);

    // Shows the event, at `occurrenceId` (null: its first), reading it from the library.
    // `focusRow` >= 0 selects that slot in the agenda editor. Errors are signalled.
    void setEvent(const Id &eventId, const Id &occurrenceId = {}, int focusRow = -1);
    // Nothing can be changed: for a library opened read-only.
    void setReadOnly(bool readOnly);
    void clear();
    // Reads the shown event again from the session's library, or clears.
    void reload();

    Id eventId() const { return m_event.id; }
    Id occurrenceId() const { return m_occurrenceId; }
    ProgrammeActions *programmeActions() const { return m_actions; }
    ProgrammeEditor *programmeEditor() const { return m_editor; }
    // The "Oplysninger" tab's form is built when the tab is first chosen or asked for.
    EventForm *eventForm();
    // The form, if it has been built: for tests of what is built when.
    EventForm *builtEventForm() const { return m_form; }
    QTabWidget *tabs() const { return m_tabs; }
    // Brings the event's fields into view with the title selected, for a new event.
    void focusTitle();

    // The "Program" tab. Its first page shows the programme read-only; the agenda
    // editor is added as a further page with setProgrammeEditor().
    QStackedWidget *programmePage() const { return m_programmePage; }
    void setProgrammeEditor(QWidget *editor);

Q_SIGNALS:
    void occurrenceChosen(const temaplan::Id &eventId, const temaplan::Id &occurrenceId);
    void caseRequested(const temaplan::Id &caseId);
    void failed(const temaplan::Error &error);

private:
    void chooseOccurrence(int index);
    void showOccurrence(int focusRow = -1);
    void fillCases();

    LibrarySession *m_session;
    Event m_event;
    Id m_occurrenceId;
    ProgrammeActions *m_actions;
    QStackedWidget *m_stack;
    QLabel *m_title;
    QLabel *m_kindLine;
    QLabel *m_occurrenceLabel = nullptr;
    QComboBox *m_occurrences;
    QLabel *m_dateLine;
    QTabWidget *m_tabs;
    QStackedWidget *m_programmePage;
    QTextBrowser *m_programme;
    QListWidget *m_cases;
    EventForm *m_form = nullptr;
    ProgrammeEditor *m_editor;
    QScrollArea *m_formPage; // the form's tab
    bool m_readOnly = false;
};

} // namespace temaplan::app
