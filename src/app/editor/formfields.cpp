#include "formfields.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

#include <algorithm>

namespace temaplan {

void showText(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text) {
        // The typing that led here is saved and is the window's step now: with the
        // field's own history gone, Fortryd (Ctrl+Z) in it undoes that step, not the
        // letters (see FieldUndoKeys). setText is what clears it; the cursor stays.
        if (edit->isUndoAvailable() || edit->isRedoAvailable()) {
            const int cursor = edit->cursorPosition();
            edit->setText(text);
            edit->setCursorPosition(cursor);
        }
        return;
    }
    edit->setText(text);
    if (!edit->hasFocus())
        edit->setCursorPosition(0);
}

void showText(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

void showDescription(QPlainTextEdit *edit, const Description &description)
{
    if (descriptionFromMarkup(edit->toPlainText()) != description)
        edit->setPlainText(descriptionToMarkup(description));
}

void showChoice(QComboBox *combo, const QVariant &data)
{
    combo->setCurrentIndex(std::max(combo->findData(data), 0));
}

} // namespace temaplan
