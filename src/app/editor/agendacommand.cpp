#include "agendacommand.h"

#include "agendamodel.h"

namespace temaplan {

AgendaCommand::AgendaCommand(AgendaModel *model, Agenda before, Agenda after, int focusRow,
                             const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_focusRow(focusRow)
{}

void AgendaCommand::undo()
{
    m_model->applyAgenda(m_before, m_focusRow);
}

void AgendaCommand::redo()
{
    m_model->applyAgenda(m_after, m_focusRow);
}

} // namespace temaplan
