#pragma once

#include "programmeinput.h"

#include "core/agendarules.h"

#include <QColor>
#include <QString>
#include <QTextDocument>

#include <memory>

class QPaintDevice;

namespace temaplan::render {

// The look of the printed programme. Sizes in points; the documents are laid out
// for the device they will be painted on, so a 300-dpi PDF and a printer agree.
struct ProgrammeStyle
{
    QString family;
    QColor accent;
    QColor text = QColor(0x22, 0x22, 0x22);
    QColor quiet = QColor(0x6b, 0x6b, 0x6b);
    qreal titlePt = 19;
    qreal subtitlePt = 12;
    qreal bodyPt = 10;
    qreal datePt = 11.5;
    qreal footerPt = 7.5;
};

ProgrammeStyle programmeStyle(const ProgrammeInput &input);

// The programme's font at a size and weight, with ligatures off: "ﬁ" as one glyph
// would make "findes" unfindable when searching or copying from the PDF.
QFont programmeQFont(const ProgrammeStyle &style, qreal pointSize,
                     QFont::Weight weight = QFont::Normal);

// Each builder returns a document with no margin, laid out for `device` at `width`
// device pixels, ready to be measured and painted.
using DocumentPtr = std::unique_ptr<QTextDocument>;

// Title, subtitle, note to participants and date-and-place line.
DocumentPtr titleDocument(const ProgrammeInput &input, const ProgrammeStyle &style,
                          QPaintDevice *device, qreal width);

// The time column of one printed row: "9.30", "9.30–10.00", or "9.30 / 10.00" when
// two slots share the row.
DocumentPtr rowTimeDocument(const Agenda &agenda, const agenda::PrintedRow &row,
                            const ProgrammeStyle &style, QPaintDevice *device, qreal width);

// The content column of one printed row: for each of its slots, one after another,
// headline and speakers, description, "Link til casen".
DocumentPtr rowContentDocument(const Agenda &agenda, const agenda::PrintedRow &row,
                               const Lookups &lookups, const ProgrammeStyle &style,
                               QPaintDevice *device, qreal width);

// The organisers' address blocks, one under the other.
DocumentPtr addressDocument(const QList<Organisation> &organisers, const ProgrammeStyle &style,
                            QPaintDevice *device, qreal width);

// The first organiser's tagline.
DocumentPtr taglineDocument(const QList<Organisation> &organisers, const ProgrammeStyle &style,
                            QPaintDevice *device, qreal width);

} // namespace temaplan::render
