#include "demolibrary.h"

#include "core/libraryjson.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace temaplan {

QByteArray demoLibraryJson()
{
    QFile file(u":/demo/demo.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Result<ImportReport> importDemo(Library &library)
{
    const QByteArray bytes = demoLibraryJson();
    if (bytes.isEmpty())
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("Demo", "Demobiblioteket mangler i programmet."));
    const Result<LibraryContents> contents = json::readLibraryJson(bytes);
    if (!contents)
        return contents.error();
    return importContents(library, *contents);
}

} // namespace temaplan
