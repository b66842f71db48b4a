#pragma once

#include "agendawarnings.h"
#include "newrecords.h"

#include "core/agendaslot.h"
#include "core/lookups.h"

#include <QAbstractTableModel>
#include <QTime>

#include <functional>
#include <optional>

class QUndoStack;

namespace temaplan {

// One occurrence's agenda as a table. The model never changes the agenda in place:
// every edit, including one typed into a cell, becomes an AgendaCommand on the undo
// stack, with its time arithmetic done by the shared rules in core/agendarules.h.
// An edit the rules refuse (a time would leave the day) is not pushed; `refused`
// says why in Danish.
class AgendaModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        KindColumn,
        TitleColumn,
        SpeakersColumn,
        CasesColumn,
        ColumnCount
    };

    explicit AgendaModel(QObject *parent = nullptr);

    // A new agenda to edit; forgets the undo history.
    void setAgenda(const Agenda &agenda, const Lookups &lookups);

    // Where the edits go instead of the model's own stack: a window that keeps one
    // history for the whole library turns each into its own command and, once that is
    // written, hands the agenda back through showAgenda(). Returns whether it took it.
    // `created` holds the people and cases the edit names that are new to the library.
    using CommandSink = std::function<bool(const Agenda &after, int focusRow, const QString &text,
                                           const NewRecords &created)>;
    void setCommandSink(CommandSink sink) { m_sink = std::move(sink); }
    // Shows an agenda changed elsewhere (the library's undo), keeping the history.
    void showAgenda(const Agenda &agenda, const Lookups &lookups, int focusRow)
    {
        m_lookups = lookups;
        applyAgenda(agenda, focusRow);
    }
    const Agenda &agenda() const { return m_agenda; }
    const AgendaSlot &slotAt(int row) const { return m_agenda.at(row); }
    QUndoStack *undoStack() const { return m_undoStack; }

    // When the occurrence ends; slots after it are flagged. Invalid: no fixed end.
    void setDayEnd(const QTime &dayEnd);
    QTime dayEnd() const { return m_dayEnd; }
    const AgendaWarnings &warnings() const { return m_warnings; }

    // The edits. Each is one undo step; false when refused or impossible.
    // A slot without a start takes the start of the slot it displaces.
    bool insertSlot(int index, int minutes, const AgendaSlot &slot);
    bool removeSlot(int row);
    bool changeDuration(int row, int minutes);
    bool moveSlot(int row, int delta);
    // Moves the slot to row `to` as that many single moves would (a drag in the table).
    bool moveSlotTo(int row, int to);
    bool shiftFrom(int row, int minutes);
    // Replaces the slot's fields; the command text names the field that changed. With
    // `created`, the people and cases it names that the library does not have yet go
    // with the edit (only to a command sink: an editor on its own has no library).
    bool editSlot(int row, const AgendaSlot &after, const NewRecords &created = {});
    // Whether edits may bring new people and cases: only with a command sink.
    bool canCreateRecords() const { return bool(m_sink); }
    // Moves the slot's start, keeping its own end the same distance after it.
    bool setStart(int row, const QTime &start);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // A slot dragged to another row: the drop is a moveSlotTo, one undo step, and never
    // a removal and insertion (which would lose the slot's id and times).
    static constexpr const char *slotMimeType = "application/x-temaplan-slot";
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
Q_SIGNALS:
    // After every change of the agenda: an edit, its undo or redo, or setAgenda.
    void agendaChanged();
    // After a command is done or undone: the row it was about, for the selection.
    void focusRow(int row);
    void refused(const QString &message);

private:
    friend class AgendaCommand;
    void applyAgenda(const Agenda &agenda, int focusRow);
    bool push(const std::optional<Agenda> &after, int focusRow, const QString &text,
              const QString &refusal, const NewRecords &created = {});
    // The row a drop puts the dragged slot at, or -1 when the drop is not a move of ours.
    int dropTarget(const QMimeData *data, int row, const QModelIndex &parent, int *from) const;
    bool validRow(int row) const { return row >= 0 && row < m_agenda.size(); }
    QString timeText(int row) const;
    // Whether the slot prints in the row of the slot before it.
    bool sharesRow(int row) const;
    // The time column of the printed row the slot is in: "9.30 / 10.00".
    QString printedRowTime(int row) const;
    QString casesText(const AgendaSlot &slot) const;
    QString editText(const AgendaSlot &before, const AgendaSlot &after) const;
    QString outsideDayMessage() const;

    Agenda m_agenda;
    Lookups m_lookups;
    QTime m_dayEnd;
    AgendaWarnings m_warnings;
    QUndoStack *m_undoStack;
    CommandSink m_sink;
};

} // namespace temaplan
