#include "sampleprogramme.h"
#include "tools.h"

#include "render/programmehtml.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;
using namespace temaplan;

namespace {

// The visible words of the page, entities decoded, in document order.
QString visibleText(QString html)
{
    html.remove(
        QRegularExpression(u"<style>.*</style>"_s, QRegularExpression::DotMatchesEverythingOption));
    html.remove(QRegularExpression(u"<title>.*</title>"_s));
    html.replace(QRegularExpression(u"<[^>]*>"_s), u" "_s);
    html.replace(u"&lt;"_s, u"<"_s)
        .replace(u"&gt;"_s, u">"_s)
        .replace(u"&quot;"_s, u"\""_s)
        .replace(u"&#39;"_s, u"'"_s)
        .replace(u"&amp;"_s, u"&"_s);
    return collapsed(html);
}

} // namespace

TEST_CASE("the HTML page is a standalone Danish HTML5 document", "[html]")
{
    const QString html = render::programmeHtml(seedProgramme().input());
    CHECK(html.startsWith(u"<!DOCTYPE html>\n<html lang=\"da\">"_s));
    CHECK(html.contains(u"<meta charset=\"utf-8\">"_s));
    CHECK(html.contains(u"<style>"_s));
    CHECK(html.contains(u"#1f6f5c"_s));
    CHECK_FALSE(html.contains(u"<link"_s)); // nothing fetched from elsewhere
    CHECK_FALSE(html.contains(u"<script"_s));
    CHECK(html.trimmed().endsWith(u"</html>"_s));
    CHECK(html.count(u"<tr"_s) == 8); // nine slots, breakfast and welcome in one row
}

TEST_CASE("the HTML page has the programme's words in the programme's order", "[html]")
{
    const QString text = visibleText(render::programmeHtml(seedProgramme().input()));
    qsizetype at = 0;
    for (const QString &expected : seedProgrammeTextInOrder()) {
        INFO("looking for: " << expected.toStdString() << " in: " << text.toStdString());
        const qsizetype found = text.indexOf(expected, at);
        REQUIRE(found >= 0);
        at = found + expected.size();
    }
    CHECK(text.contains(u"c/o KL-huset, Weidekampsgade 10, 2300 København S"_s));
    CHECK(text.contains(u"Sund By Netværket – en del af noget større."_s));
}

TEST_CASE("the HTML page links the cases and the letterhead", "[html]")
{
    const QString html = render::programmeHtml(seedProgramme().input());
    CHECK(html.contains(
        u"<a href=\"https://www.sund-by-net.dk/cases/social-balance\">Link til casen</a>"_s));
    CHECK(html.count(u">Link til casen</a>"_s) == 3);
    CHECK(html.contains(
        u"<a href=\"mailto:post@sundbynetvaerket.dk\">post@sundbynetvaerket.dk</a>"_s));
    CHECK(html.contains(u"<a href=\"https://www.sund-by-net.dk\">www.sund-by-net.dk</a>"_s));
}

TEST_CASE("the HTML page escapes every text and refuses unsafe links", "[html]")
{
    SampleProgramme sample = seedProgramme();
    sample.event.title = u"Tema <script>alert(\"x\")</script> & 'mere'"_s;
    sample.event.participantNote = u"<b>fed</b>"_s;
    AgendaSlot &slot = sample.event.occurrences.first().agenda[3];
    slot.description = {{TextBlock::Kind::Paragraph, u"<img src=x onerror=alert(1)>"_s}};
    slot.caseIds = {sample.addCase(u"Farlig"_s, u"javascript:alert(1)"_s)};

    const QString html = render::programmeHtml(sample.input());
    CHECK_FALSE(html.contains(u"<script"_s));
    CHECK_FALSE(html.contains(u"<img"_s));
    CHECK_FALSE(html.contains(u"<b>"_s));
    CHECK_FALSE(html.contains(u"javascript:"_s));
    CHECK(html.contains(
        u"<title>Tema &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;mere&#39;</title>"_s));
    CHECK(html.contains(
        u"<h1>Tema &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;mere&#39;</h1>"_s));
    CHECK(html.contains(u"&lt;img src=x onerror=alert(1)&gt;"_s));
}

TEST_CASE("slots sharing a row are one table row with both times and both contents", "[html]")
{
    const QString html = render::programmeHtml(seedProgramme().input());
    // Breakfast is a meal, quiet on its own; beside the welcome it is set like it.
    CHECK(html.contains(u"<tr><th scope=\"row\">9.30 / 10.00</th><td>"_s
                        u"<p class=\"headline\"><strong>Let morgenforplejning</strong></p>"_s
                        u"<p class=\"headline\"><strong>Velkomst og intro til dagen og "_s
                        u"håndbogen</strong> ved Mia, Malene og Pernille</p></td></tr>\n"_s));
    CHECK_FALSE(html.contains(u">10.00</th>"_s));

    // Two quiet slots in one row make a quiet row.
    SampleProgramme sample = seedProgramme();
    Agenda &agenda = sample.event.occurrences.first().agenda;
    agenda[1].kind = SlotKind::Break;
    const QString quiet = render::programmeHtml(sample.input());
    CHECK(quiet.contains(u"<tr class=\"quiet\"><th scope=\"row\">9.30 / 10.00</th><td>"_s
                         u"<p class=\"headline\">Let morgenforplejning</p>"_s
                         u"<p class=\"headline\">Velkomst og intro til dagen og håndbogen</p>"_s
                         u"</td></tr>\n"_s));

    // Apart again, each slot is its row.
    agenda[1].sharesRowWithPrevious = false;
    const QString apart = render::programmeHtml(sample.input());
    CHECK(apart.count(u"<tr"_s) == 9);
    CHECK(apart.contains(u"<th scope=\"row\">10.00</th>"_s));
}

TEST_CASE("a case address with spaces still links from the web page, percent-encoded", "[html]")
{
    SampleProgramme sample = seedProgramme();
    sample.event.occurrences.first().agenda[3].caseIds = {
        sample.addCase(u"Rapport"_s, u"https://www.kl.dk/media/Sund By rapport.pdf?a=1&b=<2>"_s)};
    const QString html = render::programmeHtml(sample.input());
    CHECK(html.contains(
        u"<a href=\"https://www.kl.dk/media/Sund%20By%20rapport.pdf?a=1&amp;b=%3C2%3E\">Link til casen</a>"_s));
    CHECK(html.count(u">Link til casen</a>"_s) == 4);
}

TEST_CASE("a word longer than its column wraps on the web page instead of widening it", "[html]")
{
    SampleProgramme sample = seedProgramme();
    const Id longName = sample.addPerson(QString(300, u'X'));
    sample.event.occurrences.first().agenda[3].speakers = {
        SlotSpeaker{longName, SpeakerRole::Speaker, {}}};
    const QString html = render::programmeHtml(sample.input());
    CHECK(html.contains(QString(300, u'X')));
    // Browsers break such a word only when told; without it the table outgrows the page.
    const auto body = QRegularExpression(u"\\nbody \\{([^}]*)\\}"_s).match(html);
    REQUIRE(body.hasMatch());
    CHECK(body.captured(1).contains(u"overflow-wrap: anywhere"_s));
}

TEST_CASE("every text on the web page is escaped, the letterhead's and the speakers' too", "[html]")
{
    const QString mark = u"<i onmouseover=alert(1)>x</i>"_s;
    SampleProgramme sample = seedProgramme();
    Organisation &org = sample.organisations[sample.event.organiserIds.first()];
    for (QString *field : {&org.name, &org.letterhead.careOf, &org.letterhead.street,
                           &org.letterhead.town, &org.letterhead.phone, &org.letterhead.tagline})
        *field += mark;
    Venue &venue = sample.venues[sample.event.occurrences.first().venueId];
    venue.town += mark;
    sample.event.subtitle = mark;
    AgendaSlot &slot = sample.event.occurrences.first().agenda[3];
    slot.title += mark;
    slot.description.append({TextBlock::Kind::Bullet, mark});
    slot.speakers = {SlotSpeaker{sample.addPerson(mark, mark), SpeakerRole::Speaker, mark}};

    const QString html = render::programmeHtml(sample.input());
    CHECK_FALSE(html.contains(u"<i"_s));
    CHECK_FALSE(html.contains(u"onmouseover=alert(1)>"_s));
    // Each field once, the organiser's name also in the band above the title.
    CHECK(html.count(u"&lt;i onmouseover=alert(1)&gt;x&lt;/i&gt;"_s) >= 12);
}
