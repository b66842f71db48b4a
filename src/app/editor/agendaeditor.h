#pragma once

#include "slotchoices.h"

#include "core/event.h"
#include "core/lookups.h"

#include <QWidget>

class QAction;
class QLabel;
class QSpinBox;
class QTableView;
class QToolBar;
class QUndoStack;

namespace temaplan {

class AgendaModel;
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

    // Starts editing; forgets the undo history.
    void setOccurrence(const Occurrence &occurrence, const Lookups &lookups);
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
    int rowOf(const Id &slotId) const;
    void showCurrentSlot();
    void updateActions();
    void showWarnings();
    void showRefusal(const QString &message);

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
    bool m_resetting = false;
};

} // namespace temaplan
