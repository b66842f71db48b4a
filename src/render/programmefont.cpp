#include "programmefont.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QResource>
#include <QStringList>
#include <QtGlobal>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::render {

namespace {

// A font found by fontconfig could be any "Open Sans" the user has; registering our
// files makes the PDF the same on every machine that has the package.
QStringList fontDirectories()
{
    QStringList dirs;
    const QString fromEnv = qEnvironmentVariable("TEMAPLAN_FONT_DIR");
    if (!fromEnv.isEmpty())
        dirs << fromEnv;
    // Compiled in (resources/fonts), so every machine prints the same; the others
    // only if a build ever leaves the resource out.
    dirs << u":/fonts"_s << QCoreApplication::applicationDirPath() + u"/../share/temaplan/fonts"_s
         << u"/usr/share/fonts/truetype/open-sans"_s;
    return dirs;
}

// A font compiled in is registered where it lies: addApplicationFont(path) would copy
// its 220 kB into memory first, four times over, at every start of temaplan-cli.
int addFont(const QString &path)
{
    const QResource resource(path);
    if (resource.isValid() && resource.compressionAlgorithm() == QResource::NoCompression)
        return QFontDatabase::addApplicationFontFromData(QByteArray::fromRawData(
            reinterpret_cast<const char *>(resource.data()), qsizetype(resource.size())));
    return QFontDatabase::addApplicationFont(path);
}

ProgrammeFont loadFont()
{
    static const QStringList files = {u"OpenSans-Regular.ttf"_s, u"OpenSans-Bold.ttf"_s,
                                      u"OpenSans-Italic.ttf"_s, u"OpenSans-Semibold.ttf"_s};
    for (const QString &dir : fontDirectories()) {
        if (!QFile::exists(QDir(dir).filePath(files.first())))
            continue;
        QString family;
        for (const QString &file : files) {
            const int id = addFont(QDir(dir).filePath(file));
            const QStringList families = QFontDatabase::applicationFontFamilies(id);
            if (family.isEmpty() && !families.isEmpty())
                family = families.first();
        }
        if (!family.isEmpty())
            return {family, true, {}};
    }
    const QString fallback = QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    ProgrammeFont font{fallback, false,
                       u"Skrifttypen Open Sans blev ikke fundet (pakken fonts-open-sans). "
                       "Programmet sættes i %1 i stedet."_s.arg(fallback)};
    qWarning("%s", qUtf8Printable(font.note));
    return font;
}

} // namespace

const ProgrammeFont &programmeFont()
{
    static const ProgrammeFont font = loadFont();
    return font;
}

} // namespace temaplan::render
