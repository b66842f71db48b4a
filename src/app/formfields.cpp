#include "formfields.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

#include <algorithm>

namespace temaplan::app {

void showText(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
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

} // namespace temaplan::app
