#include "outputfile.h"

#include <QDir>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::render {

namespace {

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

} // namespace

Status writeOutputFile(const QString &path, const QByteArray &bytes, const QString &what)
{
    QSaveFile file(path);
    auto failed = [&](QFileDevice::FileError cause) {
        return Error::make(Error::Code::Io,
                           u"Kunne ikke skrive %1 til %2: %3."_s.arg(
                               what, QDir::toNativeSeparators(path), danishCause(cause)),
                           file.errorString());
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.error());
    // A write cut short by a full disk or a size limit sets no error of its own, and
    // commit() would put the shortened file in place: the count is checked here.
    if (file.write(bytes) != bytes.size()) {
        const QFileDevice::FileError cause =
            file.error() != QFileDevice::NoError ? file.error() : QFileDevice::WriteError;
        file.cancelWriting();
        return failed(cause);
    }
    if (!file.commit())
        return failed(file.error());
    return {};
}

} // namespace temaplan::render
