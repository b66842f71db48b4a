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
    CHECK(html.count(u"<tr"_s) == 9);
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
