#pragma once

#include "app/editor/newrecords.h"
#include "core/event.h"

#include <QWidget>

#include <optional>

class QSplitter;

namespace temaplan {
class AgendaEditor;
}

namespace temaplan::app {

class LibrarySession;
class ProgrammePreview;

// The "Program" tab when editing: the agenda editor for the chosen occurrence and the
// printed page beside it. Each agenda edit becomes an EventCommand on the session's one
// stack, which saves the event; the view then hands the saved event back through
// showEvent(), so what is shown is always what the file holds.
class ProgrammeEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ProgrammeEditor(LibrarySession *session, QWidget *parent = nullptr);

    // `focusRow` >= 0 selects that slot (the row an undone edit was about).
    void showEvent(const Event &event, const Id &occurrenceId, int focusRow = -1);
    void clear();
    void setReadOnly(bool readOnly);

    AgendaEditor *agendaEditor() const { return m_agenda; }
    ProgrammePreview *preview() const { return m_preview; }

private:
    bool commitAgenda(const Agenda &after, int focusRow, const QString &text,
                      const NewRecords &created);

    LibrarySession *m_session;
    AgendaEditor *m_agenda;
    ProgrammePreview *m_preview;
    QSplitter *m_splitter;
    std::optional<Event> m_event;
    Id m_occurrenceId;
};

} // namespace temaplan::app
