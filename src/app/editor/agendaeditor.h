#pragma once

#include "agendamodel.h"
#include "slotchoices.h"

#include "core/event.h"
#include "core/lookups.h"

#include <QWidget>

class QAction;
class QLabel;
class QSpinBox;
class QSplitter;
class QTableView;
class QToolBar;
class QUndoStack;

namespace temaplan {

class SlotForm;

// Edits one occurrence's programme: a table of the slots, a form for the selected one,
// and undoable actions (insert before/after, delete, move, shift, undo, redo). It holds
// a copy of the occurrence; the caller reads occurrence() and saves it, then calls
// markSaved(). It never writes to the library.
class AgendaEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit AgendaEditor(QWidget *parent = nullptr);
    ~AgendaEditor() override;

    // Starts editing; forgets the undo history.
    void setOccurrence(const Occurrence &occurrence, const Lookups &lookups);
    // The same occurrence as changed elsewhere (a command of the window, its undo):
    // keeps the selection, or moves it to `focusRow` when that is a row.
    void showOccurrence(const Occurrence &occurrence, const Lookups &lookups, int focusRow = -1);

    // Hands every edit to the window instead of the editor's own undo stack (see
    // AgendaModel::setCommandSink). The editor's undo and redo actions leave it then,
    // so that Ctrl+Z means the window's one history.
    void setCommandSink(AgendaModel::CommandSink sink);
    // Nothing can be changed: for a library opened read-only.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // The slot form beside the table (Qt::Horizontal, the default) or under it, for a
    // window that puts something else beside the editor.
    void setFormOrientation(Qt::Orientation orientation);
    // For a narrow editor: the Cases column goes (the form lists them) and the speakers
    // get a fixed width, so the titles keep the room.
    void setCompactColumns(bool compact);
    // Further warnings from the window (a speaker booked twice, no venue), shown with
    // the editor's own in the same box.
    void setExtraWarnings(const QStringList &sentences);
    Occurrence occurrence() const;
    // The people and cases offered when a speaker or case is added.
    void setChoices(const SlotChoices &choices);

    QUndoStack *undoStack() const;
    AgendaModel *model() const { return m_model; }
    // The stack's clean state is "as saved": isModified() turns false.
    void markSaved();
    bool isModified() const;

    int currentRow() const;
    void setCurrentRow(int row);
    // How long an inserted slot lasts (default 30 minutes).
    int newSlotMinutes() const;
    void setNewSlotMinutes(int minutes);

    // For the window's menus. Undo and redo carry Ctrl+Z and Ctrl+Shift+Z inside the
    // editor; a window that shows them in its own menu should add these very actions.
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QList<QAction *> editActions() const;
    // Velkomst, Pause, Frokost, Afrunding: a slot of that kind and length, inserted after
    // the selected one with insert-and-shift.
    QList<QAction *> presetActions() const { return m_presets; }
    void insertPreset(SlotKind kind, const QString &title, int minutes);

public Q_SLOTS:
    void insertBefore();
    void insertAfter();
    void removeCurrent();
    void moveUp();
    void moveDown();
    void shiftFromCurrent();

Q_SIGNALS:
    // The occurrence differs from what it was a moment ago (an edit, undo or redo).
    void changed();
    void modifiedChanged(bool modified);

private:
    QAction *makeAction(const QString &text, const QString &tip);
    void buildActions();
    QToolBar *buildToolBar();
    void insertAt(int index);
    void insertSlotAt(int index, AgendaSlot slot, int minutes);
    int rowOf(const Id &slotId) const;
    void showCurrentSlot();
    void updateActions();
    void showWarnings();
    void showRefusal(const QString &message);
    void fitColumns();
    bool eventFilter(QObject *watched, QEvent *event) override;

    Occurrence m_occurrence;
    AgendaModel *m_model;
    QTableView *m_table;
    SlotForm *m_form;
    QLabel *m_summary;
    QLabel *m_warnings;
    QLabel *m_message;
    QSpinBox *m_minutes;
    QSpinBox *m_shiftMinutes;
    QAction *m_insertBefore = nullptr;
    QAction *m_insertAfter = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_shift = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QList<QAction *> m_presets;
    QToolBar *m_toolBar = nullptr;
    QSplitter *m_splitter = nullptr;
    QWidget *m_formPane = nullptr; // the form's scroll area: SlotForm enables itself
    QWidget *m_presetButton = nullptr;
    QStringList m_extraWarnings;
    bool m_resetting = false;
    bool m_readOnly = false;
    bool m_compact = false;
};

} // namespace temaplan
