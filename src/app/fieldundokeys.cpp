#include "fieldundokeys.h"

#include <QKeyEvent>
#include <QKeySequence>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QTextEdit>

#include <optional>

namespace temaplan::app {

namespace {

// Whether the field would use the key itself: it is editable and has something to undo
// (or redo). Anything but a text field: no opinion.
std::optional<bool> fieldTakes(QObject *watched, bool undo)
{
    if (auto *line = qobject_cast<QLineEdit *>(watched))
        return !line->isReadOnly() && (undo ? line->isUndoAvailable() : line->isRedoAvailable());
    QTextDocument *document = nullptr;
    bool readOnly = true;
    if (auto *plain = qobject_cast<QPlainTextEdit *>(watched)) {
        document = plain->document();
        readOnly = plain->isReadOnly();
    } else if (auto *rich = qobject_cast<QTextEdit *>(watched)) {
        document = rich->document();
        readOnly = rich->isReadOnly();
    }
    if (!document)
        return std::nullopt;
    return !readOnly && (undo ? document->isUndoAvailable() : document->isRedoAvailable());
}

} // namespace

bool FieldUndoKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const bool undo = key->matches(QKeySequence::Undo);
    if (!undo && !key->matches(QKeySequence::Redo) &&
        QKeySequence(key->keyCombination()) != QKeySequence(Qt::CTRL | Qt::Key_Y))
        return false;
    const std::optional<bool> takes = fieldTakes(watched, undo);
    if (!takes || *takes)
        return false;
    // Not accepted, and kept from the field: the shortcut goes on to the window's action.
    key->ignore();
    return true;
}

} // namespace temaplan::app
