#include "caselistedit.h"

#include "searchline.h"

#include <QCompleter>
#include <QGridLayout>
#include <QListWidget>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace temaplan {

static_assert(CaseListEdit::MatchLimit == SearchLine::MatchLimit);

CaseListEdit::CaseListEdit(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_case(new SearchLine(this))
    , m_add(new QPushButton(tr("Tilføj"), this))
    , m_remove(new QPushButton(tr("Fjern"), this))
    , m_create(new QPushButton(this))
{
    m_list->setObjectName(u"caseList"_s);
    m_case->setObjectName(u"caseChooser"_s);
    m_case->matches()->setObjectName(u"caseMatches"_s);
    m_add->setObjectName(u"caseAdd"_s);
    m_create->setObjectName(u"caseCreate"_s);
    m_create->setToolTip(tr("Opret casen i biblioteket og sæt den på programpunktet; Fortryd "
                            "fjerner begge dele"));
    m_create->hide();
    m_list->setMaximumHeight(56);
    m_case->setPlaceholderText(tr("Søg efter en case"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_list, 0, 0, 1, 3);
    grid->addWidget(m_case, 1, 0);
    grid->addWidget(m_add, 1, 1);
    grid->addWidget(m_remove, 1, 2);
    grid->addWidget(m_create, 2, 0, 1, 3);
    grid->setColumnStretch(0, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &CaseListEdit::updateButtons);
    connect(m_case, &SearchLine::choiceChanged, this, &CaseListEdit::updateButtons);
    // A case picked from the matches is added at once; Enter adds the case whose whole
    // title was typed. A new case is made only by its button: Enter never writes.
    connect(m_case, &SearchLine::picked, this, &CaseListEdit::add);
    connect(m_case, &SearchLine::entered, this, &CaseListEdit::add);
    connect(m_create, &QPushButton::clicked, this, &CaseListEdit::createCase);
    connect(m_add, &QPushButton::clicked, this, &CaseListEdit::add);
    connect(m_remove, &QPushButton::clicked, this, &CaseListEdit::removeSelected);
    updateButtons();
}

void CaseListEdit::setCaseSearch(const CaseSearch &search)
{
    m_case->setSearch(caseMatches(search));
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

void CaseListEdit::updateButtons()
{
    const Id chosen = m_case->chosenId();
    m_add->setEnabled(!chosen.isNull() && !m_ids.contains(chosen));
    m_remove->setEnabled(m_list->currentRow() >= 0);
    const QString title = m_case->typedText();
    const bool offer = m_canCreate && chosen.isNull() && !title.isEmpty();
    if (offer)
        m_create->setText(tr("Opret ny case «%1»").arg(title));
    m_create->setVisible(offer);
}

void CaseListEdit::createCase()
{
    const QString title = m_case->typedText();
    if (!m_canCreate || title.isEmpty() || !m_case->chosenId().isNull())
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
    const Id chosen = m_case->chosenId();
    if (chosen.isNull() || m_ids.contains(chosen)) {
        updateButtons();
        return;
    }
    m_ids.append(chosen);
    // The chooser is ready for the next case.
    m_case->clear();
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
