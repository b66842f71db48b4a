#include "caselistedit.h"

#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace temaplan {

CaseListEdit::CaseListEdit(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_case(new QComboBox(this))
    , m_add(new QPushButton(tr("Tilføj"), this))
    , m_remove(new QPushButton(tr("Fjern"), this))
    , m_create(new QPushButton(this))
{
    m_list->setObjectName(u"caseList"_s);
    m_case->setObjectName(u"caseChooser"_s);
    m_add->setObjectName(u"caseAdd"_s);
    m_create->setObjectName(u"caseCreate"_s);
    m_create->setToolTip(tr("Opret casen i biblioteket og sæt den på programpunktet; Fortryd "
                            "fjerner begge dele"));
    m_create->hide();
    m_list->setMaximumHeight(56);
    m_case->setEditable(true);
    m_case->setInsertPolicy(QComboBox::NoInsert);
    // Sizing to the contents would measure every title: seconds with 50 000 cases.
    m_case->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_case->setMinimumContentsLength(24);
    m_case->lineEdit()->setPlaceholderText(tr("Søg efter en case"));
    m_case->completer()->setFilterMode(Qt::MatchContains);
    m_case->completer()->setCompletionMode(QCompleter::PopupCompletion);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_list, 0, 0, 1, 3);
    grid->addWidget(m_case, 1, 0);
    grid->addWidget(m_add, 1, 1);
    grid->addWidget(m_remove, 1, 2);
    grid->addWidget(m_create, 2, 0, 1, 3);
    grid->setColumnStretch(0, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &CaseListEdit::updateButtons);
    connect(m_case, &QComboBox::currentIndexChanged, this, &CaseListEdit::updateButtons);
    connect(m_case, &QComboBox::editTextChanged, this, &CaseListEdit::updateButtons);
    connect(m_create, &QPushButton::clicked, this, &CaseListEdit::createCase);
    connect(m_add, &QPushButton::clicked, this, &CaseListEdit::add);
    connect(m_remove, &QPushButton::clicked, this, &CaseListEdit::removeSelected);
    updateButtons();
}

void CaseListEdit::setCases(const QList<Case> &cases)
{
    m_case->clear();
    for (const Case &c : cases)
        m_case->addItem(c.title, c.id);
    m_case->setCurrentIndex(-1);
    updateButtons();
}

void CaseListEdit::setLookups(const Lookups &lookups)
{
    m_lookups = lookups;
}

void CaseListEdit::setCaseIds(const QList<Id> &ids)
{
    m_ids = ids;
    fillList();
}

void CaseListEdit::fillList()
{
    m_list->clear();
    for (const Id &id : std::as_const(m_ids)) {
        const auto c = m_lookups.caseRecord(id);
        m_list->addItem(c ? c->title : tr("(ukendt case)"));
    }
    updateButtons();
}

void CaseListEdit::setCanCreate(bool canCreate)
{
    m_canCreate = canCreate;
    updateButtons();
}

QString CaseListEdit::typedTitle() const
{
    return m_case->currentText().simplified();
}

bool CaseListEdit::chosen() const
{
    // An editable box keeps its index while other text is typed over the choice.
    const int index = m_case->currentIndex();
    return index >= 0 && m_case->itemText(index) == m_case->currentText();
}

void CaseListEdit::updateButtons()
{
    const Id chosenId = chosen() ? m_case->currentData().value<Id>() : Id();
    m_add->setEnabled(!chosenId.isNull() && !m_ids.contains(chosenId));
    m_remove->setEnabled(m_list->currentRow() >= 0);
    const QString title = typedTitle();
    const bool offer = m_canCreate && chosenId.isNull() && !title.isEmpty()
                       && m_case->findText(title, Qt::MatchFixedString) < 0;
    if (offer)
        m_create->setText(tr("Opret ny case «%1»").arg(title));
    m_create->setVisible(offer);
}

void CaseListEdit::createCase()
{
    const QString title = typedTitle();
    if (!m_canCreate || title.isEmpty() || chosen())
        return;
    Case created;
    created.id = newId();
    created.title = title;
    QList<Id> after = m_ids;
    after.append(created.id);
    Q_EMIT caseCreated(after, created);
}

void CaseListEdit::add()
{
    const Id chosenId = chosen() ? m_case->currentData().value<Id>() : Id();
    if (chosenId.isNull() || m_ids.contains(chosenId))
        return;
    m_ids.append(chosenId);
    fillList();
    Q_EMIT caseIdsEdited(m_ids);
}

void CaseListEdit::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_ids.size())
        return;
    m_ids.removeAt(row);
    fillList();
    Q_EMIT caseIdsEdited(m_ids);
}

} // namespace temaplan
