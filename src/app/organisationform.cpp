#include "organisationform.h"

#include "ui_organisationform.h"

#include "displaytext.h"
#include "editor/formfields.h"
#include "recordediting.h"

#include <QBuffer>
#include <QColorDialog>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageReader>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

namespace {

const QList<OrganisationKind> organisationKinds{
    OrganisationKind::Network, OrganisationKind::Municipality, OrganisationKind::Housing,
    OrganisationKind::Research, OrganisationKind::Other};

// Logos larger than this would make every saved organisation (and every export) heavy.
constexpr qint64 maxLogoBytes = 2 * 1024 * 1024;

} // namespace

OrganisationForm::OrganisationForm(LibrarySession *session, QWidget *parent)
    : RecordForm(parent)
    , m_ui(std::make_unique<Ui::OrganisationForm>())
    , m_editing(new RecordEditing<Organisation>(
          session, [this](const Organisation &o) { showOrganisation(o); }, this))
    , m_chooseLogo([this] {
        return QFileDialog::getOpenFileName(this, tr("Vælg logo"), QString(),
                                            tr("Billeder (*.png *.svg *.jpg *.jpeg)"));
    })
{
    m_ui->setupUi(this);
    setParts(m_ui->nameEdit, {m_ui->organisationGroup, m_ui->letterheadGroup});
    setObjectName(u"organisationForm"_s);
    for (OrganisationKind kind : organisationKinds)
        m_ui->kindCombo->addItem(organisationKindName(kind), int(kind));

    using Setter = std::function<void(Letterhead &, const QString &)>;
    const auto letterhead = [](Setter set) {
        return [set](Organisation &o, const QString &v) {
            set(o.letterhead, v);
        };
    };
    RecordEditing<Organisation> &e = *m_editing;
    e.bindName(m_ui->nameEdit, tr("Ret navn"), u"name"_s,
               [](Organisation &o, const QString &v) { o.name = v; });
    e.bindLine(m_ui->shortNameEdit, tr("Ret forkortelse"), u"shortName"_s,
               [](Organisation &o, const QString &v) { o.shortName = v; });
    e.bindChoice(m_ui->kindCombo, tr("Ret type"),
                 [](Organisation &o, const QVariant &v) { o.kind = OrganisationKind(v.toInt()); });
    e.bindLine(m_ui->careOfEdit, tr("Ret c/o"), u"careOf"_s,
               letterhead([](Letterhead &l, const QString &v) { l.careOf = v; }));
    e.bindLine(m_ui->streetEdit, tr("Ret adresse"), u"street"_s,
               letterhead([](Letterhead &l, const QString &v) { l.street = v; }));
    e.bindLine(m_ui->postcodeEdit, tr("Ret postnummer"), u"postcode"_s,
               letterhead([](Letterhead &l, const QString &v) { l.postcode = v.trimmed(); }));
    e.bindLine(m_ui->townEdit, tr("Ret by"), u"town"_s,
               letterhead([](Letterhead &l, const QString &v) { l.town = v; }));
    e.bindLine(m_ui->phoneEdit, tr("Ret telefon"), u"phone"_s,
               letterhead([](Letterhead &l, const QString &v) { l.phone = v.trimmed(); }));
    e.bindLine(m_ui->emailEdit, tr("Ret mail"), u"email"_s,
               letterhead([](Letterhead &l, const QString &v) { l.email = v.trimmed(); }));
    e.bindLine(m_ui->webEdit, tr("Ret web"), u"web"_s,
               letterhead([](Letterhead &l, const QString &v) { l.web = v.trimmed(); }));
    e.bindText(m_ui->taglineEdit, tr("Ret slogan"), u"tagline"_s,
               letterhead([](Letterhead &l, const QString &v) { l.tagline = v; }));

    // A colour is taken whole, when the field is left: "#12" on the way to "#123456"
    // is not a colour.
    connect(m_ui->colourEdit, &QLineEdit::editingFinished, this,
            [this] { commitColour(m_ui->colourEdit->text()); });
    connect(m_ui->colourButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new QColorDialog(QColor::fromString(m_ui->colourEdit->text()), this);
        dialog->setObjectName(u"colourDialog"_s);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QColorDialog::colorSelected, this,
                [this](const QColor &c) { commitColour(c.name()); });
        dialog->open();
    });
    connect(m_ui->logoButton, &QPushButton::clicked, this, &OrganisationForm::chooseLogo);
    connect(m_ui->removeLogoButton, &QPushButton::clicked, this, [this] {
        m_editing->edit(tr("Fjern logo"), {}, [](Organisation &o) {
            o.letterhead.logo.clear();
            o.letterhead.logoMimeType.clear();
        });
    });
}

OrganisationForm::~OrganisationForm() = default;

void OrganisationForm::showOrganisation(const Organisation &organisation)
{
    m_editing->show(organisation, [&] {
        const Letterhead &l = organisation.letterhead;
        showText(m_ui->nameEdit, organisation.name);
        showText(m_ui->shortNameEdit, organisation.shortName);
        showChoice(m_ui->kindCombo, int(organisation.kind));
        showText(m_ui->careOfEdit, l.careOf);
        showText(m_ui->streetEdit, l.street);
        showText(m_ui->postcodeEdit, l.postcode);
        showText(m_ui->townEdit, l.town);
        showText(m_ui->phoneEdit, l.phone);
        showText(m_ui->emailEdit, l.email);
        showText(m_ui->webEdit, l.web);
        showText(m_ui->taglineEdit, l.tagline);
        if (!m_ui->colourEdit->hasFocus())
            showText(m_ui->colourEdit, l.colour);
        m_ui->colourEdit->setToolTip({});
        showLogo(l);
    });
}

void OrganisationForm::showLogo(const Letterhead &letterhead)
{
    const QImage logo = QImage::fromData(letterhead.logo);
    m_ui->removeLogoButton->setEnabled(!letterhead.logo.isEmpty());
    if (logo.isNull()) {
        m_ui->logoPreview->setPixmap({});
        m_ui->logoPreview->setText(letterhead.logo.isEmpty() ? tr("intet logo")
                                                             : tr("ulæseligt logo"));
        return;
    }
    m_ui->logoPreview->setText({});
    m_ui->logoPreview->setPixmap(QPixmap::fromImage(
        logo.scaled(QSize(160, 48), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void OrganisationForm::commitColour(const QString &text)
{
    const QString colour = text.trimmed().toLower();
    static const QRegularExpression hex(u"^#[0-9a-f]{6}$"_s);
    if (!colour.isEmpty() && !hex.match(colour).hasMatch()) {
        m_ui->colourEdit->setToolTip(
            tr("«%1» er ikke en farve; skriv fx #1a6e8e, eller lad feltet stå tomt").arg(text));
        m_ui->colourEdit->selectAll();
        return;
    }
    m_ui->colourEdit->setToolTip({});
    m_editing->endTyping();
    m_editing->edit(tr("Ret farve"), {}, [&](Organisation &o) { o.letterhead.colour = colour; });
    showText(m_ui->colourEdit, colour);
}

void OrganisationForm::chooseLogo()
{
    if (!m_editing->record())
        return;
    const QString path = m_chooseLogo();
    if (path.isEmpty())
        return;
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (file.size() > maxLogoBytes) {
        Q_EMIT failed(
            Error::make(Error::Code::Invalid,
                        tr("Logoet «%1» fylder over 2 MB; brug en mindre udgave.").arg(name)));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT failed(Error::make(Error::Code::Io, tr("Kunne ikke læse «%1».").arg(name),
                                  file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format();
    QImage image;
    if (format.isEmpty() || !reader.read(&image)) {
        Q_EMIT failed(Error::make(Error::Code::Invalid,
                                  tr("«%1» er ikke et billede, Temaplan kan læse; brug PNG, "
                                     "JPEG eller SVG.")
                                      .arg(name)));
        return;
    }
    const QString mime = format == "svg" ? u"image/svg+xml"_s
                         : format == "jpeg" || format == "jpg"
                             ? u"image/jpeg"_s
                             : u"image/%1"_s.arg(QString::fromLatin1(format));
    m_editing->endTyping();
    m_editing->edit(tr("Vælg logo"), {}, [&](Organisation &o) {
        o.letterhead.logo = bytes;
        o.letterhead.logoMimeType = mime;
    });
}

void OrganisationForm::clear()
{
    m_editing->clear();
}

} // namespace temaplan::app
