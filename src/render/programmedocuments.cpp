#include "programmedocuments.h"

#include "programmefont.h"
#include "programmeparts.h"

#include "core/agendatext.h"
#include "core/programmetext.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextCursor>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::render {

namespace {

// QTextDocument scales block margins from 96-dpi pixels to the device; points are
// the unit a typographer thinks in, so convert once here.
constexpr qreal pointsToLayoutUnits(qreal pt)
{
    return pt * 96.0 / 72.0;
}

DocumentPtr newDocument(const ProgrammeStyle &style, QPaintDevice *device, qreal pointSize,
                        qreal width)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(0);
    doc->setUndoRedoEnabled(false);
    doc->setDefaultFont(programmeQFont(style, pointSize));
    // Without this the layout measures for the screen and a 300-dpi page comes out tiny.
    doc->documentLayout()->setPaintDevice(device);
    // The width before the text: the text then is laid out once, at the width it keeps.
    doc->setTextWidth(width);
    return doc;
}

// Qt lays a document out again after every insertion made outside an edit block, and
// shapes the line the cursor is on to place it; the builders write inside one block, so
// the text is laid out once, when it is complete.
void finish(QTextDocument &doc)
{
    doc.documentLayout()->documentSize(); // lays the document out now, not while painting
}

QTextCharFormat charFormat(const ProgrammeStyle &style, qreal pt, QFont::Weight weight,
                           const QColor &colour)
{
    QTextCharFormat f;
    f.setFont(programmeQFont(style, pt, weight));
    f.setForeground(colour);
    return f;
}

QTextCharFormat linkFormat(const ProgrammeStyle &style, qreal pt, const QString &href)
{
    QTextCharFormat f = charFormat(style, pt, QFont::Normal, style.accent);
    f.setAnchor(true);
    f.setAnchorHref(href);
    f.setFontUnderline(true);
    return f;
}

QTextBlockFormat blockFormat(qreal topPt, qreal bottomPt = 0)
{
    QTextBlockFormat f;
    f.setTopMargin(pointsToLayoutUnits(topPt));
    f.setBottomMargin(pointsToLayoutUnits(bottomPt));
    f.setLineHeight(112, QTextBlockFormat::ProportionalHeight);
    return f;
}

// The first block exists already; later ones are appended.
void startBlock(QTextCursor &cursor, bool &first, const QTextBlockFormat &format)
{
    if (first)
        cursor.setBlockFormat(format);
    else
        cursor.insertBlock(format);
    first = false;
}

} // namespace

QFont programmeQFont(const ProgrammeStyle &style, qreal pointSize, QFont::Weight weight)
{
    QFont font(style.family);
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    font.setWeight(weight);
    // Qt 6.4 has no font-feature switch; any letter spacing makes its shaper leave
    // ligatures out, and a tenth of a device pixel is invisible (a hundredth rounds to none).
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.1);
    // Widths from the font's design, whatever hinting the machine's fontconfig asks for:
    // full hinting rounds every advance to the device's pixels and moves line breaks, so
    // the same programme printed on another desktop would break its lines elsewhere.
    // (Vertical hinting is Debian's default, "hintslight".)
    font.setHintingPreference(QFont::PreferVerticalHinting);
    return font;
}

ProgrammeStyle programmeStyle(const ProgrammeInput &input)
{
    ProgrammeStyle style;
    style.family = programmeFont().family;
    style.accent = input.accentColour();
    return style;
}

DocumentPtr titleDocument(const ProgrammeInput &input, const ProgrammeStyle &style,
                          QPaintDevice *device, qreal width)
{
    auto doc = newDocument(style, device, style.bodyPt, width);
    QTextCursor cursor(doc.get());
    cursor.beginEditBlock();
    bool first = true;
    const Event &event = input.event;

    startBlock(cursor, first, blockFormat(0, 6));
    cursor.insertText(event.title, charFormat(style, style.titlePt, QFont::Bold, style.accent));
    if (!event.subtitle.trimmed().isEmpty()) {
        startBlock(cursor, first, blockFormat(0, 6));
        cursor.insertText(event.subtitle.trimmed(),
                          charFormat(style, style.subtitlePt, QFont::DemiBold, style.text));
    }
    if (!event.participantNote.trimmed().isEmpty()) {
        startBlock(cursor, first, blockFormat(4, 4));
        cursor.insertText(event.participantNote.trimmed(),
                          charFormat(style, style.bodyPt, QFont::Normal, style.text));
    }
    const QString dateLine =
        programme::dateAndPlaceLine(input.occurrence(), input.lookups, input.currentYear);
    if (!dateLine.isEmpty()) {
        startBlock(cursor, first, blockFormat(6, 4));
        cursor.insertText(dateLine, charFormat(style, style.datePt, QFont::Bold, style.text));
    }
    cursor.endEditBlock();
    finish(*doc);
    return doc;
}

DocumentPtr rowTimeDocument(const Agenda &agenda, const agenda::PrintedRow &row,
                            const ProgrammeStyle &style, QPaintDevice *device, qreal width)
{
    auto doc = newDocument(style, device, style.bodyPt, width);
    QTextCursor cursor(doc.get());
    cursor.beginEditBlock();
    cursor.setBlockFormat(blockFormat(0));
    const bool quiet = isQuietRow(agenda, row);
    cursor.insertText(programme::rowTimeText(agenda, row),
                      charFormat(style, style.bodyPt, quiet ? QFont::Normal : QFont::Bold,
                                 quiet ? style.quiet : style.text));
    cursor.endEditBlock();
    finish(*doc);
    return doc;
}

DocumentPtr rowContentDocument(const Agenda &agenda, const agenda::PrintedRow &row,
                               const Lookups &lookups, const ProgrammeStyle &style,
                               QPaintDevice *device, qreal width)
{
    auto doc = newDocument(style, device, style.bodyPt, width);
    QTextCursor cursor(doc.get());
    cursor.beginEditBlock();
    bool first = true;
    const QTextCharFormat plain = charFormat(style, style.bodyPt, QFont::Normal, style.text);
    const bool quietRow = isQuietRow(agenda, row);
    // A hanging indent the width of "• ", so wrapped bullet lines align with the text.
    const QFont bulletFont = programmeQFont(style, style.bodyPt);
    const qreal bulletWidth = QFontMetricsF(bulletFont, device).horizontalAdvance(u"•\u00a0"_s) *
                              96.0 / device->logicalDpiX();

    for (int i = row.first; i <= row.last(); ++i) {
        const AgendaSlot &slot = agenda.at(i);
        // The slots of a shared row follow each other as paragraphs do.
        startBlock(cursor, first, blockFormat(i == row.first ? 0 : 4));
        if (quietRow) {
            cursor.insertText(programme::slotHeadline(slot),
                              charFormat(style, style.bodyPt, QFont::Normal, style.quiet));
            continue;
        }
        cursor.insertText(programme::slotHeadline(slot),
                          charFormat(style, style.bodyPt, QFont::Bold, style.text));
        if (isQuietSlot(slot))
            continue;
        const QString speakers = programme::speakerPhrase(slot.speakers, lookups.person);
        if (!speakers.isEmpty())
            cursor.insertText(u' ' + speakers, plain);

        for (const TextBlock &block : slot.description) {
            if (block.kind == TextBlock::Kind::Bullet) {
                QTextBlockFormat f = blockFormat(2);
                f.setLeftMargin(pointsToLayoutUnits(6) + bulletWidth);
                f.setTextIndent(-bulletWidth);
                startBlock(cursor, first, f);
                cursor.insertText(u"•\u00a0"_s + block.text.trimmed(), plain);
            } else {
                startBlock(cursor, first, blockFormat(4));
                cursor.insertText(block.text.trimmed(), plain);
            }
        }
        for (const CaseLink &link : caseLinks(slot, lookups)) {
            startBlock(cursor, first, blockFormat(4));
            cursor.insertText(u"Link til casen"_s, linkFormat(style, style.bodyPt, link.url));
        }
    }
    cursor.endEditBlock();
    finish(*doc);
    return doc;
}

DocumentPtr addressDocument(const QList<Organisation> &organisers, const ProgrammeStyle &style,
                            QPaintDevice *device, qreal width)
{
    auto doc = newDocument(style, device, style.footerPt, width);
    QTextCursor cursor(doc.get());
    cursor.beginEditBlock();
    bool first = true;
    const QTextCharFormat plain = charFormat(style, style.footerPt, QFont::Normal, style.text);
    for (const Organisation &org : organisers) {
        const LetterheadBlock b = letterheadBlock(org);
        startBlock(cursor, first, blockFormat(first ? 0 : 4));
        cursor.insertText(b.name, charFormat(style, style.footerPt, QFont::Bold, style.accent));
        if (!b.addressLine.isEmpty()) {
            startBlock(cursor, first, blockFormat(0));
            cursor.insertText(b.addressLine, plain);
        }
        if (b.hasContact()) {
            startBlock(cursor, first, blockFormat(0));
            bool needSeparator = false;
            auto separator = [&] {
                if (needSeparator)
                    cursor.insertText(u" · "_s, plain);
                needSeparator = true;
            };
            if (!b.phone.isEmpty()) {
                separator();
                cursor.insertText(b.phone, plain);
            }
            if (!b.email.isEmpty()) {
                separator();
                const QString href = linkTarget(u"mailto:"_s + b.email);
                cursor.insertText(b.email,
                                  href.isEmpty() ? plain : linkFormat(style, style.footerPt, href));
            }
            if (!b.web.isEmpty()) {
                separator();
                const QString href = linkTarget(webHref(b.web));
                cursor.insertText(b.web,
                                  href.isEmpty() ? plain : linkFormat(style, style.footerPt, href));
            }
        }
    }
    cursor.endEditBlock();
    finish(*doc);
    return doc;
}

DocumentPtr taglineDocument(const QList<Organisation> &organisers, const ProgrammeStyle &style,
                            QPaintDevice *device, qreal width)
{
    auto doc = newDocument(style, device, style.footerPt, width);
    if (organisers.isEmpty()) {
        finish(*doc);
        return doc;
    }
    QTextCursor cursor(doc.get());
    cursor.beginEditBlock();
    bool first = true;
    const QStringList lines = letterheadBlock(organisers.first()).tagline;
    for (int i = 0; i < lines.size(); ++i) {
        startBlock(cursor, first, blockFormat(i == 0 ? 0 : 2));
        cursor.insertText(lines[i],
                          i == 0 ? charFormat(style, style.footerPt, QFont::Bold, style.accent)
                                 : charFormat(style, style.footerPt, QFont::Normal, style.text));
    }
    cursor.endEditBlock();
    finish(*doc);
    return doc;
}

} // namespace temaplan::render
