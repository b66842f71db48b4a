#include "idlistedit.h"

#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

IdListEdit::IdListEdit(const QString &objectName, const QString &placeholder, QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_chooser(new QComboBox(this))
    , m_add(new QPushButton(tr("Tilføj"), this))
    , m_remove(new QPushButton(tr("Fjern"), this))
{
    setObjectName(objectName);
    m_list->setMaximumHeight(72);
    m_chooser->setEditable(true);
    m_chooser->setInsertPolicy(QComboBox::NoInsert);
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooser->setMinimumContentsLength(20);
    m_chooser->lineEdit()->setPlaceholderText(placeholder);
    m_chooser->completer()->setFilterMode(Qt::MatchContains);
    m_chooser->completer()->setCompletionMode(QCompleter::PopupCompletion);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_list, 0, 0, 1, 3);
    grid->addWidget(m_chooser, 1, 0);
    grid->addWidget(m_add, 1, 1);
    grid->addWidget(m_remove, 1, 2);
    grid->setColumnStretch(0, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &IdListEdit::updateButtons);
    connect(m_chooser, &QComboBox::currentIndexChanged, this, &IdListEdit::updateButtons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const Id chosen = m_chooser->currentData().value<Id>();
        if (chosen.isNull() || m_ids.contains(chosen))
            return;
        Q_EMIT idsEdited(m_ids + QList<Id>{chosen});
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0 || row >= m_ids.size())
            return;
        QList<Id> after = m_ids;
        after.removeAt(row);
        Q_EMIT idsEdited(after);
    });
    updateButtons();
}

void IdListEdit::setChoices(const QList<Choice> &choices)
{
    m_choices = choices;
    m_chooser->clear();
    for (const Choice &c : choices)
        m_chooser->addItem(c.name, QVariant::fromValue(c.id));
    m_chooser->setCurrentIndex(-1);
    fillList();
}

void IdListEdit::setIds(const QList<Id> &ids)
{
    if (ids == m_ids && m_list->count() == ids.size())
        return;
    m_ids = ids;
    fillList();
}

QString IdListEdit::nameOf(const Id &id) const
{
    for (const Choice &c : m_choices)
        if (c.id == id)
            return c.name;
    return tr("(ukendt)");
}

void IdListEdit::fillList()
{
    const int row = m_list->currentRow();
    m_list->clear();
    for (const Id &id : std::as_const(m_ids))
        m_list->addItem(nameOf(id));
    m_list->setCurrentRow(std::min(row, int(m_list->count()) - 1));
    updateButtons();
}

void IdListEdit::updateButtons()
{
    const Id chosen = m_chooser->currentIndex() >= 0 ? m_chooser->currentData().value<Id>() : Id();
    m_add->setEnabled(!chosen.isNull() && !m_ids.contains(chosen));
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

} // namespace temaplan::app
