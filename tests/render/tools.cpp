#include "tools.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

ToolRun runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    ToolRun run;
    run.started = process.waitForStarted(10000);
    if (!run.started)
        return run;
    process.waitForFinished(60000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString collapsed(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return QString(text).replace(space, u" "_s).trimmed();
}

QString pdfText(const QString &pdf, int page, bool layout)
{
    QStringList args;
    args << (layout ? u"-layout"_s : u"-raw"_s);
    if (page > 0)
        args << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    args << pdf << u"-"_s;
    const ToolRun run = runTool(u"pdftotext"_s, args);
    return run.exitCode == 0 ? QString::fromUtf8(run.out) : QString();
}

void keepRendering(const QString &file)
{
    const QString dir = qEnvironmentVariable("TEMAPLAN_KEEP_RENDERINGS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QString target = QDir(dir).filePath(QFileInfo(file).fileName());
    QFile::remove(target);
    QFile::copy(file, target);
}

QList<PdfPageWords> pdfWords(const QString &pdf)
{
    const ToolRun run = runTool(u"pdftotext"_s, {u"-bbox"_s, pdf, u"-"_s});
    if (run.exitCode != 0)
        return {};
    QList<PdfPageWords> pages;
    QXmlStreamReader xml(run.out);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        auto number = [&](const char *name) {
            return a.value(QLatin1String(name)).toDouble();
        };
        if (xml.name() == u"page"_s) {
            pages.append({QSizeF(number("width"), number("height")), {}});
        } else if (xml.name() == u"word"_s && !pages.isEmpty()) {
            const QRectF box(QPointF(number("xMin"), number("yMin")),
                             QPointF(number("xMax"), number("yMax")));
            pages.last().words.append({xml.readElementText(), box});
        }
    }
    return pages;
}
