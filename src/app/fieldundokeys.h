#pragma once

#include <QObject>

namespace temaplan::app {

// Lets Fortryd and Gendan (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y) reach the window from a text
// field that has nothing of its own to undo. Qt's line and text edits claim those keys
// whenever they have focus, so after a title was typed and saved with Enter, Ctrl+Z
// would do nothing there (or take the letters back while the library kept them). Letters
// typed and not yet saved are still the field's to undo; a saved edit is the window's,
// since showText() clears a field's history once the library holds what it says.
class FieldUndoKeys final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace temaplan::app
