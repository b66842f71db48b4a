#include "caselistedit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardItemModel>

using namespace Qt::Literals::StringLiterals;

namespace temaplan {

namespace {

constexpr int IdRole = Qt::UserRole;

} // namespace

CaseListEdit::CaseListEdit(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_case(new QLineEdit(this))
    , m_matches(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_matches, this))
    , m_add(new QPushButton(tr("Tilføj"), this))
    , m_remove(new QPushButton(tr("Fjern"), this))
    , m_create(new QPushButton(this))
{
    m_list->setObjectName(u"caseList"_s);
    m_case->setObjectName(u"caseChooser"_s);
    m_completer->setObjectName(u"caseMatches"_s);
    m_add->setObjectName(u"caseAdd"_s);
    m_create->setObjectName(u"caseCreate"_s);
    m_create->setToolTip(tr("Opret casen i biblioteket og sæt den på programpunktet; Fortryd "
                            "fjerner begge dele"));
    m_create->hide();
    m_list->setMaximumHeight(56);
    m_case->setPlaceholderText(tr("Søg efter en case"));
    m_case->setClearButtonEnabled(true);
    // The library has already chosen and ranked the matches (folding "aa" and "å",
    // matching any word of a title): the popup shows them as they are, not filtered again.
    m_completer->setWidget(m_case);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(10);
    m_case->installEventFilter(this);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_list, 0, 0, 1, 3);
    grid->addWidget(m_case, 1, 0);
    grid->addWidget(m_add, 1, 1);
    grid->addWidget(m_remove, 1, 2);
    grid->addWidget(m_create, 2, 0, 1, 3);
    grid->setColumnStretch(0, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &CaseListEdit::updateButtons);
    connect(m_case, &QLineEdit::textEdited, this, &CaseListEdit::search);
    // The clear button changes the text without textEdited.
    connect(m_case, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            search(text);
    });
    connect(m_case, &QLineEdit::returnPressed, this, &CaseListEdit::enter);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &CaseListEdit::choose);
    connect(m_create, &QPushButton::clicked, this, &CaseListEdit::createCase);
    connect(m_add, &QPushButton::clicked, this, &CaseListEdit::add);
    connect(m_remove, &QPushButton::clicked, this, &CaseListEdit::removeSelected);
    updateButtons();
}

void CaseListEdit::setCaseSearch(const CaseSearch &search)
{
    m_search = search;
    m_chosenId = {};
    m_chosenTitle.clear();
    m_matches->clear();
    m_completer->popup()->hide();
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

void CaseListEdit::search(const QString &text)
{
    const QString wanted = text.simplified();
    const QList<Case> found =
        m_search && !wanted.isEmpty() ? m_search(wanted, MatchLimit) : QList<Case>();
    m_matches->clear();
    m_chosenId = {};
    m_chosenTitle.clear();
    int chosenRow = -1;
    for (const Case &c : found) {
        auto *item = new QStandardItem(c.title);
        item->setData(QVariant::fromValue(c.id), IdRole);
        item->setEditable(false);
        m_matches->appendRow(item);
        // A whole title typed is that case chosen, as if picked from the list.
        if (m_chosenId.isNull() && c.title.compare(wanted, Qt::CaseInsensitive) == 0) {
            m_chosenId = c.id;
            m_chosenTitle = text;
            chosenRow = m_matches->rowCount() - 1;
        }
    }
    showMatches(chosenRow);
    updateButtons();
}

void CaseListEdit::showMatches(int highlighted)
{
    if (m_matches->rowCount() == 0 || !m_case->hasFocus()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
    // Enter picks the highlighted match: the case whose whole title was typed, else none
    // until one is chosen with the arrows.
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(highlighted, 0));
}

void CaseListEdit::choose(const QModelIndex &match)
{
    const Id id = match.data(IdRole).value<Id>();
    if (id.isNull())
        return;
    m_case->setText(match.data(Qt::DisplayRole).toString());
    m_chosenId = id;
    m_chosenTitle = m_case->text();
    add();
}

void CaseListEdit::enter()
{
    // Enter on a highlighted match reaches the chooser first, then picks the match.
    if (m_completer->popup()->isVisible() && m_completer->popup()->currentIndex().isValid())
        return;
    // A new case is made only by its button: Enter alone never writes to the library.
    add();
}

bool CaseListEdit::eventFilter(QObject *watched, QEvent *event)
{
    // Down opens the matches again after Escape or a click elsewhere.
    if (watched == m_case && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down &&
        !m_completer->popup()->isVisible() && m_matches->rowCount() > 0) {
        showMatches(-1);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QString CaseListEdit::typedTitle() const
{
    return m_case->text().simplified();
}

Id CaseListEdit::chosenId() const
{
    // Typing over a chosen title leaves nothing chosen.
    return m_case->text() == m_chosenTitle ? m_chosenId : Id();
}

void CaseListEdit::updateButtons()
{
    const Id chosen = chosenId();
    m_add->setEnabled(!chosen.isNull() && !m_ids.contains(chosen));
    m_remove->setEnabled(m_list->currentRow() >= 0);
    const QString title = typedTitle();
    const bool offer = m_canCreate && chosen.isNull() && !title.isEmpty();
    if (offer)
        m_create->setText(tr("Opret ny case «%1»").arg(title));
    m_create->setVisible(offer);
}

void CaseListEdit::createCase()
{
    const QString title = typedTitle();
    if (!m_canCreate || title.isEmpty() || !chosenId().isNull())
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
    const Id chosen = chosenId();
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
