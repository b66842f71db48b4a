#pragma once

#include "slotchoices.h"

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

class SearchLine;

// A slot's speakers: who, in which role, and the role text printed before the name
// ("leder af strategien"). Reports the whole list on every change, so the editor can
// make it one undo step.
class SpeakerListEdit final : public QWidget
{
    Q_OBJECT

public:
    explicit SpeakerListEdit(QWidget *parent = nullptr);

    // Who may be chosen: asked as one types, so no one is read before.
    void setPersonSearch(const PersonSearch &search);
    void setLookups(const Lookups &lookups);
    void setSpeakers(const QList<SlotSpeaker> &speakers);
    QList<SlotSpeaker> speakers() const { return m_speakers; }
    // When on, a typed name that matches nobody is offered as a new person.
    void setCanCreate(bool canCreate);

Q_SIGNALS:
    void speakersEdited(const QList<SlotSpeaker> &speakers);
    // The speakers with a person made on the spot, who is not in the library yet.
    void personCreated(const QList<SlotSpeaker> &speakers, const temaplan::Person &person);

private:
    void fillList();
    void showSelected();
    void updateButtons();
    SlotSpeaker speakerFromInputs() const;
    void add();
    void replaceSelected();
    void removeSelected();
    void createPerson();
    bool chosen() const;

    QList<SlotSpeaker> m_speakers;
    Lookups m_lookups;
    QListWidget *m_list;
    SearchLine *m_person;
    QComboBox *m_role;
    QLineEdit *m_roleText;
    QPushButton *m_add;
    QPushButton *m_replace;
    QPushButton *m_remove;
    QPushButton *m_create;
    bool m_canCreate = false;
};

} // namespace temaplan
