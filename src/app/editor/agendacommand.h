#pragma once

#include "core/agendaslot.h"

#include <QUndoCommand>

namespace temaplan {

class AgendaModel;

// One edit of an agenda (insert, remove, move, shift, a changed duration or field).
// It keeps the whole agenda before and after: an agenda is a dozen slots, so two copies
// cost nothing, and restoring a copy cannot get an inverse rule wrong. The rules that
// compute `after` live in core (agendarules.h); AgendaModel calls them.
class AgendaCommand final : public QUndoCommand
{
public:
    AgendaCommand(AgendaModel *model, Agenda before, Agenda after, int focusRow,
                  const QString &text);

    void undo() override;
    void redo() override;

    const Agenda &before() const { return m_before; }
    const Agenda &after() const { return m_after; }

private:
    AgendaModel *m_model;
    Agenda m_before;
    Agenda m_after;
    int m_focusRow;
};

} // namespace temaplan
