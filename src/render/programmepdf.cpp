#include "programmepdf.h"

#include "programmelayout.h"

#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::render {

namespace {

// Qt's own error strings are English unless the app loads translations; the cause
// the user reads must be Danish, Qt's text goes to `detail` for the log.
QString danishCause(QFileDevice::FileError error)
{
    switch (error) {
    case QFileDevice::OpenError:
        return u"mappen findes ikke, eller der må ikke skrives i den"_s;
    case QFileDevice::PermissionsError:
        return u"der er ikke adgang til at skrive her"_s;
    case QFileDevice::ResourceError:
        return u"der er ikke plads nok på disken"_s;
    case QFileDevice::WriteError:
        return u"filen kunne ikke skrives færdig (er disken fuld, eller er filen skrivebeskyttet?)"_s;
    case QFileDevice::RenameError:
        return u"den færdige fil kunne ikke lægges på plads"_s;
    default:
        return u"ukendt fejl"_s;
    }
}

Error writeError(const QString &path, const QSaveFile &file)
{
    return Error::make(Error::Code::Io,
                       u"Kunne ikke skrive programmet til %1: %2."_s.arg(
                           QDir::toNativeSeparators(path), danishCause(file.error())),
                       file.errorString());
}

} // namespace

Status writeProgrammePdf(const ProgrammeInput &input, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file);
    {
        QPdfWriter writer(&file);
        writer.setResolution(programmePdfResolution);
        writer.setPageLayout(programmePageLayout());
        writer.setTitle(input.event.title);
        writer.setCreator(u"Temaplan"_s);
        if (const Status painted = paintProgramme(input, writer); !painted) {
            file.cancelWriting();
            return Error::make(painted.error().code,
                               u"Kunne ikke skrive programmet til %1: %2"_s.arg(
                                   QDir::toNativeSeparators(path), painted.error().message),
                               painted.error().detail);
        }
    }
    if (!file.commit())
        return writeError(path, file);
    return {};
}

} // namespace temaplan::render
