#pragma once

#include "newrecords.h"
#include "slotchoices.h"

#include "core/agendaslot.h"
#include "core/lookups.h"

#include <QTime>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimeEdit;

namespace temaplan {

class CaseListEdit;
class SpeakerListEdit;

// The selected slot's fields. It edits nothing itself: each finished edit (Enter or
// leaving a field, a choice made, a speaker added) is reported as the slot it should
// become, so the editor turns it into one undo step. Times are reported apart, as they
// go through the agenda rules.
class SlotForm final : public QWidget
{
    Q_OBJECT

public:
    explicit SlotForm(QWidget *parent = nullptr);

    void setChoices(const SlotChoices &choices);
    void setLookups(const Lookups &lookups);
    // `effectiveEnd` is shown when the slot has no end of its own. The first slot of
    // the agenda has no slot before it whose printed row it could share.
    void setSlot(const AgendaSlot &slot, const QTime &effectiveEnd, bool firstSlot);
    void clearSlot();
    bool hasSlot() const { return !m_slot.id.isNull(); }
    // Whether a name that matches nobody may become a new person or case.
    void setCanCreate(bool canCreate);

Q_SIGNALS:
    void slotEdited(const AgendaSlot &after);
    // The slot names a person or case made on the spot, to be created with the edit.
    void slotEditedCreating(const AgendaSlot &after, const temaplan::NewRecords &created);
    void startEdited(const Id &slotId, const QTime &start);
    void endEdited(const Id &slotId, const QTime &end);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void commit(AgendaSlot after);
    void commitTitle();
    void commitDescription();
    void commitStart();
    void commitEnd();

    AgendaSlot m_slot;
    QTime m_shownStart;
    QTime m_shownEnd;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QLabel *m_endNote;
    QComboBox *m_kind;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QCheckBox *m_fixed;
    QCheckBox *m_sharesRow;
    SpeakerListEdit *m_speakers;
    CaseListEdit *m_cases;
};

} // namespace temaplan
