#pragma once

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

// The command-line tools the render tests read their output with (poppler-utils,
// qpdf, python3-icalendar); all are listed in scripts/lib/common.sh.
struct ToolRun
{
    bool started = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ToolRun runTool(const QString &program, const QStringList &arguments);

// Whitespace of any kind and length as one space: pdftotext breaks lines where the
// layout wrapped them, and the words, not the wrapping, are under test.
QString collapsed(const QString &text);

// pdftotext of one page (1-based), or of all pages when page is 0: as laid out on
// the page, or else in the order it was drawn.
QString pdfText(const QString &pdf, int page = 0, bool layout = true);

// Where the renderings are kept for looking at: $TEMAPLAN_KEEP_RENDERINGS, or empty.
void keepRendering(const QString &file);

// A word as pdftotext -bbox places it, in points from the page's top left.
struct PdfWord
{
    QString text;
    QRectF box;
};

struct PdfPageWords
{
    QSizeF size; // the page, in points
    QList<PdfWord> words;
};

// Every page's words with their boxes (pdftotext -bbox), or empty when it cannot be read.
QList<PdfPageWords> pdfWords(const QString &pdf);
