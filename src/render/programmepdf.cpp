#include "programmepdf.h"

#include "outputfile.h"
#include "pdfdocumentinfo.h"
#include "programmelayout.h"

#include "core/danishtext.h"

#include <QBuffer>
#include <QDir>
#include <QPdfWriter>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::render {

Status writeProgrammePdf(const ProgrammeInput &input, const QString &path)
{
    // Painted into memory first: the document information is completed afterwards.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(programmePdfResolution);
        writer.setPageLayout(programmePageLayout());
        writer.setTitle(input.event.title);
        writer.setCreator(u"Temaplan"_s);
        if (const Status painted = paintProgramme(input, writer); !painted) {
            return Error::make(painted.error().code,
                               u"Kunne ikke skrive programmet til %1: %2"_s.arg(
                                   QDir::toNativeSeparators(path), painted.error().message),
                               painted.error().detail);
        }
    }
    QStringList organisers;
    for (const Organisation &o : input.organisers())
        organisers << o.name.trimmed();
    organisers.removeAll(QString());
    PdfDocumentInfo info;
    info.title = input.event.title;
    info.author = danish::joinList(organisers);
    info.creator = u"Temaplan"_s;
    info.language = u"da"_s;
    info.created = QDateTime::currentDateTimeUtc();
    QByteArray pdf = withDocumentInfo(buffer.data(), info);
    if (pdf.isEmpty())
        pdf = buffer.data(); // not as QPdfWriter writes it: keep what Qt wrote
    return writeOutputFile(path, pdf, u"programmet"_s);
}

} // namespace temaplan::render
