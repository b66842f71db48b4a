#pragma once

#include "core/agendarules.h"
#include "core/agendaslot.h"
#include "core/lookups.h"
#include "core/organisation.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace temaplan::render {

// What the PDF and the HTML page decide alike, so the two cannot drift apart.

// Breaks and meals print as one quiet line: the title, no speakers or description.
bool isQuietSlot(const AgendaSlot &slot);

// A printed row is quiet when every slot in it is. A break sharing a row with a
// talk keeps to its title but is set like the talk, or the row would read as two.
bool isQuietRow(const Agenda &agenda, const agenda::PrintedRow &row);

struct CaseLink
{
    QString caseTitle;
    QString url;
};

// One "Link til casen" per linked case that has a web address. A case without one
// gets no link: a link that goes nowhere would be a promise the paper cannot keep.
QList<CaseLink> caseLinks(const AgendaSlot &slot, const Lookups &lookups);

// Only web and mail addresses become links; anything else ("javascript:", a file
// path) would be unsafe on the web page and useless on paper.
bool isSafeLinkUrl(const QString &url);

// The address as a link may carry it, percent-encoded ("…/Sund By.pdf" becomes
// "…/Sund%20By.pdf"), or empty when it is not a safe link (isSafeLinkUrl).
QString linkTarget(const QString &url);

// The web address as a link target: "www.sund-by-net.dk" becomes "https://www.sund-by-net.dk".
QString webHref(const QString &web);

// The organiser's footer block, line by line as it prints.
struct LetterheadBlock
{
    QString name;        // "Sund By Netværket"
    QString addressLine; // "c/o KL-huset, Weidekampsgade 10, 2300 København S"
    QString phone;
    QString email;
    QString web;
    QStringList tagline; // first line is the motto, the rest the statement

    bool hasContact() const { return !phone.isEmpty() || !email.isEmpty() || !web.isEmpty(); }
};

LetterheadBlock letterheadBlock(const Organisation &organisation);

// "Side 2 af 3".
QString pageNumberText(int page, int pageCount);

} // namespace temaplan::render
