#include "programmelayout.h"

#include "programmedocuments.h"
#include "programmeparts.h"

#include "core/programmetext.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextLayout>

#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::render {

namespace {

// The page's proportions in millimetres; the spec asks for "about 20 mm" margins.
constexpr qreal marginMm = 20;
constexpr qreal timeColumnMm = 24;
constexpr qreal columnGapMm = 4;
constexpr qreal rowPaddingMm = 2.2;
constexpr qreal bandMm = 9; // organiser name (and logo) above the accent rule
constexpr qreal logoMaxMm = 12;
constexpr qreal footerGapMm = 6; // between the last row and the footer rule
constexpr qreal footerColumnGapMm = 8;
// The letterhead's share of the page at most: a tagline pasted at the length of a
// page must not leave the programme no room (every row would be cut into slivers).
constexpr qreal footerMaxShare = 0.3;

void paintDocument(QPainter &painter, const QTextDocument &doc, const QPointF &at,
                   const QColor &text)
{
    painter.save();
    painter.translate(at);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, text);
    doc.documentLayout()->draw(&painter, context);
    painter.restore();
}

// One page's share of a document cut between pages: the lines that begin in [from, to)
// of the document, with `from` placed at `at`. Line by line, because Qt's clipped
// drawing (QTextLayout::draw) also draws the last line above the clip: invisible on
// paper, but in the PDF's text twice, for search, copy and screen readers.
void paintDocumentPart(QPainter &painter, const QTextDocument &doc, const QPointF &at,
                       const QColor &text, qreal from, qreal to)
{
    painter.save();
    painter.translate(at.x(), at.y() - from);
    // Only a single line taller than the page reaches past its share; it is cut.
    painter.setClipRect(QRectF(0, from, doc.textWidth(), to - from));
    painter.setPen(text);
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QTextLayout *layout = b.layout();
        if (!layout)
            continue;
        const QPointF position = layout->position();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const qreal top = position.y() + line.y();
            // Cuts fall on line bottoms; a device pixel of slack for rounding.
            if (top >= from - 1 && top < to - 1)
                line.draw(&painter, position);
        }
    }
    painter.restore();
}

// The largest line bottom in (from, from + room], in the document's coordinates.
qreal lastLineBottom(const QTextDocument &doc, qreal from, qreal room)
{
    qreal best = from;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QTextLayout *layout = b.layout();
        if (!layout)
            continue;
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const qreal bottom = layout->position().y() + line.y() + line.height();
            if (bottom > best && bottom <= from + room)
                best = bottom;
        }
    }
    return best;
}

} // namespace

struct SlotDocumentCache::Private
{
    // What a slot's two documents are made from, beyond the slot itself.
    struct Entry
    {
        Agenda slots; // the row's, and the one after it
        QStringList speakers;
        QStringList links;
        QString style;
        qreal timeWidth = 0;
        qreal contentWidth = 0;
        const QPaintDevice *device = nullptr;
        qreal dpi = 0;
        std::shared_ptr<QTextDocument> time;
        std::shared_ptr<QTextDocument> content;

        bool sameSource(const Entry &o) const
        {
            return device == o.device && dpi == o.dpi && timeWidth == o.timeWidth &&
                   contentWidth == o.contentWidth && style == o.style && speakers == o.speakers &&
                   links == o.links && slots == o.slots;
        }
    };
    std::vector<Entry> entries;
};

SlotDocumentCache::SlotDocumentCache()
    : d(std::make_unique<Private>())
{}

SlotDocumentCache::~SlotDocumentCache() = default;

QPageLayout programmePageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(marginMm, marginMm, marginMm, marginMm), QPageLayout::Millimeter);
}

struct ProgrammeLayout::Private
{
    ProgrammeInput input;
    ProgrammeStyle style;
    QList<Organisation> organisers;
    qreal dpi = 300;
    QSizeF paper; // the paint rect, device pixels
    qreal bandHeight = 0;
    qreal footerHeight = 0;
    qreal addressShown = 0; // how much of the address and tagline documents prints
    qreal taglineShown = 0;
    qreal bodyTop = 0;
    qreal bodyHeight = 0;
    qreal timeWidth = 0;
    qreal contentLeft = 0;
    qreal padding = 0;
    QImage logo;

    DocumentPtr title;
    DocumentPtr address;
    DocumentPtr tagline;
    std::vector<std::shared_ptr<QTextDocument>> times;
    std::vector<std::shared_ptr<QTextDocument>> contents;
    QList<qreal> rowHeights;
    PageMap map;

    qreal mm(qreal v) const { return v * dpi / 25.4; }

    QFont font(qreal pt, QFont::Weight weight = QFont::Normal) const
    {
        return programmeQFont(style, pt, weight);
    }

    void paintBand(QPainter &painter, int page) const;
    void paintFooter(QPainter &painter, int page) const;
    void paintRow(QPainter &painter, const RowPiece &piece) const;
};

ProgrammeLayout::ProgrammeLayout(const ProgrammeInput &input, QPagedPaintDevice &device,
                                 SlotDocumentCache *cache)
    : d(std::make_unique<Private>())
{
    d->input = input;
    d->style = programmeStyle(input);
    d->organisers = input.organisers();
    d->dpi = device.logicalDpiY();
    d->paper = QSizeF(device.width(), device.height());
    d->padding = d->mm(rowPaddingMm);
    d->timeWidth = d->mm(timeColumnMm);
    d->contentLeft = d->timeWidth + d->mm(columnGapMm);

    if (!d->organisers.isEmpty() && !d->organisers.first().letterhead.logo.isEmpty())
        d->logo = QImage::fromData(d->organisers.first().letterhead.logo);
    d->bandHeight = d->mm(d->logo.isNull() ? bandMm : logoMaxMm + 3);

    const qreal width = d->paper.width();
    const qreal addressWidth = (width - d->mm(footerColumnGapMm)) * 0.48;
    d->address = addressDocument(d->organisers, d->style, &device, addressWidth);
    d->tagline = taglineDocument(d->organisers, d->style, &device,
                                 width - addressWidth - d->mm(footerColumnGapMm));
    const qreal pageNumberHeight = QFontMetricsF(d->font(d->style.footerPt), &device).height();
    const qreal footerTextMax = d->paper.height() * footerMaxShare - d->mm(4) - pageNumberHeight;
    // Cut at a line, not through one, when the letterhead is longer than its room.
    auto shown = [footerTextMax](const QTextDocument &doc) {
        const qreal height = doc.size().height();
        return height <= footerTextMax ? height : lastLineBottom(doc, 0, footerTextMax);
    };
    d->addressShown = shown(*d->address);
    d->taglineShown = shown(*d->tagline);
    d->footerHeight =
        d->mm(2) + qMax(d->addressShown, d->taglineShown) + d->mm(2) + pageNumberHeight;

    d->bodyTop = d->bandHeight;
    d->bodyHeight = d->paper.height() - d->bodyTop - d->footerHeight - d->mm(footerGapMm);

    d->title = titleDocument(input, d->style, &device, width);
    // A row of the page map is a printed row, so slots sharing one never part.
    const Agenda &agenda = input.occurrence().agenda;
    const QString styleKey = u"%1|%2|%3|%4|%5"_s
                                 .arg(d->style.family, d->style.accent.name(), d->style.text.name(),
                                      d->style.quiet.name())
                                 .arg(d->style.bodyPt);
    std::vector<SlotDocumentCache::Private::Entry> used;
    for (const agenda::PrintedRow &row : agenda::printedRows(agenda)) {
        SlotDocumentCache::Private::Entry entry;
        if (cache) {
            // The slot after the row is part of the key: its start may end the row's time.
            entry.slots = agenda.mid(row.first, row.count + 1);
            for (int i = row.first; i <= row.last(); ++i) {
                const AgendaSlot &slot = agenda.at(i);
                entry.speakers << programme::speakerPhrase(slot.speakers, input.lookups.person);
                for (const CaseLink &link : caseLinks(slot, input.lookups))
                    entry.links << link.caseTitle << link.url;
            }
            entry.style = styleKey;
            entry.timeWidth = d->timeWidth;
            entry.contentWidth = width - d->contentLeft;
            entry.device = &device;
            entry.dpi = d->dpi;
            for (const auto &known : cache->d->entries) {
                if (known.sameSource(entry)) {
                    entry.time = known.time;
                    entry.content = known.content;
                    break;
                }
            }
        }
        if (!entry.content) {
            entry.time = rowTimeDocument(agenda, row, d->style, &device, d->timeWidth);
            entry.content = rowContentDocument(agenda, row, input.lookups, d->style, &device,
                                               width - d->contentLeft);
        }
        d->times.push_back(entry.time);
        d->contents.push_back(entry.content);
        d->rowHeights << qMax(d->times.back()->size().height(),
                              d->contents.back()->size().height()) +
                             2 * d->padding;
        if (cache)
            used.push_back(std::move(entry));
    }
    if (cache)
        cache->d->entries = std::move(used);

    PaginationInput pagination;
    pagination.bodyHeight = d->bodyHeight;
    pagination.titleHeight = d->title->size().height() + d->mm(3);
    pagination.rowHeights = d->rowHeights;
    pagination.cutBefore = [this](int row, qreal from, qreal room) {
        // Row coordinates include the top padding; the document's do not.
        const QTextDocument &doc = *d->contents[size_t(row)];
        return lastLineBottom(doc, from - d->padding, room) + d->padding;
    };
    pagination.cutTitleBefore = [this](qreal from, qreal room) {
        return lastLineBottom(*d->title, from, room);
    };
    d->map = paginate(pagination);
}

ProgrammeLayout::~ProgrammeLayout() = default;

const PageMap &ProgrammeLayout::pageMap() const
{
    return d->map;
}

int ProgrammeLayout::pageCount() const
{
    return d->map.pageCount();
}

void ProgrammeLayout::Private::paintBand(QPainter &painter, int page) const
{
    painter.save();
    const qreal rule = mm(0.8);
    const qreal ruleY = bandHeight - mm(3);
    QStringList names;
    for (const Organisation &o : organisers)
        names << o.name;
    painter.setFont(font(8, QFont::DemiBold));
    painter.setPen(style.accent);
    // The names, and on later pages the title, share one line: each is shortened to
    // its own part of it, so a long name or title never runs into the other.
    const qreal gap = mm(4);
    const QFontMetricsF nameMetrics(painter.font(), painter.device());
    const QString shownNames =
        nameMetrics.elidedText(names.join(u" · "_s), Qt::ElideRight, paper.width() * 0.6);
    const qreal namesWidth = nameMetrics.horizontalAdvance(shownNames);
    const QRectF textRect(0, 0, paper.width() * 0.6, ruleY - mm(1));
    painter.drawText(textRect, Qt::AlignLeft | Qt::AlignBottom, shownNames);

    if (!logo.isNull()) {
        const QSizeF size =
            QSizeF(logo.size())
                .scaled(QSizeF(paper.width() * 0.35, mm(logoMaxMm)), Qt::KeepAspectRatio);
        painter.drawImage(
            QRectF(QPointF(paper.width() - size.width(), ruleY - mm(1) - size.height()), size),
            logo);
    } else if (page > 0) {
        // A loose page still says which programme it belongs to.
        painter.setFont(font(8));
        painter.setPen(style.quiet);
        const qreal left = qMax(namesWidth + gap, paper.width() * 0.4);
        const QRectF right(left, 0, paper.width() - left, ruleY - mm(1));
        const QString elided = QFontMetricsF(painter.font(), painter.device())
                                   .elidedText(input.event.title, Qt::ElideRight, right.width());
        painter.drawText(right, Qt::AlignRight | Qt::AlignBottom, elided);
    }
    painter.fillRect(QRectF(0, ruleY, paper.width(), rule), style.accent);
    painter.restore();
}

void ProgrammeLayout::Private::paintFooter(QPainter &painter, int pageIndex) const
{
    painter.save();
    const qreal top = paper.height() - footerHeight;
    painter.fillRect(QRectF(0, top, paper.width(), mm(0.3)), style.accent);
    const qreal textTop = top + mm(2);
    auto paintShown = [&](const QTextDocument &doc, qreal left, qreal shownHeight) {
        if (shownHeight < doc.size().height())
            paintDocumentPart(painter, doc, QPointF(left, textTop), style.text, 0, shownHeight);
        else
            paintDocument(painter, doc, QPointF(left, textTop), style.text);
    };
    paintShown(*address, 0, addressShown);
    paintShown(*tagline, paper.width() - tagline->textWidth(), taglineShown);

    painter.setFont(font(style.footerPt));
    painter.setPen(style.quiet);
    painter.drawText(QRectF(0, top, paper.width(), footerHeight), Qt::AlignRight | Qt::AlignBottom,
                     pageNumberText(pageIndex + 1, map.pageCount()));
    painter.restore();
}

void ProgrammeLayout::Private::paintRow(QPainter &painter, const RowPiece &piece) const
{
    const qreal y = bodyTop + piece.top;
    const QColor hairline = QColor(0xd0, 0xd0, 0xd0);
    if (piece.from == 0) {
        painter.fillRect(QRectF(0, y, paper.width(), mm(0.2)), hairline);
        paintDocument(painter, *times[size_t(piece.row)], QPointF(0, y + padding), style.text);
    }
    // A row cut between pages shows this page's lines of its content; the padding is
    // part of the row, not of the document.
    const QTextDocument &content = *contents[size_t(piece.row)];
    if (piece.from > 0 || piece.height < rowHeights[piece.row]) {
        const qreal from = qMax<qreal>(0, piece.from - padding);
        const qreal to = piece.from + piece.height - padding;
        paintDocumentPart(painter, content,
                          QPointF(contentLeft, y + (piece.from > 0 ? 0 : padding)), style.text,
                          from, to);
    } else {
        paintDocument(painter, content, QPointF(contentLeft, y + padding), style.text);
    }
}

void ProgrammeLayout::paintPage(QPainter &painter, int page) const
{
    if (page < 0 || page >= d->map.pageCount())
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    d->paintBand(painter, page);
    const PagePlan &plan = d->map.pages[page];
    if (plan.titleBlock) {
        // A title block taller than a page shows this page's share of it, like a tall row.
        if (plan.titleFrom == 0 && plan.titleHeight >= d->title->size().height())
            paintDocument(painter, *d->title, QPointF(0, d->bodyTop), d->style.text);
        else
            paintDocumentPart(painter, *d->title, QPointF(0, d->bodyTop), d->style.text,
                              plan.titleFrom, plan.titleFrom + plan.titleHeight);
    }
    for (const RowPiece &piece : plan.pieces)
        d->paintRow(painter, piece);
    // Close the table under its last row.
    if (!plan.pieces.isEmpty() && plan.pieces.last().row == d->rowHeights.size() - 1) {
        const RowPiece &last = plan.pieces.last();
        if (last.from + last.height >= d->rowHeights.last())
            painter.fillRect(
                QRectF(0, d->bodyTop + last.top + last.height, d->paper.width(), d->mm(0.2)),
                QColor(0xd0, 0xd0, 0xd0));
    }
    d->paintFooter(painter, page);
}

Status paintProgramme(const ProgrammeInput &input, QPagedPaintDevice &device)
{
    const ProgrammeLayout layout(input, device);
    QPainter painter;
    if (!painter.begin(&device))
        return Error::make(Error::Code::Io,
                           u"Programmet kunne ikke tegnes: enheden kunne ikke åbnes."_s);
    for (int page = 0; page < layout.pageCount(); ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return Error::make(
                Error::Code::Io,
                u"Programmet kunne ikke tegnes: side %1 kunne ikke begyndes."_s.arg(page + 1));
        }
        layout.paintPage(painter, page);
    }
    if (!painter.end())
        return Error::make(Error::Code::Io, u"Programmet kunne ikke tegnes færdigt."_s);
    return {};
}

} // namespace temaplan::render
