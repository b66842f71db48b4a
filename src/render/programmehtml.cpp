#include "programmehtml.h"

#include "outputfile.h"
#include "programmeparts.h"

#include "core/agendatext.h"
#include "core/programmetext.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::render {

namespace {

QString esc(const QString &text)
{
    // toHtmlEscaped leaves the apostrophe alone; titles quote case names with it.
    return text.toHtmlEscaped().replace(u'\'', u"&#39;"_s);
}

QString link(const QString &href, const QString &text)
{
    return u"<a href=\""_s + esc(href) + u"\">"_s + esc(text) + u"</a>"_s;
}

// overflow-wrap: a word longer than its column (a name of 300 letters, a pasted
// address) breaks instead of widening the table past the page.
QString css(const QString &accent)
{
    return uR"(
body { margin: 0; background: #f4f4f2; color: #222; font: 16px/1.5 "Open Sans", Arial, sans-serif; overflow-wrap: anywhere; }
main { max-width: 46rem; margin: 2rem auto; padding: 2rem 2.5rem; background: #fff; border-top: 6px solid ACCENT; }
.organisers { margin: 0 0 1.5rem; color: ACCENT; font-weight: 600; font-size: .85rem; }
h1 { margin: 0 0 .75rem; color: ACCENT; font-size: 1.75rem; line-height: 1.25; }
.subtitle { margin: 0 0 .75rem; font-weight: 600; font-size: 1.15rem; }
.date-line { font-weight: 700; font-size: 1.1rem; }
table.agenda { width: 100%; border-collapse: collapse; margin: 1.5rem 0; }
.agenda th, .agenda td { text-align: left; vertical-align: top; padding: .6rem .5rem; border-top: 1px solid #d0d0d0; }
.agenda tr:last-child th, .agenda tr:last-child td { border-bottom: 1px solid #d0d0d0; }
.agenda th { width: 7.5rem; white-space: nowrap; font-weight: 700; }
.agenda .headline { margin: 0; }
.agenda .headline strong { font-weight: 700; }
.agenda td p { margin: .4rem 0 0; }
.agenda td p.headline:not(:first-child) { margin-top: .6rem; }
.agenda ul { margin: .3rem 0 0; padding-left: 1.25rem; }
.agenda tr.quiet th, .agenda tr.quiet td { color: #6b6b6b; font-weight: 400; }
a { color: ACCENT; }
footer { display: flex; flex-wrap: wrap; gap: 1rem 2rem; margin-top: 2rem; padding-top: .75rem; border-top: 1px solid ACCENT; font-size: .8rem; }
footer address { font-style: normal; flex: 1 1 16rem; }
footer .name, footer .motto { color: ACCENT; font-weight: 700; }
footer .tagline { flex: 1 1 18rem; }
footer p { margin: 0 0 .3rem; }
)"_s.replace(u"ACCENT"_s, accent);
}

QString addressHtml(const LetterheadBlock &b)
{
    QStringList lines;
    lines << u"<span class=\"name\">"_s + esc(b.name) + u"</span>"_s;
    if (!b.addressLine.isEmpty())
        lines << esc(b.addressLine);
    QStringList contact;
    if (!b.phone.isEmpty())
        contact << esc(b.phone);
    if (!b.email.isEmpty()) {
        const QString href = linkTarget(u"mailto:"_s + b.email);
        contact << (href.isEmpty() ? esc(b.email) : link(href, b.email));
    }
    if (!b.web.isEmpty()) {
        const QString href = linkTarget(webHref(b.web));
        contact << (href.isEmpty() ? esc(b.web) : link(href, b.web));
    }
    if (!contact.isEmpty())
        lines << contact.join(u" · "_s);
    return u"<address>"_s + lines.join(u"<br>\n"_s) + u"</address>\n"_s;
}

// One printed row is one table row, however many slots share it: their times
// together in the heading cell, their contents one after another.
QString rowHtml(const Agenda &agenda, const agenda::PrintedRow &row, const Lookups &lookups)
{
    const bool quiet = isQuietRow(agenda, row);
    QString html = quiet ? u"<tr class=\"quiet\">"_s : u"<tr>"_s;
    html += u"<th scope=\"row\">"_s + esc(programme::rowTimeText(agenda, row)) + u"</th><td>"_s;
    for (int i = row.first; i <= row.last(); ++i) {
        const AgendaSlot &slot = agenda.at(i);
        if (quiet) {
            html += u"<p class=\"headline\">"_s + esc(programme::slotHeadline(slot)) + u"</p>"_s;
            continue;
        }
        html += u"<p class=\"headline\"><strong>"_s + esc(programme::slotHeadline(slot)) +
                u"</strong>"_s;
        if (isQuietSlot(slot)) {
            html += u"</p>"_s;
            continue;
        }
        const QString speakers = programme::speakerPhrase(slot.speakers, lookups.person);
        if (!speakers.isEmpty())
            html += u' ' + esc(speakers);
        html += u"</p>"_s;

        html += descriptionHtml(slot.description);
        for (const CaseLink &c : caseLinks(slot, lookups))
            html += u"<p>"_s + link(c.url, u"Link til casen"_s) + u"</p>"_s;
    }
    return html + u"</td></tr>\n"_s;
}

} // namespace

QString descriptionHtml(const Description &description)
{
    QString html;
    bool inList = false;
    for (const TextBlock &block : description) {
        const bool bullet = block.kind == TextBlock::Kind::Bullet;
        if (bullet && !inList)
            html += u"<ul>"_s;
        if (!bullet && inList)
            html += u"</ul>"_s;
        inList = bullet;
        html += (bullet ? u"<li>"_s : u"<p>"_s) + esc(block.text.trimmed()) + (bullet ? u"</li>"_s : u"</p>"_s);
    }
    if (inList)
        html += u"</ul>"_s;
    return html;
}

QString programmeHtml(const ProgrammeInput &input)
{
    const Event &event = input.event;
    const QList<Organisation> organisers = input.organisers();
    QString html;
    html += u"<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n"_s
            u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"_s
            u"<meta name=\"generator\" content=\"Temaplan\">\n"_s;
    html += u"<title>"_s + esc(event.title) + u"</title>\n<style>"_s +
            css(input.accentColour().name()) + u"</style>\n</head>\n<body>\n<main>\n"_s;

    if (!organisers.isEmpty()) {
        QStringList names;
        for (const Organisation &o : organisers)
            names << esc(o.name);
        html += u"<p class=\"organisers\">"_s + names.join(u" · "_s) + u"</p>\n"_s;
    }
    html += u"<h1>"_s + esc(event.title) + u"</h1>\n"_s;
    if (!event.subtitle.trimmed().isEmpty())
        html += u"<p class=\"subtitle\">"_s + esc(event.subtitle.trimmed()) + u"</p>\n"_s;
    if (!event.participantNote.trimmed().isEmpty())
        html += u"<p class=\"note\">"_s + esc(event.participantNote.trimmed()) + u"</p>\n"_s;
    const QString dateLine =
        programme::dateAndPlaceLine(input.occurrence(), input.lookups, input.currentYear);
    if (!dateLine.isEmpty())
        html += u"<p class=\"date-line\">"_s + esc(dateLine) + u"</p>\n"_s;

    const Agenda &agenda = input.occurrence().agenda;
    if (!agenda.isEmpty()) {
        html += u"<table class=\"agenda\">\n<caption hidden>Program</caption>\n<tbody>\n"_s;
        for (const agenda::PrintedRow &row : agenda::printedRows(agenda))
            html += rowHtml(agenda, row, input.lookups);
        html += u"</tbody>\n</table>\n"_s;
    }

    if (!organisers.isEmpty()) {
        html += u"<footer>\n"_s;
        for (const Organisation &o : organisers)
            html += addressHtml(letterheadBlock(o));
        const QStringList tagline = letterheadBlock(organisers.first()).tagline;
        if (!tagline.isEmpty()) {
            html += u"<div class=\"tagline\">\n"_s;
            for (int i = 0; i < tagline.size(); ++i)
                html +=
                    (i == 0 ? u"<p class=\"motto\">"_s : u"<p>"_s) + esc(tagline[i]) + u"</p>\n"_s;
            html += u"</div>\n"_s;
        }
        html += u"</footer>\n"_s;
    }
    html += u"</main>\n</body>\n</html>\n"_s;
    return html;
}

Status writeProgrammeHtml(const ProgrammeInput &input, const QString &path)
{
    return writeOutputFile(path, programmeHtml(input).toUtf8(), u"programmet"_s);
}

} // namespace temaplan::render
