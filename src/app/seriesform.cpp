#include "seriesform.h"

#include "ui_seriesform.h"

#include "editor/formfields.h"
#include "idlistedit.h"
#include "recordediting.h"

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

SeriesForm::SeriesForm(LibrarySession *session, QWidget *parent)
    : RecordForm(parent)
    , m_ui(std::make_unique<Ui::SeriesForm>())
    , m_editing(new RecordEditing<EventSeries>(
          session, [this](const EventSeries &s) { showSeries(s, m_organisations); }, this))
    , m_organisers(new IdListEdit(u"seriesOrganisers"_s, tr("Søg efter en organisation"), this))
    , m_facilitators(new IdListEdit(u"seriesFacilitators"_s, tr("Søg efter en person"), this))
    , m_contacts(new IdListEdit(u"seriesContacts"_s, tr("Søg efter en person"), this))
{
    m_ui->setupUi(this);
    setParts(m_ui->titleEdit, {m_ui->seriesGroup});
    setObjectName(u"seriesForm"_s);
    m_ui->seriesLayout->setWidget(4, QFormLayout::FieldRole, m_organisers);
    m_ui->seriesLayout->setWidget(5, QFormLayout::FieldRole, m_facilitators);
    m_ui->seriesLayout->setWidget(6, QFormLayout::FieldRole, m_contacts);
    m_ui->organisersLabel->setBuddy(m_organisers->chooser());
    m_ui->facilitatorsLabel->setBuddy(m_facilitators->chooser());
    m_ui->contactsLabel->setBuddy(m_contacts->chooser());

    RecordEditing<EventSeries> &e = *m_editing;
    e.bindName(m_ui->titleEdit, tr("Ret titel"), u"title"_s,
               [](EventSeries &s, const QString &v) { s.title = v; });
    e.bindLine(m_ui->subtitleEdit, tr("Ret undertitel"), u"subtitle"_s,
               [](EventSeries &s, const QString &v) { s.subtitle = v; });
    e.bindText(m_ui->descriptionEdit, tr("Ret beskrivelse"), u"description"_s,
               [](EventSeries &s, const QString &v) { s.description = descriptionFromMarkup(v); });
    e.bindText(m_ui->practicalNoteEdit, tr("Ret praktisk note"), u"practicalNote"_s,
               [](EventSeries &s, const QString &v) { s.practicalNote = v; });
    m_facilitators->choosePeople(session);
    m_contacts->choosePeople(session);
    bindIds(m_organisers, tr("Ret arrangører"), &EventSeries::organiserIds);
    bindIds(m_facilitators, tr("Ret facilitatorer"), &EventSeries::facilitatorIds);
    bindIds(m_contacts, tr("Ret kontaktpersoner"), &EventSeries::contactIds);
}

SeriesForm::~SeriesForm() = default;

void SeriesForm::bindIds(IdListEdit *edit, const QString &text, QList<Id> EventSeries::*member)
{
    connect(edit, &IdListEdit::idsEdited, this, [this, text, member](const QList<Id> &ids) {
        m_editing->endTyping();
        m_editing->edit(text, {}, [&](EventSeries &s) { s.*member = ids; });
    });
}

void SeriesForm::showSeries(const EventSeries &series, const QList<Organisation> &organisations)
{
    m_editing->show(series, [&] {
        if (organisations != m_organisations) {
            m_organisations = organisations;
            m_organisers->chooseAmong(organisations);
        }
        showText(m_ui->titleEdit, series.title);
        showText(m_ui->subtitleEdit, series.subtitle);
        showDescription(m_ui->descriptionEdit, series.description);
        showText(m_ui->practicalNoteEdit, series.practicalNote);
        m_organisers->setIds(series.organiserIds);
        m_facilitators->setIds(series.facilitatorIds);
        m_contacts->setIds(series.contactIds);
    });
}

void SeriesForm::clear()
{
    m_editing->clear();
}

} // namespace temaplan::app
