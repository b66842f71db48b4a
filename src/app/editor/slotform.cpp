#include "slotform.h"

#include "caselistedit.h"
#include "formfields.h"
#include "kindnames.h"
#include "speakerlistedit.h"

#include "core/description.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTimeEdit>

using namespace Qt::Literals::StringLiterals;

namespace temaplan {

SlotForm::SlotForm(QWidget *parent)
    : QWidget(parent)
    , m_start(new QTimeEdit(this))
    , m_end(new QTimeEdit(this))
    , m_endNote(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_fixed(new QCheckBox(tr("Fast tidspunkt"), this))
    , m_sharesRow(new QCheckBox(tr("I samme række som punktet før"), this))
    , m_speakers(new SpeakerListEdit(this))
    , m_cases(new CaseListEdit(this))
{
    m_start->setObjectName(u"startEdit"_s);
    m_end->setObjectName(u"endEdit"_s);
    m_kind->setObjectName(u"kindCombo"_s);
    m_title->setObjectName(u"titleEdit"_s);
    m_description->setObjectName(u"descriptionEdit"_s);
    m_fixed->setObjectName(u"fixedTimeCheck"_s);
    m_sharesRow->setObjectName(u"sharesRowCheck"_s);

    for (QTimeEdit *edit : {m_start, m_end}) {
        edit->setDisplayFormat(u"HH.mm"_s);
        edit->setKeyboardTracking(false);
    }
    // Wrapped, the note does not widen a narrow form past its window.
    m_endNote->setWordWrap(true);
    m_endNote->setForegroundRole(QPalette::PlaceholderText);
    for (SlotKind kind : allSlotKinds())
        m_kind->addItem(displayName(kind), QVariant::fromValue(int(kind)));
    m_description->setPlaceholderText(tr("Et afsnit pr. linje. Punkter begynder med • eller -"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(90);
    m_description->installEventFilter(this);
    m_fixed->setToolTip(tr("Et fast tidspunkt (fx frokost) flytter sig ikke, når andre "
                           "programpunkter indsættes, slettes eller ændrer varighed."));

    auto *times = new QHBoxLayout;
    times->addWidget(m_start);
    times->addWidget(new QLabel(tr("til"), this));
    times->addWidget(m_end);
    times->addWidget(m_endNote, 1);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A row whose field is a layout gets no buddy by itself, so the mnemonic needs one.
    auto *timeLabel = new QLabel(tr("&Tid"), this);
    timeLabel->setBuddy(m_start);
    form->addRow(timeLabel, times);
    form->addRow(QString(), m_fixed);
    form->addRow(QString(), m_sharesRow);
    form->addRow(tr("T&ype"), m_kind);
    form->addRow(tr("Tit&el"), m_title);
    form->addRow(tr("&Beskrivelse"), m_description);
    form->addRow(tr("Ta&lere"), m_speakers);
    form->addRow(tr("&Cases"), m_cases);

    // Tab follows the form as it reads: the time's checkboxes stand under the time.
    setTabOrder(m_end, m_fixed);
    setTabOrder(m_fixed, m_sharesRow);
    setTabOrder(m_sharesRow, m_kind);

    connect(m_title, &QLineEdit::editingFinished, this, &SlotForm::commitTitle);
    connect(m_start, &QTimeEdit::editingFinished, this, &SlotForm::commitStart);
    connect(m_end, &QTimeEdit::editingFinished, this, &SlotForm::commitEnd);
    connect(m_kind, &QComboBox::activated, this, [this] {
        AgendaSlot after = m_slot;
        after.kind = SlotKind(m_kind->currentData().toInt());
        commit(after);
    });
    connect(m_fixed, &QCheckBox::clicked, this, [this](bool checked) {
        AgendaSlot after = m_slot;
        after.fixedTime = checked;
        commit(after);
    });
    connect(m_sharesRow, &QCheckBox::clicked, this, [this](bool checked) {
        AgendaSlot after = m_slot;
        after.sharesRowWithPrevious = checked;
        commit(after);
    });
    connect(m_speakers, &SpeakerListEdit::speakersEdited, this,
            [this](const QList<SlotSpeaker> &s) {
                AgendaSlot after = m_slot;
                after.speakers = s;
                commit(after);
            });
    connect(m_cases, &CaseListEdit::caseIdsEdited, this, [this](const QList<Id> &ids) {
        AgendaSlot after = m_slot;
        after.caseIds = ids;
        commit(after);
    });
    connect(m_speakers, &SpeakerListEdit::personCreated, this,
            [this](const QList<SlotSpeaker> &s, const Person &person) {
                AgendaSlot after = m_slot;
                after.speakers = s;
                if (hasSlot())
                    Q_EMIT slotEditedCreating(after, NewRecords{{person}, {}});
            });
    connect(m_cases, &CaseListEdit::caseCreated, this, [this](const QList<Id> &ids, const Case &c) {
        AgendaSlot after = m_slot;
        after.caseIds = ids;
        if (hasSlot())
            Q_EMIT slotEditedCreating(after, NewRecords{{}, {c}});
    });
    clearSlot();
}

void SlotForm::setChoices(const SlotChoices &choices)
{
    m_speakers->setPersonSearch(choices.findPeople);
    m_cases->setCaseSearch(choices.findCases);
}

void SlotForm::setCanCreate(bool canCreate)
{
    m_speakers->setCanCreate(canCreate);
    m_cases->setCanCreate(canCreate);
}

void SlotForm::setLookups(const Lookups &lookups)
{
    m_speakers->setLookups(lookups);
    m_cases->setLookups(lookups);
}

void SlotForm::setSlot(const AgendaSlot &slot, const QTime &effectiveEnd, bool firstSlot)
{
    m_slot = slot;
    m_shownEnd = slot.end.isValid() ? slot.end : effectiveEnd;
    setEnabled(true);
    const QSignalBlocker b1(m_start), b2(m_end), b3(m_kind), b4(m_title), b5(m_fixed),
        b6(m_sharesRow);
    m_start->setTime(slot.start.isValid() ? slot.start : QTime(0, 0));
    m_shownStart = m_start->time();
    m_end->setEnabled(slot.start.isValid());
    m_end->setTime(m_shownEnd.isValid() ? m_shownEnd : m_start->time());
    m_endNote->setText(!slot.end.isValid() && effectiveEnd.isValid() ? tr("(næste punkts start)")
                                                                     : QString());
    m_kind->setCurrentIndex(m_kind->findData(int(slot.kind)));
    showText(m_title, slot.title);
    // Once the user has left the description, a typed "- " shows as the "• " it means.
    const QString markup = descriptionToMarkup(slot.description);
    if (m_description->toPlainText() != markup &&
        (!m_description->hasFocus() ||
         descriptionFromMarkup(m_description->toPlainText()) != slot.description))
        m_description->setPlainText(markup);
    m_fixed->setChecked(slot.fixedTime);
    m_sharesRow->setChecked(slot.sharesRowWithPrevious && !firstSlot);
    m_sharesRow->setEnabled(!firstSlot);
    m_sharesRow->setToolTip(
        firstSlot ? tr("Det første programpunkt har intet punkt før sig at dele række med.")
                  : tr("Punktet trykkes i samme række som punktet før, med begge tidspunkter "
                       "i tidskolonnen, fx »9.30 / 10.00«: let morgenmad og velkomst."));
    m_speakers->setSpeakers(slot.speakers);
    m_cases->setCaseIds(slot.caseIds);
}

void SlotForm::clearSlot()
{
    m_slot = AgendaSlot{};
    m_shownEnd = QTime();
    const QSignalBlocker b1(m_start), b2(m_end), b3(m_kind), b4(m_title), b5(m_fixed),
        b6(m_sharesRow);
    m_title->clear();
    m_description->clear();
    m_endNote->clear();
    m_fixed->setChecked(false);
    m_sharesRow->setChecked(false);
    m_speakers->setSpeakers({});
    m_cases->setCaseIds({});
    setEnabled(false);
}

bool SlotForm::eventFilter(QObject *watched, QEvent *event)
{
    // A plain-text edit has no editingFinished: leaving it finishes the edit.
    if (watched == m_description && event->type() == QEvent::FocusOut)
        commitDescription();
    return QWidget::eventFilter(watched, event);
}

void SlotForm::commit(AgendaSlot after)
{
    if (!hasSlot() || after == m_slot)
        return;
    Q_EMIT slotEdited(after);
}

void SlotForm::commitTitle()
{
    AgendaSlot after = m_slot;
    after.title = m_title->text().trimmed();
    commit(after);
}

void SlotForm::commitDescription()
{
    AgendaSlot after = m_slot;
    after.description = descriptionFromMarkup(m_description->toPlainText());
    commit(after);
}

void SlotForm::commitStart()
{
    if (!hasSlot())
        return;
    const QTime start = m_start->time();
    if (start != m_shownStart)
        Q_EMIT startEdited(m_slot.id, start);
}

void SlotForm::commitEnd()
{
    if (!hasSlot())
        return;
    const QTime end = m_end->time();
    if (end != m_shownEnd)
        Q_EMIT endEdited(m_slot.id, end);
}

} // namespace temaplan
