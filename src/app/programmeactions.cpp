#include "programmeactions.h"

#include "errormessage.h"

#include "render/programmehtml.h"
#include "render/programmeics.h"
#include "render/programmelayout.h"
#include "render/programmepdf.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

ProgrammeActions::ProgrammeActions(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_parent(dialogParent)
    , m_chooseFile(
          [dialogParent](const QString &caption, const QString &suggested, const QString &filter) {
              return QFileDialog::getSaveFileName(dialogParent, caption, suggested, filter);
          })
    , m_pdf(new QAction(tr("Eksportér PDF…"), this))
    , m_print(new QAction(tr("Udskriv…"), this))
    , m_html(new QAction(tr("Gem som HTML…"), this))
    , m_ics(new QAction(tr("Gem kalenderinvitation…"), this))
{
    m_pdf->setObjectName(u"exportPdf"_s);
    m_print->setObjectName(u"print"_s);
    m_html->setObjectName(u"saveHtml"_s);
    m_ics->setObjectName(u"saveIcs"_s);
    m_pdf->setToolTip(tr("Gem programmet som PDF til udsendelse"));
    m_print->setToolTip(tr("Se programmet, som det bliver udskrevet, og udskriv det"));
    m_html->setToolTip(tr("Gem programmet som en webside til netværkets hjemmeside"));
    m_ics->setToolTip(tr("Gem en kalenderinvitation (.ics) til deltagerne"));
    m_print->setShortcut(QKeySequence::Print);
    connect(m_pdf, &QAction::triggered, this, &ProgrammeActions::exportPdf);
    connect(m_print, &QAction::triggered, this, &ProgrammeActions::print);
    connect(m_html, &QAction::triggered, this, &ProgrammeActions::saveHtml);
    connect(m_ics, &QAction::triggered, this, &ProgrammeActions::saveIcs);
    setInput(std::nullopt);
}

void ProgrammeActions::setInput(std::optional<render::ProgrammeInput> input)
{
    m_input = std::move(input);
    for (QAction *action : actions())
        action->setEnabled(m_input.has_value());
}

Status ProgrammeActions::writePdf(const QString &path) const
{
    if (!m_input)
        return Error::make(Error::Code::Invalid, tr("Der er intet program valgt."));
    return render::writeProgrammePdf(*m_input, path);
}

Status ProgrammeActions::writeHtml(const QString &path) const
{
    if (!m_input)
        return Error::make(Error::Code::Invalid, tr("Der er intet program valgt."));
    return render::writeProgrammeHtml(*m_input, path);
}

Status ProgrammeActions::writeIcs(const QString &path) const
{
    if (!m_input)
        return Error::make(Error::Code::Invalid, tr("Der er intet program valgt."));
    return render::writeProgrammeIcs(*m_input, path);
}

void ProgrammeActions::exportPdf()
{
    const QString path = m_chooseFile(tr("Eksportér programmet som PDF"), suggestedPath(u"pdf"_s),
                                      tr("PDF-dokumenter (*.pdf)"));
    if (!path.isEmpty())
        report(writePdf(path), tr("PDF blev ikke gemt"), path);
}

void ProgrammeActions::saveHtml()
{
    const QString path = m_chooseFile(tr("Gem programmet som HTML"), suggestedPath(u"html"_s),
                                      tr("Websider (*.html *.htm)"));
    if (!path.isEmpty())
        report(writeHtml(path), tr("HTML blev ikke gemt"), path);
}

void ProgrammeActions::saveIcs()
{
    if (!m_input)
        return;
    // Asked before the file dialog: a programme without a year or start time cannot
    // be an invitation, and the user should hear why before choosing a file.
    auto ics = render::programmeIcs(*m_input);
    if (!ics) {
        showError(m_parent, tr("Ingen kalenderinvitation"), ics.error());
        return;
    }
    const QString path = m_chooseFile(tr("Gem kalenderinvitation"), suggestedPath(u"ics"_s),
                                      tr("Kalenderinvitationer (*.ics)"));
    if (!path.isEmpty())
        report(writeIcs(path), tr("Kalenderinvitationen blev ikke gemt"), path);
}

void ProgrammeActions::print()
{
    if (!m_input)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(render::programmePageLayout());
    printer.setDocName(m_input->event.title);
    QPrintPreviewDialog preview(&printer, m_parent);
    preview.setWindowTitle(tr("Udskriv program"));
    // Qt's default is a small dialog; a page should be readable without zooming first.
    if (m_parent)
        preview.resize(m_parent->window()->size() * 0.9);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, &ProgrammeActions::paintOn);
    preview.exec();
}

Status ProgrammeActions::printTo(QPrinter &printer) const
{
    if (!m_input)
        return Error::make(Error::Code::Invalid, tr("Der er intet program valgt."));
    return render::paintProgramme(*m_input, printer);
}

void ProgrammeActions::paintOn(QPrinter *printer)
{
    const Status painted = printTo(*printer);
    if (!painted)
        showError(m_parent, tr("Programmet kunne ikke udskrives"), painted.error());
}

QString ProgrammeActions::suggestedPath(const QString &suffix) const
{
    QString name = m_input ? m_input->event.title : tr("program");
    static const QRegularExpression unsafe(u"[\\\\/:*?\"<>|]+"_s);
    name = name.replace(unsafe, u" "_s).simplified().left(60).trimmed();
    if (name.isEmpty())
        name = tr("program");
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(name + u'.' + suffix);
}

void ProgrammeActions::report(const Status &status, const QString &title, const QString &path)
{
    if (!status)
        showError(m_parent, title, status.error());
    else
        Q_EMIT saved(path);
}

} // namespace temaplan::app
