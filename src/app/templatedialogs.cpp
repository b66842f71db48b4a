#include "templatedialogs.h"

#include "templateactions.h"

#include "app/editor/agendaeditor.h"
#include "app/editor/slotchoices.h"

#include "core/danishtext.h"
#include "store/library.h"
#include "store/librarylookups.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

QString templateSummary(const AgendaTemplate &t)
{
    QString text = QCoreApplication::translate("TemplateDialogs", "%n programpunkt(er)", nullptr,
                                               int(t.agenda.size()));
    QTime first = t.start;
    if (!first.isValid() && !t.agenda.isEmpty())
        first = t.agenda.first().start;
    if (first.isValid())
        text += u" · "_s + (t.end.isValid() ? danish::formatTimeRange(first, t.end)
                                            : danish::formatTime(first));
    return t.name + u"  ("_s + text + u')';
}

namespace {

void fillList(QListWidget *list, const QList<AgendaTemplate> &templates)
{
    const Id kept =
        list->currentItem() ? list->currentItem()->data(Qt::UserRole).value<Id>() : Id();
    list->clear();
    for (const AgendaTemplate &t : templates) {
        auto *item = new QListWidgetItem(templateSummary(t), list);
        item->setData(Qt::UserRole, QVariant::fromValue(t.id));
        if (t.id == kept)
            list->setCurrentItem(item);
    }
    if (!list->currentItem() && list->count() > 0)
        list->setCurrentRow(0);
}

} // namespace

TemplateChoiceDialog::TemplateChoiceDialog(const QList<AgendaTemplate> &templates, QWidget *parent)
    : QDialog(parent)
    , m_templates(templates)
    , m_list(new QListWidget(this))
    , m_speakers(new QCheckBox(tr("Behold &talerne"), this))
    , m_cases(new QCheckBox(tr("Behold &cases"), this))
{
    setWindowTitle(tr("Nyt arrangement fra skabelon"));
    m_list->setObjectName(u"templateList"_s);
    m_speakers->setObjectName(u"keepSpeakers"_s);
    m_cases->setObjectName(u"keepCases"_s);
    m_speakers->setChecked(true);
    m_cases->setChecked(true);
    fillList(m_list, templates);
    auto *note = new QLabel(tr("Tiderne følger altid med. Uden talere og cases står "
                               "programpunkterne klar til at blive udfyldt."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Opret arrangement"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Skabelon:"), this);
    label->setBuddy(m_list);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_speakers);
    layout->addWidget(m_cases);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    resize(460, 340);
}

Id TemplateChoiceDialog::chosenId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).value<Id>() : Id();
}

templates::Keep TemplateChoiceDialog::keep() const
{
    return {m_speakers->isChecked(), m_cases->isChecked()};
}

TemplatesDialog::TemplatesDialog(TemplateActions *actions, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_list(new QListWidget(this))
    , m_rename(new QPushButton(tr("&Omdøb…"), this))
    , m_editAgenda(new QPushButton(tr("Rediger &program…"), this))
    , m_delete(new QPushButton(tr("&Slet"), this))
{
    setWindowTitle(tr("Skabeloner"));
    m_list->setObjectName(u"templateList"_s);
    m_rename->setObjectName(u"renameTemplate"_s);
    m_editAgenda->setObjectName(u"editTemplateAgenda"_s);
    m_editAgenda->setToolTip(
        tr("Ret skabelonens programpunkter, tider, talere og cases i programeditoren"));
    m_delete->setObjectName(u"deleteTemplate"_s);
    m_delete->setToolTip(tr("Slet skabelonen; Fortryd henter den tilbage"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *side = new QVBoxLayout;
    side->addWidget(m_rename);
    side->addWidget(m_editAgenda);
    side->addWidget(m_delete);
    side->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rename, &QPushButton::clicked, this,
            [this] { (void)m_actions->askRename(selectedId()); });
    connect(m_editAgenda, &QPushButton::clicked, this,
            [this] { (void)m_actions->askEditAgenda(selectedId()); });
    connect(m_delete, &QPushButton::clicked, this,
            [this] { (void)m_actions->deleteTemplate(selectedId()); });
    connect(m_list, &QListWidget::itemActivated, this,
            [this] { (void)m_actions->askEditAgenda(selectedId()); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        m_rename->setEnabled(!selectedId().isNull());
        m_editAgenda->setEnabled(!selectedId().isNull());
        m_delete->setEnabled(!selectedId().isNull());
    });
    connect(m_actions, &TemplateActions::templatesChanged, this, &TemplatesDialog::fill);
    fill();
    resize(460, 300);
}

void TemplatesDialog::fill()
{
    fillList(m_list, m_actions->allTemplates());
    m_rename->setEnabled(!selectedId().isNull());
    m_editAgenda->setEnabled(!selectedId().isNull());
    m_delete->setEnabled(!selectedId().isNull());
}

Id TemplatesDialog::selectedId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).value<Id>() : Id();
}

TemplateAgendaDialog::TemplateAgendaDialog(const AgendaTemplate &source, Library &library,
                                           QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_editor(new AgendaEditor(this))
{
    setWindowTitle(tr("Program i skabelonen «%1»").arg(source.name));
    m_editor->setObjectName(u"templateAgendaEditor"_s);
    // The editor edits an occurrence: the template's day without date or place.
    Occurrence day;
    day.id = source.id;
    day.start = source.start;
    day.end = source.end;
    day.agenda = source.agenda;
    m_editor->setOccurrence(day, lookupsFor(library));
    m_editor->setChoices(slotChoicesFrom(library));
    m_editor->setCompactColumns(true);

    auto *note = new QLabel(tr("Ændringerne gemmes i skabelonen med «Gem» som ét trin, der kan "
                               "fortrydes. Arrangementer, der er oprettet fra skabelonen, "
                               "ændres ikke."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Gem"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuller"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1000, 640);
}

AgendaTemplate TemplateAgendaDialog::edited() const
{
    const Occurrence day = m_editor->occurrence();
    AgendaTemplate t = m_source;
    t.start = day.start;
    t.end = day.end;
    t.agenda = day.agenda;
    return t;
}

} // namespace temaplan::app
