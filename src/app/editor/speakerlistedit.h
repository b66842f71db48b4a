#pragma once

#include "core/agendaslot.h"
#include "core/lookups.h"
#include "core/person.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace temaplan {

// A slot's speakers: who, in which role, and the role text printed before the name
// ("leder af strategien"). Reports the whole list on every change, so the editor can
// make it one undo step.
class SpeakerListEdit final : public QWidget
{
    Q_OBJECT

public:
    explicit SpeakerListEdit(QWidget *parent = nullptr);

    void setPeople(const QList<Person> &people);
    void setLookups(const Lookups &lookups);
    void setSpeakers(const QList<SlotSpeaker> &speakers);
    QList<SlotSpeaker> speakers() const { return m_speakers; }

Q_SIGNALS:
    void speakersEdited(const QList<SlotSpeaker> &speakers);

private:
    void fillList();
    void showSelected();
    void updateButtons();
    SlotSpeaker speakerFromInputs() const;
    void add();
    void replaceSelected();
    void removeSelected();

    QList<SlotSpeaker> m_speakers;
    Lookups m_lookups;
    QListWidget *m_list;
    QComboBox *m_person;
    QComboBox *m_role;
    QLineEdit *m_roleText;
    QPushButton *m_add;
    QPushButton *m_replace;
    QPushButton *m_remove;
};

} // namespace temaplan
