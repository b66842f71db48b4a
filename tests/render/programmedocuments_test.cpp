#include "sampleprogramme.h"

#include "render/programmedocuments.h"
#include "render/programmelayout.h"

#include <catch2/catch.hpp>

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::Literals::StringLiterals;
using namespace temaplan;

namespace {

// Every line of a document: where it starts in the text, and its place and size.
QList<QList<qreal>> lines(const QTextDocument &doc)
{
    QList<QList<qreal>> all;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QTextLayout *layout = b.layout();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            all.append({qreal(b.position() + line.textStart()), qreal(line.textLength()),
                        layout->position().y() + line.y(), line.naturalTextWidth(), line.height()});
        }
    }
    return all;
}

// The builders lay a document out once, when its text is complete; it must come out as
// a document laid out again from nothing at the same width.
void checkLaidOutWhole(QTextDocument &doc)
{
    const QList<QList<qreal>> once = lines(doc);
    const QSizeF size = doc.size();
    REQUIRE_FALSE(once.isEmpty());
    doc.setTextWidth(doc.textWidth()); // every block laid out again
    doc.documentLayout()->documentSize();
    CHECK(lines(doc) == once);
    CHECK(doc.size() == size);
}

} // namespace

TEST_CASE("a programme document is laid out whole, as a fresh layout would", "[render][layout]")
{
    SampleProgramme sample = longProgramme(3);
    // Longer than the thousand characters Qt lays out before it defers the rest.
    Agenda &agenda = sample.event.occurrences[0].agenda;
    for (int i = 0; i < 12; ++i)
        agenda[1].description.append(TextBlock{
            TextBlock::Kind::Bullet, u"Punkt %1 om lokalsamfund, sundhed og partnerskaber "
                                     "mellem kommune og boligforeninger"_s.arg(i)});
    const render::ProgrammeInput input = sample.input();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageLayout(render::programmePageLayout());
    const render::ProgrammeStyle style = render::programmeStyle(input);
    const qreal width = writer.width() * 0.7;

    const auto rows = agenda::printedRows(agenda);
    REQUIRE(rows.size() >= 2);
    auto content =
        render::rowContentDocument(agenda, rows.at(1), input.lookups, style, &writer, width);
    REQUIRE(content->characterCount() > 1000);
    CHECK(content->textWidth() == width);
    checkLaidOutWhole(*content);
    auto time = render::rowTimeDocument(agenda, rows.at(1), style, &writer, width);
    checkLaidOutWhole(*time);
    auto title = render::titleDocument(input, style, &writer, width);
    checkLaidOutWhole(*title);
    auto address = render::addressDocument(input.organisers(), style, &writer, width / 2);
    checkLaidOutWhole(*address);
}
