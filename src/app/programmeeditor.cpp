#include "programmeeditor.h"

#include "eventcommand.h"
#include "librarysession.h"
#include "planningwarnings.h"
#include "programmepreview.h"

#include "app/editor/agendaeditor.h"
#include "app/editor/slotchoices.h"
#include "store/librarylookups.h"

#include <QDate>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

ProgrammeEditor::ProgrammeEditor(LibrarySession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_agenda(new AgendaEditor(this))
    , m_preview(new ProgrammePreview(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(u"programmeEditor"_s);
    m_agenda->setObjectName(u"agendaEditor"_s);
    m_agenda->setCommandSink(
        [this](const Agenda &after, int focusRow, const QString &text, const NewRecords &created) {
            return commitAgenda(after, focusRow, text, created);
        });
    // The page needs the room beside the agenda; the slot's form goes under the table.
    m_agenda->setFormOrientation(Qt::Vertical);
    m_agenda->setCompactColumns(true);
    m_preview->setMinimumWidth(240);
    m_splitter->addWidget(m_agenda);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    // People and cases are searched as one types, in whichever library is open then
    // (another file may have been opened since): nothing is read before, and nothing
    // goes stale when a record is written.
    const auto open = [session = m_session]() -> const Library * {
        return session->library();
    };
    m_agenda->setChoices(
        {[open](const QString &text, int limit) {
             const Library *library = open();
             return library ? findPeopleNamed(*library, text, limit) : QList<Person>();
         },
         [open](const QString &text, int limit) {
             const Library *library = open();
             return library ? findCaseTitles(*library, text, limit) : QList<Case>();
         }});
}

void ProgrammeEditor::showEvent(const Event &event, const Id &occurrenceId, int focusRow)
{
    Library *library = m_session->library();
    if (!library)
        return clear();
    const Lookups lookups = lookupsFor(*library);
    const auto found = std::find_if(event.occurrences.cbegin(), event.occurrences.cend(),
                                    [&](const Occurrence &o) { return o.id == occurrenceId; });
    const Occurrence occurrence = found != event.occurrences.cend() ? *found : Occurrence{};
    const bool same = m_event && m_event->id == event.id && m_occurrenceId == occurrence.id;
    m_event = event;
    m_occurrenceId = occurrence.id;
    if (same)
        m_agenda->showOccurrence(occurrence, lookups, focusRow);
    else
        m_agenda->setOccurrence(occurrence, lookups);
    // An event without a date or place has no programme to edit yet.
    m_agenda->setEnabled(!occurrence.id.isNull());
    m_agenda->setExtraWarnings(occurrence.id.isNull()
                                   ? QStringList()
                                   : planningWarnings(event, occurrence, lookups, library));
    m_preview->setInput(
        render::ProgrammeInput{event, occurrence.id, lookups, QDate::currentDate().year(), {}});
}

void ProgrammeEditor::clear()
{
    m_event.reset();
    m_occurrenceId = {};
    m_agenda->setOccurrence({}, {});
    m_agenda->setExtraWarnings({});
    m_preview->setInput(std::nullopt);
}

void ProgrammeEditor::setReadOnly(bool readOnly)
{
    m_agenda->setReadOnly(readOnly);
}

bool ProgrammeEditor::commitAgenda(const Agenda &after, int focusRow, const QString &text,
                                   const NewRecords &created)
{
    if (!m_event)
        return false;
    Event changed = *m_event;
    for (Occurrence &o : changed.occurrences)
        if (o.id == m_occurrenceId)
            o.agenda = after;
    auto *command =
        new EventCommand(m_session, *m_event, changed, text, {m_occurrenceId, focusRow});
    RecordChanges records;
    for (const Person &p : created.people)
        records.people.append({std::nullopt, p});
    for (const Case &c : created.cases)
        records.cases.append({std::nullopt, c});
    command->setRecordChanges(records);
    return m_session->push(command);
}

} // namespace temaplan::app
