#include "speakerlistedit.h"

#include "kindnames.h"
#include "searchline.h"

#include "core/programmetext.h"

#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace temaplan {

SpeakerListEdit::SpeakerListEdit(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_person(new SearchLine(this))
    , m_role(new QComboBox(this))
    , m_roleText(new QLineEdit(this))
    , m_add(new QPushButton(tr("Tilføj"), this))
    , m_replace(new QPushButton(tr("Ret"), this))
    , m_remove(new QPushButton(tr("Fjern"), this))
    , m_create(new QPushButton(this))
{
    m_list->setObjectName(u"speakerList"_s);
    m_person->setObjectName(u"speakerPerson"_s);
    m_person->matches()->setObjectName(u"speakerMatches"_s);
    m_roleText->setObjectName(u"speakerRoleText"_s);
    m_add->setObjectName(u"speakerAdd"_s);
    m_create->setObjectName(u"speakerCreate"_s);
    m_create->setToolTip(tr("Opret personen i biblioteket og sæt vedkommende på programpunktet; "
                            "Fortryd fjerner begge dele"));
    m_create->hide();
    // Typed into, a name finds the people whose names have words beginning so; one that
    // finds nobody of that name may become a new person.
    m_list->setMaximumHeight(76);
    m_person->setPlaceholderText(tr("Vælg eller skriv en person"));
    m_roleText->setPlaceholderText(tr("Rolletekst, fx »projektleder«"));
    m_person->setToolTip(tr("Personen fra biblioteket"));
    m_roleText->setToolTip(tr("Står foran navnet i programmet: »ved projektleder Vibeke Skøtt«"));
    for (SpeakerRole role : allSpeakerRoles())
        m_role->addItem(displayName(role), QVariant::fromValue(int(role)));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    // The name gets a line of its own, the role and its text the next: side by side the
    // name and role would widen a narrow form past its window.
    grid->addWidget(m_list, 0, 0, 1, 3);
    grid->addWidget(m_person, 1, 0, 1, 3);
    auto *roleRow = new QHBoxLayout;
    roleRow->addWidget(m_role);
    roleRow->addWidget(m_roleText, 1);
    grid->addLayout(roleRow, 2, 0, 1, 3);
    grid->addWidget(m_add, 3, 0);
    grid->addWidget(m_replace, 3, 1);
    grid->addWidget(m_remove, 3, 2);
    grid->addWidget(m_create, 4, 0, 1, 3);

    connect(m_list, &QListWidget::currentRowChanged, this, &SpeakerListEdit::showSelected);
    connect(m_person, &SearchLine::choiceChanged, this, &SpeakerListEdit::updateButtons);
    connect(m_create, &QPushButton::clicked, this, &SpeakerListEdit::createPerson);
    connect(m_add, &QPushButton::clicked, this, &SpeakerListEdit::add);
    connect(m_replace, &QPushButton::clicked, this, &SpeakerListEdit::replaceSelected);
    connect(m_remove, &QPushButton::clicked, this, &SpeakerListEdit::removeSelected);
    updateButtons();
}

void SpeakerListEdit::setPersonSearch(const PersonSearch &search)
{
    m_person->setSearch(peopleMatches(search));
    updateButtons();
}

void SpeakerListEdit::setLookups(const Lookups &lookups)
{
    m_lookups = lookups;
}

void SpeakerListEdit::setSpeakers(const QList<SlotSpeaker> &speakers)
{
    m_speakers = speakers;
    fillList();
}

void SpeakerListEdit::fillList()
{
    const int keep = m_list->currentRow();
    m_list->clear();
    for (const SlotSpeaker &s : std::as_const(m_speakers)) {
        const auto person = m_lookups.person(s.personId);
        const QString name = person ? programme::speakerName(s, *person) : tr("(ukendt person)");
        m_list->addItem(name + u" (%1)"_s.arg(displayName(s.role).toLower()));
    }
    if (keep >= 0 && keep < m_list->count())
        m_list->setCurrentRow(keep);
    updateButtons();
}

void SpeakerListEdit::showSelected()
{
    const int row = m_list->currentRow();
    if (row >= 0 && row < m_speakers.size()) {
        const SlotSpeaker &s = m_speakers.at(row);
        const auto person = m_lookups.person(s.personId);
        m_person->setChosen(s.personId,
                            person ? personMatch(*person).label : tr("(ukendt person)"));
        m_role->setCurrentIndex(m_role->findData(int(s.role)));
        m_roleText->setText(s.roleText);
    }
    updateButtons();
}

void SpeakerListEdit::setCanCreate(bool canCreate)
{
    m_canCreate = canCreate;
    updateButtons();
}

bool SpeakerListEdit::chosen() const
{
    return !m_person->chosenId().isNull();
}

void SpeakerListEdit::updateButtons()
{
    const bool isChosen = chosen();
    const bool selected = m_list->currentRow() >= 0;
    m_add->setEnabled(isChosen);
    m_replace->setEnabled(isChosen && selected);
    m_remove->setEnabled(selected);
    const QString name = m_person->typedText();
    // The matches are the library's for what is typed: someone of that very name is
    // among them (the name typed whole ranks first), so a namesake is not made twice.
    const bool offer = m_canCreate && !isChosen && !name.isEmpty() && !m_person->offersName(name);
    if (offer)
        m_create->setText(tr("Opret «%1» som ny person").arg(name));
    m_create->setVisible(offer);
}

void SpeakerListEdit::createPerson()
{
    const QString name = m_person->typedText();
    if (!m_canCreate || name.isEmpty() || chosen())
        return;
    Person person;
    person.id = newId();
    person.name = name;
    SlotSpeaker speaker = speakerFromInputs();
    speaker.personId = person.id;
    QList<SlotSpeaker> after = m_speakers;
    after.append(speaker);
    // The list shows the new speaker once the edit is saved and the slot shown again.
    Q_EMIT personCreated(after, person);
}

SlotSpeaker SpeakerListEdit::speakerFromInputs() const
{
    SlotSpeaker s;
    s.personId = m_person->chosenId();
    s.role = SpeakerRole(m_role->currentData().toInt());
    s.roleText = m_roleText->text().trimmed();
    return s;
}

void SpeakerListEdit::add()
{
    if (!chosen())
        return;
    m_speakers.append(speakerFromInputs());
    fillList();
    m_list->setCurrentRow(int(m_speakers.size()) - 1);
    Q_EMIT speakersEdited(m_speakers);
}

void SpeakerListEdit::replaceSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_speakers.size() || !chosen())
        return;
    m_speakers[row] = speakerFromInputs();
    fillList();
    Q_EMIT speakersEdited(m_speakers);
}

void SpeakerListEdit::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_speakers.size())
        return;
    m_speakers.removeAt(row);
    fillList();
    Q_EMIT speakersEdited(m_speakers);
}

} // namespace temaplan
