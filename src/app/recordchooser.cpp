#include "recordchooser.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>

namespace temaplan::app {

RecordChooser::RecordChooser(const QString &noneText, Loader loader, QWidget *parent)
    : QComboBox(parent)
    , m_noneText(noneText)
    , m_loader(std::move(loader))
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    // Sized by a few letters, not by measuring every one of thousands of names.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    setMaxVisibleItems(15);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    lineEdit()->setPlaceholderText(noneText);
    addItem(noneText, QVariant::fromValue(Id()));

    connect(this, &QComboBox::activated, this, &RecordChooser::choose);
    connect(lineEdit(), &QLineEdit::editingFinished, this, &RecordChooser::commitText);
    // A name taken from the completion list is a choice, without Enter.
    connect(completer(), qOverload<const QString &>(&QCompleter::activated), this,
            &RecordChooser::commitText);
}

void RecordChooser::showChoice(const Id &id, const QString &text)
{
    // The field being typed in keeps what is typed while the same record is saved.
    if (id == m_id && text == m_text && lineEdit()->hasFocus())
        return;
    m_id = id;
    m_text = text;
    showSaved();
}

void RecordChooser::showSaved()
{
    int index = findData(QVariant::fromValue(m_id));
    if (index < 0) {
        // Not read yet (or written since): the saved one stands beside "none".
        insertItem(1, m_text, QVariant::fromValue(m_id));
        index = 1;
    } else if (index > 0 && !m_text.isEmpty() && itemText(index) != m_text) {
        // Renamed since the list was read.
        setItemText(index, m_text);
    }
    setCurrentIndex(index);
    if (lineEdit()->text() != itemText(index))
        lineEdit()->setText(itemText(index));
    lineEdit()->setCursorPosition(0);
}

void RecordChooser::loadChoices()
{
    if (m_loaded)
        return;
    auto choices = m_loader();
    if (!choices) {
        Q_EMIT failed(choices.error());
        return;
    }
    // One model filled at once: an item at a time would tell the view 10 000 times.
    auto *items = new QStandardItemModel(this);
    auto *none = new QStandardItem(m_noneText);
    none->setData(QVariant::fromValue(Id()), Qt::UserRole);
    QList<QStandardItem *> rows{none};
    rows.reserve(choices->size() + 1);
    for (const Choice &c : std::as_const(*choices)) {
        auto *item = new QStandardItem(c.text);
        item->setData(QVariant::fromValue(c.id), Qt::UserRole);
        rows.append(item);
    }
    items->insertColumn(0, rows);
    const QString typed = lineEdit()->text();
    setModel(items); // deletes the model it had, which was its own
    m_loaded = true;
    showSaved();
    // Whatever was typed before the list came stays.
    if (typed != lineEdit()->text())
        lineEdit()->setText(typed);
}

void RecordChooser::showPopup()
{
    loadChoices();
    QComboBox::showPopup();
}

void RecordChooser::focusInEvent(QFocusEvent *event)
{
    loadChoices();
    QComboBox::focusInEvent(event);
}

void RecordChooser::choose(int index)
{
    if (index < 0)
        return;
    const Id id = itemData(index).value<Id>();
    if (id == m_id) {
        showSaved();
        return;
    }
    Q_EMIT chosen(id);
}

void RecordChooser::commitText()
{
    const QString text = lineEdit()->text().trimmed();
    if (text.isEmpty()) {
        choose(0);
        return;
    }
    // The item the list or the completion chose, if it reads so: two people may share a name.
    if (currentIndex() >= 0 && itemText(currentIndex()).compare(text, Qt::CaseInsensitive) == 0) {
        choose(currentIndex());
        return;
    }
    loadChoices();
    const int index = findText(text, Qt::MatchFixedString);
    if (index < 0) {
        showSaved();
        Q_EMIT refused(text);
        return;
    }
    setCurrentIndex(index);
    choose(index);
}

} // namespace temaplan::app
