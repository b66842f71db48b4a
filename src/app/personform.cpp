#include "personform.h"

#include "ui_personform.h"

#include "editor/formfields.h"
#include "recordediting.h"

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

PersonForm::PersonForm(LibrarySession *session, QWidget *parent)
    : RecordForm(parent)
    , m_ui(std::make_unique<Ui::PersonForm>())
    , m_editing(new RecordEditing<Person>(
          session, [this](const Person &p) { showPerson(p, m_organisations); }, this))
{
    m_ui->setupUi(this);
    setParts(m_ui->nameEdit, {m_ui->personGroup});
    setObjectName(u"personForm"_s);
    m_editing->bindName(m_ui->nameEdit, tr("Ret navn"), u"name"_s,
                        [](Person &p, const QString &v) { p.name = v; });
    m_editing->bindLine(m_ui->titleEdit, tr("Ret titel"), u"title"_s,
                        [](Person &p, const QString &v) { p.title = v; });
    m_editing->bindLine(m_ui->departmentEdit, tr("Ret afdeling"), u"department"_s,
                        [](Person &p, const QString &v) { p.department = v; });
    m_editing->bindLine(m_ui->phoneEdit, tr("Ret telefon"), u"phone"_s,
                        [](Person &p, const QString &v) { p.phone = v.trimmed(); });
    m_editing->bindLine(m_ui->emailEdit, tr("Ret mail"), u"email"_s,
                        [](Person &p, const QString &v) { p.email = v.trimmed(); });
    m_editing->bindChoice(m_ui->organisationCombo, tr("Ret organisation"),
                          [](Person &p, const QVariant &v) { p.organisationId = v.value<Id>(); });
}

PersonForm::~PersonForm() = default;

void PersonForm::showPerson(const Person &person, const QList<Organisation> &organisations)
{
    m_editing->show(person, [&] {
        if (organisations != m_organisations || m_ui->organisationCombo->count() == 0) {
            m_organisations = organisations;
            m_ui->organisationCombo->clear();
            m_ui->organisationCombo->addItem(tr("(ingen organisation)"), QVariant::fromValue(Id()));
            for (const Organisation &o : organisations)
                m_ui->organisationCombo->addItem(o.name, QVariant::fromValue(o.id));
        }
        showText(m_ui->nameEdit, person.name);
        showText(m_ui->titleEdit, person.title);
        showText(m_ui->departmentEdit, person.department);
        showText(m_ui->phoneEdit, person.phone);
        showText(m_ui->emailEdit, person.email);
        showChoice(m_ui->organisationCombo, QVariant::fromValue(person.organisationId));
    });
}

void PersonForm::clear()
{
    m_editing->clear();
}

} // namespace temaplan::app
