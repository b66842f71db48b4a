#include "aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

namespace {

QWidget *licenceText(const QString &resource, QWidget *parent)
{
    auto *text = new QPlainTextEdit(parent);
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QFile file(resource);
    text->setPlainText(file.open(QIODevice::ReadOnly)
                           ? QString::fromUtf8(file.readAll())
                           : QApplication::translate("temaplan::app::AboutDialog",
                                                     "Licensteksten mangler i programmet."));
    return text;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("Om Temaplan"));

    auto *heading = new QLabel(
        tr("<h2>Temaplan %1</h2>"
           "<p>Programmer for temagruppemøder, temadage og konferencer og et bibliotek over "
           "kommunale cases for Sund By Netværket.</p>"
           "<p>Temaplan er fri software under Apache License 2.0. De trykte programmer sættes "
           "med skrifttypen Open Sans, som også er udgivet under Apache License 2.0.</p>")
            .arg(QStringLiteral(TEMAPLAN_VERSION)),
        this);
    heading->setObjectName(u"aboutHeading"_s);
    heading->setWordWrap(true);

    m_tabs->addTab(licenceText(u":/licence/LICENSE"_s, this), tr("Licens (Apache-2.0)"));
    m_tabs->addTab(licenceText(u":/fonts/LICENSE-OpenSans.txt"_s, this),
                   tr("Skrifttypen Open Sans"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("Om Qt"), QDialogButtonBox::HelpRole);
    aboutQt->setObjectName(u"aboutQt"_s);
    connect(aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(640, 560);
}

} // namespace temaplan::app
