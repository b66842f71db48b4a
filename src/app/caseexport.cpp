#include "caseexport.h"

#include "casetext.h"

#include "store/library.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

namespace {

struct CaseExport
{
    Q_DECLARE_TR_FUNCTIONS(CaseExport)
};

QString csvField(const QString &value)
{
    if (!value.contains(u';') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

struct ExportRow
{
    CaseRow row;
    QStringList presented;
};

Result<QList<ExportRow>> exportRows(const Library &library, const CaseFilter &filter)
{
    auto rows = library.findCases(filter, 0, std::numeric_limits<int>::max());
    if (!rows)
        return rows.error();
    QList<ExportRow> out;
    out.reserve(rows->size());
    for (const CaseRow &r : *rows) {
        auto presented = library.presentedAt(r.caseId);
        if (!presented)
            return presented.error();
        QStringList lines;
        for (const SlotReference &ref : *presented)
            lines.append(presentedAtLine(ref));
        out.append({r, lines});
    }
    return out;
}

} // namespace

Result<QByteArray> caseListCsv(const Library &library, const CaseFilter &filter)
{
    auto rows = exportRows(library, filter);
    if (!rows)
        return rows.error();
    QString text = CaseExport::tr("Titel;Ejer;Temaer;Periode;Præsenteret ved") + u"\r\n"_s;
    for (const ExportRow &e : *rows) {
        const QStringList fields{e.row.title, e.row.owner, e.row.themes.join(u", "_s),
                                 casePeriod(e.row.startYear, e.row.endYear), e.presented.join(u" | "_s)};
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(csvField(f));
        text += quoted.join(u';') + u"\r\n"_s;
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Status writeFileWhole(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(
            Error::Code::Io,
            CaseExport::tr("Filen %1 kunne ikke gemmes: %2").arg(path, file.errorString()));
    return {};
}

Status writeCaseListPdf(const Library &library, const CaseFilter &filter, const QString &title, const QString &path)
{
    auto rows = exportRows(library, filter);
    if (!rows)
        return rows.error();
    QTextDocument document;
    QFont font = document.defaultFont();
    font.setPointSizeF(8.5);
    document.setDefaultFont(font);
    QTextCursor cursor(&document);
    QTextCharFormat heading;
    heading.setFontPointSize(13);
    heading.setFontWeight(QFont::Bold);
    cursor.insertText(title, heading);
    cursor.insertBlock();
    cursor.insertText(CaseExport::tr("%n case(s)", nullptr, int(rows->size())), QTextCharFormat());

    QTextTableFormat tableFormat;
    tableFormat.setHeaderRowCount(1);
    tableFormat.setCellPadding(3);
    tableFormat.setCellSpacing(0);
    tableFormat.setBorder(0.5);
    tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tableFormat.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 30),
                                           QTextLength(QTextLength::PercentageLength, 17),
                                           QTextLength(QTextLength::PercentageLength, 15),
                                           QTextLength(QTextLength::PercentageLength, 8),
                                           QTextLength(QTextLength::PercentageLength, 30)});
    QTextTable *table = cursor.insertTable(int(rows->size()) + 1, 5, tableFormat);
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    const QStringList headers{CaseExport::tr("Titel"), CaseExport::tr("Ejer"),
                              CaseExport::tr("Temaer"), CaseExport::tr("Periode"),
                              CaseExport::tr("Præsenteret ved")};
    for (int c = 0; c < headers.size(); ++c)
        table->cellAt(0, c).firstCursorPosition().insertText(headers.at(c), bold);
    for (int r = 0; r < rows->size(); ++r) {
        const ExportRow &e = rows->at(r);
        const QStringList cells{e.row.title, e.row.owner, e.row.themes.join(u", "_s),
                                casePeriod(e.row.startYear, e.row.endYear), e.presented.join(u"\n"_s)};
        for (int c = 0; c < cells.size(); ++c)
            table->cellAt(r + 1, c).firstCursorPosition().insertText(cells.at(c));
    }

    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(u"Temaplan"_s);
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    document.print(&writer);
    if (!QFileInfo::exists(path))
        return Error::make(Error::Code::Io,
                           CaseExport::tr("PDF-filen %1 kunne ikke gemmes.").arg(path));
    return {};
}

} // namespace temaplan::app
