#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace temaplan::render {

// What a PDF says about itself in its document information and catalog, beyond what
// QPdfWriter (Qt 6.4) writes: the author and the language.
struct PdfDocumentInfo
{
    QString title;
    QString author;   // the organisers, "BL og KL"
    QString creator;  // the program
    QString language; // BCP 47, "da": screen readers read the text in it
    QDateTime created;
};

// The PDF with `info` added as an incremental update (a new document information
// dictionary and catalog, a new cross-reference section pointing back at the old
// one), the way PDF lets a file be amended without rewriting it. Returns an empty
// array when `pdf` is not a PDF with a classic cross-reference table and a trailer
// naming /Root and /Info, as QPdfWriter writes.
QByteArray withDocumentInfo(const QByteArray &pdf, const PdfDocumentInfo &info);

} // namespace temaplan::render
