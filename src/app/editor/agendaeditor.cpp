#include "agendaeditor.h"

#include "agendamodel.h"
#include "slotform.h"

#include "core/agendarules.h"
#include "core/danishtext.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QMenu>
#include <QToolButton>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace temaplan {

namespace {

constexpr int defaultSlotMinutes = 30;
constexpr int defaultShiftMinutes = 15;

QLabel *makeNotice(const QString &objectName, const QString &style, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(style);
    label->hide();
    return label;
}

} // namespace

AgendaEditor::AgendaEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new AgendaModel(this))
    , m_table(new QTableView(this))
    , m_form(new SlotForm(this))
    , m_summary(new QLabel(this))
    , m_warnings(
          makeNotice(u"warnings"_s,
                     u"QLabel { background: #fff3cd; color: #4d3800; border: 1px solid #e6c96b;"
                     " border-radius: 3px; padding: 4px 6px; }"_s,
                     this))
    , m_message(
          makeNotice(u"message"_s,
                     u"QLabel { background: #f8d7da; color: #58151c; border: 1px solid #e4a1a8;"
                     " border-radius: 3px; padding: 4px 6px; }"_s,
                     this))
    , m_minutes(new QSpinBox(this))
    , m_shiftMinutes(new QSpinBox(this))
{
    m_table->setObjectName(u"agendaTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // A row is one slot, edited in the form: Tab goes on to the form, not from cell to
    // cell, where it would never leave the table.
    m_table->setTabKeyNavigation(false);
    m_table->installEventFilter(this);
    m_table->verticalHeader()->hide();
    // A slot is dragged to another row and moved as Alt+Up/Down would move it. Without
    // overwrite mode the view never clears the dragged row's cells after the drop.
    m_table->setDragEnabled(true);
    m_table->setAcceptDrops(true);
    m_table->setDropIndicatorShown(true);
    m_table->setDragDropMode(QAbstractItemView::InternalMove);
    m_table->setDragDropOverwriteMode(false);
    m_table->setDefaultDropAction(Qt::MoveAction);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(AgendaModel::TimeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AgendaModel::KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AgendaModel::TitleColumn, QHeaderView::Stretch);
    // Titles and speakers share what is left, so neither vanishes in a narrow window.
    header->setSectionResizeMode(AgendaModel::SpeakersColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AgendaModel::CasesColumn, QHeaderView::Interactive);
    header->resizeSection(AgendaModel::CasesColumn, 110);

    m_minutes->setObjectName(u"newSlotMinutes"_s);
    m_minutes->setRange(5, 8 * 60);
    m_minutes->setSingleStep(5);
    m_minutes->setValue(defaultSlotMinutes);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setToolTip(tr("Varighed af et nyt programpunkt"));
    m_shiftMinutes->setObjectName(u"shiftMinutes"_s);
    m_shiftMinutes->setRange(-8 * 60, 8 * 60);
    m_shiftMinutes->setSingleStep(5);
    m_shiftMinutes->setValue(defaultShiftMinutes);
    m_shiftMinutes->setSuffix(tr(" min"));
    m_shiftMinutes->setToolTip(tr("Så meget flyttes det valgte og de senere programpunkter "
                                  "(negativt: tidligere)"));

    buildActions();

    auto *formScroll = new QScrollArea(this);
    m_formPane = formScroll;
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    // Its fields take the focus and scroll it into view; the pane itself is no stop for Tab.
    formScroll->setFocusPolicy(Qt::NoFocus);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_summary);
    leftLayout->addWidget(m_warnings);
    leftLayout->addWidget(m_message);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter = splitter;
    splitter->addWidget(left);
    splitter->addWidget(formScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    m_toolBar = buildToolBar();
    layout->addWidget(m_toolBar);
    layout->addWidget(splitter, 1);

    connect(m_model, &AgendaModel::agendaChanged, this, [this] {
        m_message->hide();
        showCurrentSlot();
        showWarnings();
        updateActions();
        Q_EMIT changed();
    });
    connect(m_model, &AgendaModel::focusRow, this, &AgendaEditor::setCurrentRow);
    connect(m_model, &AgendaModel::refused, this, &AgendaEditor::showRefusal);
    connect(m_model->undoStack(), &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    // A reset passes through "no current row"; emptying the form then would throw the
    // keyboard focus out of it while the user types.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_resetting = true; });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_resetting = false; });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (m_resetting)
            return;
        showCurrentSlot();
        updateActions();
    });

    connect(m_form, &SlotForm::slotEdited, this, [this](const AgendaSlot &after) {
        if (!m_model->editSlot(rowOf(after.id), after))
            showCurrentSlot();
    });
    connect(m_form, &SlotForm::slotEditedCreating, this,
            [this](const AgendaSlot &after, const NewRecords &created) {
                if (!m_model->editSlot(rowOf(after.id), after, created))
                    showCurrentSlot();
            });
    connect(m_form, &SlotForm::startEdited, this, [this](const Id &id, const QTime &start) {
        if (!m_model->setStart(rowOf(id), start))
            showCurrentSlot();
    });
    connect(m_form, &SlotForm::endEdited, this, [this](const Id &id, const QTime &end) {
        const int row = rowOf(id);
        if (row < 0)
            return;
        const int minutes = m_model->slotAt(row).start.secsTo(end) / 60;
        if (!m_model->changeDuration(row, minutes))
            showCurrentSlot();
    });

    showWarnings();
    updateActions();
}

AgendaEditor::~AgendaEditor()
{
    // The model and its undo stack are children of this widget and die after the
    // widget part of it: their last signals must not reach a half-destroyed editor.
    m_model->undoStack()->disconnect(this);
    m_model->disconnect(this);
}

void AgendaEditor::setOccurrence(const Occurrence &occurrence, const Lookups &lookups)
{
    m_occurrence = occurrence;
    m_form->setLookups(lookups);
    {
        const QSignalBlocker blocker(m_model);
        m_model->setDayEnd(occurrence.end);
    }
    const QSignalBlocker blocker(this);
    m_model->setAgenda(occurrence.agenda, lookups);
    setCurrentRow(0);
    m_message->hide();
}

void AgendaEditor::showOccurrence(const Occurrence &occurrence, const Lookups &lookups,
                                  int focusRow)
{
    m_occurrence = occurrence;
    m_form->setLookups(lookups);
    {
        const QSignalBlocker blocker(m_model);
        m_model->setDayEnd(occurrence.end);
    }
    const int row = focusRow >= 0 ? focusRow : currentRow();
    m_model->showAgenda(occurrence.agenda, lookups, row);
    if (occurrence.agenda.isEmpty())
        setCurrentRow(-1);
}

void AgendaEditor::setCommandSink(AgendaModel::CommandSink sink)
{
    m_model->setCommandSink(std::move(sink));
    // The host that saves the edits can create the people and cases they name.
    m_form->setCanCreate(m_model->canCreateRecords());
    for (QAction *a : {m_undo, m_redo}) {
        removeAction(a);
        m_toolBar->removeAction(a);
    }
}

void AgendaEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_table->setDragEnabled(!readOnly);
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                      : QAbstractItemView::DoubleClicked |
                                            QAbstractItemView::EditKeyPressed);
    m_formPane->setEnabled(!readOnly);
    m_minutes->setEnabled(!readOnly);
    m_presetButton->setEnabled(!readOnly);
    updateActions();
}

void AgendaEditor::setFormOrientation(Qt::Orientation orientation)
{
    m_splitter->setOrientation(orientation);
}

void AgendaEditor::setCompactColumns(bool compact)
{
    m_compact = compact;
    QHeaderView *header = m_table->horizontalHeader();
    m_table->setColumnHidden(AgendaModel::CasesColumn, compact);
    header->setSectionResizeMode(AgendaModel::SpeakersColumn,
                                 compact ? QHeaderView::Interactive : QHeaderView::Stretch);
    if (compact)
        header->resizeSection(AgendaModel::SpeakersColumn, 130);
    fitColumns();
}

void AgendaEditor::fitColumns()
{
    // In a narrow window the speakers column would leave the titles a sliver; the form
    // under the table lists the speakers, as it does the cases.
    constexpr int narrow = 480;
    const bool hide = m_compact && m_table->width() < narrow;
    if (m_table->isColumnHidden(AgendaModel::SpeakersColumn) != hide)
        m_table->setColumnHidden(AgendaModel::SpeakersColumn, hide);
}

bool AgendaEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void AgendaEditor::setExtraWarnings(const QStringList &sentences)
{
    if (sentences == m_extraWarnings)
        return;
    m_extraWarnings = sentences;
    showWarnings();
}

void AgendaEditor::insertPreset(SlotKind kind, const QString &title, int minutes)
{
    AgendaSlot slot;
    slot.id = newId();
    slot.kind = kind;
    slot.title = title;
    const int row = currentRow();
    insertSlotAt(row < 0 ? m_model->rowCount() : row + 1, slot, minutes);
}

Occurrence AgendaEditor::occurrence() const
{
    Occurrence out = m_occurrence;
    out.agenda = m_model->agenda();
    return out;
}

void AgendaEditor::setChoices(const SlotChoices &choices)
{
    m_form->setChoices(choices);
}

QUndoStack *AgendaEditor::undoStack() const
{
    return m_model->undoStack();
}

void AgendaEditor::markSaved()
{
    m_model->undoStack()->setClean();
}

bool AgendaEditor::isModified() const
{
    return !m_model->undoStack()->isClean();
}

int AgendaEditor::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void AgendaEditor::setCurrentRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_table->setCurrentIndex({});
        showCurrentSlot();
        updateActions();
        return;
    }
    const int column = std::max(m_table->currentIndex().column(), 0);
    m_table->setCurrentIndex(m_model->index(row, column));
    m_table->scrollTo(m_model->index(row, column));
}

int AgendaEditor::newSlotMinutes() const
{
    return m_minutes->value();
}

void AgendaEditor::setNewSlotMinutes(int minutes)
{
    m_minutes->setValue(minutes);
}

QList<QAction *> AgendaEditor::editActions() const
{
    return {m_insertBefore, m_insertAfter, m_remove, m_moveUp, m_moveDown, m_shift};
}

void AgendaEditor::insertBefore()
{
    insertAt(std::max(currentRow(), 0));
}

void AgendaEditor::insertAfter()
{
    const int row = currentRow();
    insertAt(row < 0 ? m_model->rowCount() : row + 1);
}

void AgendaEditor::removeCurrent()
{
    if (m_readOnly)
        return;
    m_model->removeSlot(currentRow());
}

void AgendaEditor::moveUp()
{
    m_model->moveSlot(currentRow(), -1);
}

void AgendaEditor::moveDown()
{
    m_model->moveSlot(currentRow(), +1);
}

void AgendaEditor::shiftFromCurrent()
{
    m_model->shiftFrom(currentRow(), m_shiftMinutes->value());
}

QAction *AgendaEditor::makeAction(const QString &text, const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setToolTip(tip);
    return action;
}

void AgendaEditor::buildActions()
{
    m_insertBefore = makeAction(tr("Indsæt &før"), tr("Indsæt et programpunkt før det valgte; "
                                                      "de senere rykker (Skift+Insert)"));
    m_insertAfter = makeAction(tr("Indsæt &efter"), tr("Indsæt et programpunkt efter det valgte; "
                                                       "de senere rykker (Insert)"));
    m_remove =
        makeAction(tr("&Slet"), tr("Slet det valgte programpunkt; de senere rykker op (Delete)"));
    m_moveUp = makeAction(tr("Flyt &op"), tr("Byt plads med punktet før, tiderne bliver (Alt+Op)"));
    m_moveDown =
        makeAction(tr("Flyt &ned"), tr("Byt plads med punktet efter, tiderne bliver (Alt+Ned)"));
    m_shift = makeAction(tr("F&orskyd"), tr("Flyt det valgte og de senere programpunkter; "
                                            "faste tidspunkter bliver"));

    // Delete and Shift+Insert belong to the table: in a text field they delete and paste.
    m_insertAfter->setShortcut(QKeySequence(Qt::Key_Insert));
    m_insertBefore->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Insert));
    m_remove->setShortcut(QKeySequence::Delete);
    for (QAction *a : {m_insertBefore, m_remove})
        a->setShortcutContext(Qt::WidgetShortcut);
    m_moveUp->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveDown->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    // Insert edits no text: in the form too it adds the next slot, so a programme is
    // typed title, Enter, Insert, title, without going back to the table.
    m_insertAfter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_insertAfter);

    m_undo = m_model->undoStack()->createUndoAction(this, tr("Fortryd"));
    m_redo = m_model->undoStack()->createRedoAction(this, tr("Gendan"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    for (QAction *a : {m_moveUp, m_moveDown, m_undo, m_redo}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }

    // The table's own actions, which its WidgetShortcut keys need, are also its context
    // menu (the Menu key, Shift+F10 or a right click): Forskyd has no key of its own, and
    // a narrow toolbar hides it behind »
    const auto separator = [this] {
        auto *a = new QAction(this);
        a->setSeparator(true);
        return a;
    };
    m_table->addActions({m_insertBefore, m_insertAfter, separator(), m_remove, separator(),
                         m_moveUp, m_moveDown, separator(), m_shift});
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_insertBefore, &QAction::triggered, this, &AgendaEditor::insertBefore);
    connect(m_insertAfter, &QAction::triggered, this, &AgendaEditor::insertAfter);
    connect(m_remove, &QAction::triggered, this, &AgendaEditor::removeCurrent);
    connect(m_moveUp, &QAction::triggered, this, &AgendaEditor::moveUp);
    connect(m_moveDown, &QAction::triggered, this, &AgendaEditor::moveDown);
    connect(m_shift, &QAction::triggered, this, &AgendaEditor::shiftFromCurrent);

    struct Preset
    {
        SlotKind kind;
        QString title;
        int minutes;
    };
    const QList<Preset> presets{{SlotKind::Welcome, tr("Velkomst"), 15},
                                {SlotKind::Break, tr("Pause"), 15},
                                {SlotKind::Meal, tr("Frokost"), 45},
                                {SlotKind::Closing, tr("Afrunding"), 15}};
    for (const Preset &p : presets) {
        QAction *a = makeAction(tr("%1 (%2 min)").arg(p.title).arg(p.minutes),
                                tr("Indsæt «%1» på %2 minutter efter det valgte; de senere rykker")
                                    .arg(p.title)
                                    .arg(p.minutes));
        connect(a, &QAction::triggered, this,
                [this, p] { insertPreset(p.kind, p.title, p.minutes); });
        m_presets << a;
    }
}

QToolBar *AgendaEditor::buildToolBar()
{
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_insertBefore);
    bar->addAction(m_insertAfter);
    bar->addWidget(m_minutes);
    auto *presets = new QToolButton(bar);
    presets->setObjectName(u"presets"_s);
    presets->setText(tr("Skabelon"));
    presets->setToolTip(tr("Indsæt velkomst, pause, frokost eller afrunding"));
    presets->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(presets);
    menu->addActions(m_presets);
    presets->setMenu(menu);
    m_presetButton = presets;
    bar->addWidget(presets);
    bar->addSeparator();
    bar->addAction(m_remove);
    bar->addSeparator();
    bar->addAction(m_moveUp);
    bar->addAction(m_moveDown);
    bar->addSeparator();
    bar->addAction(m_shift);
    bar->addWidget(m_shiftMinutes);
    bar->addSeparator();
    bar->addAction(m_undo);
    bar->addAction(m_redo);
    return bar;
}

void AgendaEditor::insertAt(int index)
{
    AgendaSlot slot;
    slot.id = newId();
    slot.title = tr("Nyt programpunkt");
    insertSlotAt(index, slot, m_minutes->value());
}

void AgendaEditor::insertSlotAt(int index, AgendaSlot slot, int minutes)
{
    if (m_readOnly)
        return;
    // An empty programme has no slot to take a start from.
    if (m_model->rowCount() == 0)
        slot.start = m_occurrence.start.isValid() ? m_occurrence.start : QTime(9, 0);
    if (!m_model->insertSlot(index, minutes, slot))
        return;
    if (auto *title = m_form->findChild<QLineEdit *>(u"titleEdit"_s)) {
        title->setFocus(Qt::ShortcutFocusReason);
        title->selectAll();
    }
}

int AgendaEditor::rowOf(const Id &slotId) const
{
    const Agenda &agenda = m_model->agenda();
    for (int i = 0; i < agenda.size(); ++i)
        if (agenda.at(i).id == slotId)
            return i;
    return -1;
}

void AgendaEditor::showCurrentSlot()
{
    const int row = currentRow();
    if (row < 0) {
        m_form->clearSlot();
        return;
    }
    m_form->setSlot(m_model->slotAt(row), agenda::effectiveEnd(m_model->agenda(), row), row == 0);
}

void AgendaEditor::updateActions()
{
    const int row = currentRow();
    const int count = m_model->rowCount();
    const bool editable = !m_readOnly;
    m_insertBefore->setEnabled(editable);
    m_insertAfter->setEnabled(editable);
    for (QAction *a : std::as_const(m_presets))
        a->setEnabled(editable);
    m_remove->setEnabled(editable && row >= 0);
    m_moveUp->setEnabled(editable && row > 0);
    m_moveDown->setEnabled(editable && row >= 0 && row + 1 < count);
    m_shift->setEnabled(editable && row >= 0);
    m_shiftMinutes->setEnabled(editable && row >= 0);
}

void AgendaEditor::showWarnings()
{
    const Agenda &agenda = m_model->agenda();
    if (agenda.isEmpty()) {
        m_summary->setText(tr("Programmet er tomt. Tryk Insert for at tilføje et programpunkt."));
    } else {
        const QString span =
            danish::formatTimeRange(agenda.first().start, agenda::endOfDay(agenda));
        QString text = tr("%n programpunkt(er)", nullptr, int(agenda.size()));
        if (!span.isEmpty())
            text += u" · "_s + span;
        if (m_model->dayEnd().isValid())
            text +=
                u" · "_s + tr("dagen slutter kl. %1").arg(danish::formatTime(m_model->dayEnd()));
        m_summary->setText(text);
    }
    const QStringList sentences = m_model->warnings().sentences() + m_extraWarnings;
    m_warnings->setText(sentences.join(u'\n'));
    m_warnings->setVisible(!sentences.isEmpty());
}

void AgendaEditor::showRefusal(const QString &message)
{
    m_message->setText(message);
    m_message->show();
}

} // namespace temaplan
