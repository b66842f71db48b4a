#include "themegroupform.h"

#include "ui_themegroupform.h"

#include "documentlinksedit.h"
#include "editor/formfields.h"
#include "idlistedit.h"
#include "recordediting.h"
#include "renamedialog.h"

#include "core/danishtext.h"

#include <QTableWidget>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

ThemeGroupForm::ThemeGroupForm(LibrarySession *session, QWidget *parent)
    : RecordForm(parent)
    , m_ui(std::make_unique<Ui::ThemeGroupForm>())
    , m_editing(new RecordEditing<ThemeGroup>(
          session, [this](const ThemeGroup &g) { showGroup(g, m_organisations); }, this))
    , m_contacts(new IdListEdit(u"groupContacts"_s, tr("Søg efter en person"), this))
    , m_documents(new DocumentLinksEdit(u"groupDocuments"_s, this))
{
    m_ui->setupUi(this);
    setParts(m_ui->nameEdit, {m_ui->groupGroup});
    setObjectName(u"themeGroupForm"_s);
    m_ui->groupLayout->setWidget(8, QFormLayout::FieldRole, m_contacts);
    m_ui->contactsLabel->setBuddy(m_contacts->chooser());
    m_contacts->choosePeople(session);
    m_ui->groupLayout->setWidget(9, QFormLayout::FieldRole, m_documents);
    m_ui->documentsLabel->setBuddy(m_documents->table());

    RecordEditing<ThemeGroup> &e = *m_editing;
    e.bindName(m_ui->nameEdit, tr("Ret navn"), u"name"_s,
               [](ThemeGroup &g, const QString &v) { g.name = v; });
    e.bindLine(m_ui->rhythmEdit, tr("Ret mødefrekvens"), u"rhythm"_s,
               [](ThemeGroup &g, const QString &v) { g.meetingRhythm = v; });
    const std::pair<QPlainTextEdit *, std::pair<QString, Description ThemeGroup::*>> texts[] = {
        {m_ui->backgroundEdit, {tr("Ret baggrund"), &ThemeGroup::background}},
        {m_ui->purposeEdit, {tr("Ret formål"), &ThemeGroup::purpose}},
        {m_ui->audienceEdit, {tr("Ret målgruppe"), &ThemeGroup::audience}},
        {m_ui->focusEdit, {tr("Ret fokus"), &ThemeGroup::focus}}};
    for (const auto &[edit, named] : texts) {
        const auto member = named.second;
        e.bindText(
            edit, named.first, edit->objectName(),
            [member](ThemeGroup &g, const QString &v) { g.*member = descriptionFromMarkup(v); });
    }
    e.bindChoice(m_ui->organiserCombo, tr("Ret arrangør"),
                 [](ThemeGroup &g, const QVariant &v) { g.organiserId = v.value<Id>(); });
    connect(m_contacts, &IdListEdit::idsEdited, this, [this](const QList<Id> &ids) {
        m_editing->endTyping();
        m_editing->edit(tr("Ret kontaktpersoner"), {}, [&](ThemeGroup &g) { g.contactIds = ids; });
    });
    connect(m_documents, &DocumentLinksEdit::linksEdited, this,
            [this](const DocumentLinks &links, const QString &text) {
                m_editing->endTyping();
                m_editing->edit(text, {}, [&](ThemeGroup &g) { g.documents = links; });
            });
    connect(m_ui->renameButton, &QPushButton::clicked, this, &ThemeGroupForm::rename);
    connect(m_ui->formerNamesList, &QListWidget::currentRowChanged, this,
            [this](int row) { m_ui->removeFormerNameButton->setEnabled(row >= 0); });
    connect(m_ui->removeFormerNameButton, &QPushButton::clicked, this,
            [this] { removeFormerName(m_ui->formerNamesList->currentRow()); });
}

ThemeGroupForm::~ThemeGroupForm() = default;

void ThemeGroupForm::showGroup(const ThemeGroup &group, const QList<Organisation> &organisations)
{
    m_editing->show(group, [&] {
        if (organisations != m_organisations || m_ui->organiserCombo->count() == 0) {
            m_organisations = organisations;
            m_ui->organiserCombo->clear();
            m_ui->organiserCombo->addItem(tr("(ingen arrangør)"), QVariant::fromValue(Id()));
            for (const Organisation &o : organisations)
                m_ui->organiserCombo->addItem(o.name, QVariant::fromValue(o.id));
        }
        showText(m_ui->nameEdit, group.name);
        showText(m_ui->rhythmEdit, group.meetingRhythm);
        showDescription(m_ui->backgroundEdit, group.background);
        showDescription(m_ui->purposeEdit, group.purpose);
        showDescription(m_ui->audienceEdit, group.audience);
        showDescription(m_ui->focusEdit, group.focus);
        showChoice(m_ui->organiserCombo, QVariant::fromValue(group.organiserId));
        m_contacts->setIds(group.contactIds);
        m_documents->setLinks(group.documents);
        m_ui->formerNamesList->clear();
        for (const FormerName &f : group.formerNames)
            m_ui->formerNamesList->addItem(
                f.until.isNull()
                    ? f.name
                    : tr("%1 (til %2)").arg(f.name, danish::formatDate(f.until, true)));
        m_ui->removeFormerNameButton->setEnabled(false);
    });
}

void ThemeGroupForm::rename()
{
    const auto &group = m_editing->record();
    if (!group)
        return;
    auto *dialog = new RenameDialog(group->name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { renameTo(dialog->newName(), dialog->until()); });
    dialog->open();
}

bool ThemeGroupForm::renameTo(const QString &name, const CalendarDate &until)
{
    const auto &group = m_editing->record();
    if (!group || name.trimmed().isEmpty() || name.trimmed() == group->name)
        return false;
    const QString old = group->name;
    m_editing->endTyping();
    return m_editing->edit(tr("Omdøb «%1» til «%2»").arg(old, name.trimmed()), {},
                           [&](ThemeGroup &g) {
                               g.formerNames.append({old, until});
                               g.name = name.trimmed();
                           });
}

void ThemeGroupForm::removeFormerName(int index)
{
    const auto &group = m_editing->record();
    if (!group || index < 0 || index >= group->formerNames.size())
        return;
    m_editing->endTyping();
    m_editing->edit(tr("Fjern tidligere navn «%1»").arg(group->formerNames.at(index).name), {},
                    [&](ThemeGroup &g) { g.formerNames.removeAt(index); });
}

void ThemeGroupForm::clear()
{
    m_editing->clear();
}

} // namespace temaplan::app
