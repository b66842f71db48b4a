#pragma once

#include "core/description.h"

#include <QString>
#include <QVariant>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace temaplan {

// Shows a saved value in a field without disturbing one that already says the same:
// the field being typed in keeps its cursor, and a long text is shown from its start.
// A line edit that already says it forgets its own undo history: the edit is saved.
void showText(QLineEdit *edit, const QString &text);
void showText(QPlainTextEdit *edit, const QString &text);
// A description as its markup ("• " bullets), left alone while the field's own text
// already reads as it: a line being begun is not taken away.
void showDescription(QPlainTextEdit *edit, const Description &description);

// Selects the item holding `data`; the first item (the "none" choice) when none does.
void showChoice(QComboBox *combo, const QVariant &data);

} // namespace temaplan
