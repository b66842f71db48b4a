#include "renamedialog.h"

#include <QCheckBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

RenameDialog::RenameDialog(const QString &currentName, QWidget *parent)
    : QDialog(parent)
    , m_current(currentName)
    , m_name(new QLineEdit(currentName, this))
    , m_untilKnown(new QCheckBox(tr("kendt:"), this))
    , m_until(new QDateEdit(QDate::currentDate(), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"renameDialog"_s);
    setWindowTitle(tr("Omdøb temagruppe"));
    m_name->setObjectName(u"newNameEdit"_s);
    m_name->selectAll();
    m_untilKnown->setChecked(true);
    m_until->setLocale(QLocale(QLocale::Danish, QLocale::Denmark));
    m_until->setDisplayFormat(u"d. MMMM yyyy"_s);
    m_until->setCalendarPopup(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Omdøb"));

    auto *untilRow = new QHBoxLayout;
    untilRow->addWidget(m_untilKnown);
    untilRow->addWidget(m_until, 1);
    auto *form = new QFormLayout(this);
    auto *explanation = new QLabel(tr("Det nuværende navn, «%1», gemmes som tidligere navn, så "
                                      "tidligere møder stadig kan findes under det.")
                                       .arg(currentName),
                                   this);
    explanation->setTextFormat(Qt::PlainText);
    explanation->setWordWrap(true);
    form->addRow(explanation);
    form->addRow(tr("&Nyt navn:"), m_name);
    form->addRow(tr("Det gamle navn brugt til og med:"), untilRow);
    form->addRow(m_buttons);

    connect(m_untilKnown, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    connect(m_name, &QLineEdit::textChanged, this, &RenameDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

QString RenameDialog::newName() const
{
    return m_name->text().trimmed();
}

CalendarDate RenameDialog::until() const
{
    return m_untilKnown->isChecked() ? CalendarDate::fromQDate(m_until->date()) : CalendarDate();
}

void RenameDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!newName().isEmpty() && newName() != m_current);
}

} // namespace temaplan::app
