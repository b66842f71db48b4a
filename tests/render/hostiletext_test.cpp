#include "sampleprogramme.h"
#include "tools.h"

#include "render/programmehtml.h"
#include "render/programmeics.h"
#include "render/programmepdf.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace temaplan;
using namespace Qt::Literals::StringLiterals;

namespace {

// Every kind of text a library may hold that a renderer could trip on.
SampleProgramme hostileProgramme()
{
    SampleProgramme sample = seedProgramme();
    Occurrence &occurrence = sample.event.occurrences.first();
    sample.event.title = u"<script>alert(\"x\")</script> &amp; 'citat' «Ærø» 🎉"_s;
    AgendaSlot &slot = occurrence.agenda[2];
    slot.title = u"مرحبا بالعالم – שלום עולם – mixed RTL and LTR"_s;
    slot.description = {TextBlock{TextBlock::Kind::Paragraph, QString(10000, u'x').replace(500, 1, u" "_s)},
                        TextBlock{TextBlock::Kind::Bullet, u"Linje med\nlinjeskift, semikolon; komma, og \\ skråstreg"_s},
                        TextBlock{TextBlock::Kind::Paragraph, u"😀 👩‍👩‍👧 🇩🇰 emoji"_s}};
    return sample;
}

} // namespace

TEST_CASE("hostile text renders into a valid PDF", "[render][hostile]")
{
    const SampleProgramme sample = hostileProgramme();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"hostile.pdf"_s);
    REQUIRE(render::writeProgrammePdf(sample.input(), pdf).ok());
    keepRendering(pdf);
    const ToolRun check = runTool(u"qpdf"_s, {u"--check"_s, pdf});
    REQUIRE(check.started);
    CHECK(check.exitCode == 0);
    const QString text = collapsed(pdfText(pdf, 0, false));
    CHECK(text.contains(u"<script>alert(\"x\")</script> &amp; 'citat' «Ærø»"_s));
    CHECK(text.contains(u"Afrunding og tak for i dag"_s)); // the long slot did not swallow the rest
}

TEST_CASE("hostile text is escaped in the HTML", "[render][hostile]")
{
    const QString html = render::programmeHtml(hostileProgramme().input());
    CHECK_FALSE(html.contains(u"<script>"_s));
    CHECK(html.contains(u"&lt;script&gt;"_s));
    CHECK(html.contains(u"&amp;amp;"_s));
    CHECK(html.contains(u"שלום עולם"_s));
    CHECK(html.contains(u"🇩🇰"_s));
}

TEST_CASE("hostile text is escaped and folded in the invitation", "[render][hostile]")
{
    SampleProgramme sample = hostileProgramme();
    sample.event.occurrences.first().date = CalendarDate{2024, 12, 6};
    const auto ics = render::programmeIcs(sample.input());
    REQUIRE(ics.ok());
    for (const QByteArray &line : ics->split('\n')) {
        CHECK(line.size() <= 76); // 75 octets and the CR
        CHECK(QString::fromUtf8(line).toUtf8() == line); // no UTF-8 sequence cut by folding
    }
    CHECK(ics->contains("SUMMARY:<script>alert(\"x\")</script> &amp\\; 'citat' «Ærø» 🎉"));
}
