#include "pdfdocumentinfo.h"

#include <QRegularExpression>
#include <QtEndian>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::render {

namespace {

// A PDF text string in UTF-16BE with its byte order mark, as hex: no escaping needed
// whatever the text holds.
QByteArray textString(const QString &text)
{
    QByteArray utf16 = "\xFE\xFF";
    for (const QChar c : text) {
        const char16_t be = qToBigEndian(c.unicode());
        utf16.append(reinterpret_cast<const char *>(&be), 2);
    }
    return '<' + utf16.toHex() + '>';
}

// A PDF name holds no white space or delimiters; a language tag is letters, digits and
// hyphens anyway.
bool isLanguageTag(const QString &tag)
{
    static const QRegularExpression pattern(u"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"_s);
    return pattern.match(tag).hasMatch();
}

QByteArray xrefEntry(qint64 offset)
{
    return QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
}

} // namespace

QByteArray withDocumentInfo(const QByteArray &pdf, const PdfDocumentInfo &info)
{
    // The last trailer and startxref are plain ASCII at the end of the file.
    const qsizetype trailerAt = pdf.lastIndexOf("\ntrailer");
    const qsizetype startxrefAt = pdf.lastIndexOf("startxref");
    if (!pdf.startsWith("%PDF-") || trailerAt < 0 || startxrefAt < trailerAt)
        return {};
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt));
    static const QRegularExpression sizePattern(u"/Size\\s+(\\d+)"_s);
    static const QRegularExpression rootPattern(u"/Root\\s+(\\d+)\\s+0\\s+R"_s);
    static const QRegularExpression infoPattern(u"/Info\\s+(\\d+)\\s+0\\s+R"_s);
    static const QRegularExpression startPattern(u"startxref\\s+(\\d+)"_s);
    const auto size = sizePattern.match(trailer);
    const auto root = rootPattern.match(trailer);
    const auto infoRef = infoPattern.match(trailer);
    const auto previous = startPattern.match(trailer);
    if (!size.hasMatch() || !root.hasMatch() || !infoRef.hasMatch() || !previous.hasMatch())
        return {};

    // The catalog is Qt's own ASCII dictionary, found through the cross-reference
    // table (one subsection from object 0, entries of 20 bytes): copy it, add the language.
    const QByteArray rootNumber = root.captured(1).toLatin1();
    const qsizetype xrefAt = previous.captured(1).toLongLong();
    static const QRegularExpression xrefHead(u"^xref\\s*\\n0 (\\d+)\\s*\\n"_s);
    const auto head = xrefHead.match(QString::fromLatin1(pdf.mid(xrefAt, 40)));
    const int rootIndex = root.captured(1).toInt();
    if (!head.hasMatch() || rootIndex >= head.captured(1).toInt())
        return {};
    const qsizetype entryAt = xrefAt + head.capturedLength(0) + 20 * qsizetype(rootIndex);
    bool numberOk = false;
    const qsizetype catalogAt = pdf.mid(entryAt, 10).toLongLong(&numberOk);
    if (!numberOk ||
        !QByteArrayView(pdf).sliced(qMin(catalogAt, pdf.size())).startsWith(rootNumber + " 0 obj"))
        return {};
    const qsizetype catalogEnd = catalogAt < 0 ? -1 : pdf.indexOf("endobj", catalogAt);
    const qsizetype catalogClose = catalogEnd < 0 ? -1 : pdf.lastIndexOf(">>", catalogEnd);
    const qsizetype catalogOpen = pdf.indexOf("<<", catalogAt);
    if (catalogClose < 0 || catalogOpen < 0 || catalogOpen > catalogClose)
        return {};
    QByteArray catalog = pdf.mid(catalogOpen, catalogClose - catalogOpen);
    if (isLanguageTag(info.language) && !catalog.contains("/Lang"))
        catalog += "/Lang (" + info.language.toLatin1() + ")\n";
    catalog += ">>";

    QByteArray dictionary = "<<\n";
    if (!info.title.isEmpty())
        dictionary += "/Title " + textString(info.title) + '\n';
    if (!info.author.isEmpty())
        dictionary += "/Author " + textString(info.author) + '\n';
    if (!info.creator.isEmpty())
        dictionary += "/Creator " + textString(info.creator) + '\n';
    dictionary += "/Producer " + textString(u"Qt "_s + QString::fromLatin1(qVersion())) + '\n';
    if (info.created.isValid())
        dictionary +=
            "/CreationDate (D:" + info.created.toUTC().toString(u"yyyyMMddHHmmss"_s).toLatin1() +
            "Z)\n";
    dictionary += ">>";

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    const QByteArray infoNumber = infoRef.captured(1).toLatin1();
    const qint64 infoOffset = out.size();
    out += infoNumber + " 0 obj\n" + dictionary + "\nendobj\n";
    const qint64 catalogOffset = out.size();
    out += rootNumber + " 0 obj\n" + catalog + "\nendobj\n";

    // One subsection per object, the two numbers in either order.
    const qint64 xrefOffset = out.size();
    out += "xref\n0 1\n0000000000 65535 f \n";
    out += infoNumber + " 1\n" + xrefEntry(infoOffset);
    out += rootNumber + " 1\n" + xrefEntry(catalogOffset);
    out += "trailer\n<<\n/Size " + size.captured(1).toLatin1() + "\n/Info " + infoNumber +
           " 0 R\n/Root " + rootNumber + " 0 R\n/Prev " + previous.captured(1).toLatin1() +
           "\n>>\nstartxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    return out;
}

} // namespace temaplan::render
