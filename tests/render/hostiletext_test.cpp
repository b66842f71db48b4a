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

namespace {

// The two boxes cover each other, not merely touch or share a line's leading: something
// is printed over something else.
bool overprinted(const QRectF &a, const QRectF &b)
{
    const QRectF both = a.intersected(b);
    return both.width() > 1 && both.height() > 0.5 * qMin(a.height(), b.height());
}

// Everything a careless library could hold at its longest: a title of 2 000 characters,
// an organiser's name longer than the band, a speaker's name of 300 letters without a
// space, markup in every text and 80 slots running past midnight.
SampleProgramme oversizedProgramme()
{
    SampleProgramme sample = longProgramme(80);
    QStringList words;
    for (int n = 1; words.join(u' ').size() < 2000; ++n)
        words << u"Titelord%1"_s.arg(n) << u"<script>alert(1)</script>"_s;
    sample.event.title = words.join(u' ').left(2000);
    sample.event.subtitle = u"<b>Undertitel</b> & mere"_s;
    sample.event.participantNote = u"<i>Note</i> til deltagerne"_s;
    Organisation &org = sample.organisations[sample.event.organiserIds.first()];
    org.name = u"Sund By Netværket – sekretariatet for det nationale WHO Healthy Cities "
               "Network i Danmark <script>"_s;
    const Id longName = sample.addPerson(QString(300, u'X'));
    Agenda &agenda = sample.event.occurrences.first().agenda;
    for (AgendaSlot &slot : agenda) {
        slot.title += u" <script>x</script>"_s;
        slot.speakers.append(SlotSpeaker{longName, SpeakerRole::Speaker, u"<rolle>"_s});
    }
    return sample;
}

} // namespace

TEST_CASE("an oversized programme keeps to its pages, letterhead on each and nothing over it",
          "[render][hostile][pdf]")
{
    const SampleProgramme sample = oversizedProgramme();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"oversized.pdf"_s);
    REQUIRE(render::writeProgrammePdf(sample.input(), pdf).ok());
    keepRendering(pdf);

    const QList<PdfPageWords> pages = pdfWords(pdf);
    REQUIRE(pages.size() >= 10);
    const qreal margin = 20 / 25.4 * 72; // 20 mm in points
    for (int p = 0; p < pages.size(); ++p) {
        const PdfPageWords &page = pages[p];
        INFO("page " << p + 1);
        const QRectF sheet =
            QRectF(QPointF(0, 0), page.size).adjusted(margin, margin, -margin, -margin);
        const QString footer = collapsed(pdfText(pdf, p + 1, false));
        CHECK(footer.contains(u"Side %1 af %2"_s.arg(p + 1).arg(pages.size())));
        CHECK(footer.contains(u"c/o KL-huset, Weidekampsgade 10, 2300 København S"_s));
        CHECK(footer.contains(u"Sund By Netværket – en del af noget større."_s));
        // Collected, not checked word by word: a page holds hundreds of words.
        QStringList outside, over;
        const QRectF allowed = sheet.adjusted(-3, -3, 3, 3);
        auto where = [](const PdfWord &w) {
            return u"«%1» at %2,%3"_s.arg(w.text).arg(w.box.x()).arg(w.box.y());
        };
        for (int i = 0; i < page.words.size(); ++i) {
            const PdfWord &w = page.words[i];
            if (!allowed.contains(w.box))
                outside << where(w);
            for (int j = i + 1; j < page.words.size(); ++j)
                if (overprinted(w.box, page.words[j].box))
                    over << where(w) + u" and "_s + where(page.words[j]);
        }
        CHECK(outside.join(u"; "_s).toStdString() == "");
        CHECK(over.mid(0, 10).join(u"; "_s).toStdString() == "");
    }

    // The whole title is there, to its last word, and everything after it.
    const QString text = collapsed(pdfText(pdf, 0, false));
    const QStringList titleWords = sample.event.title.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : titleWords.mid(0, titleWords.size() - 1))
        CHECK(text.contains(word));
    CHECK(text.contains(u"<b>Undertitel</b> & mere"_s));
    CHECK(text.contains(u"Den 6. december i Gladsaxe"_s));
    CHECK(text.contains(u"Opsamling på emne 80."_s));
}
