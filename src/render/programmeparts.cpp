#include "programmeparts.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::render {

bool isQuietSlot(const AgendaSlot &slot)
{
    return slot.kind == SlotKind::Break || slot.kind == SlotKind::Meal;
}

bool isQuietRow(const Agenda &agenda, const agenda::PrintedRow &row)
{
    for (int i = row.first; i <= row.last(); ++i)
        if (!isQuietSlot(agenda.at(i)))
            return false;
    return true;
}

QString linkTarget(const QString &url)
{
    // Tolerant: an address pasted with a space or a "<" still links, percent-encoded.
    const QUrl u(url.trimmed(), QUrl::TolerantMode);
    if (!u.isValid())
        return {};
    const QString scheme = u.scheme().toLower();
    const bool ok = scheme == u"mailto"_s
                        ? !u.path().isEmpty()
                        : (scheme == u"http"_s || scheme == u"https"_s) && !u.host().isEmpty();
    return ok ? QString::fromLatin1(u.toEncoded()) : QString();
}

bool isSafeLinkUrl(const QString &url)
{
    return !linkTarget(url).isEmpty();
}

QString webHref(const QString &web)
{
    const QString w = web.trimmed();
    if (w.isEmpty() || w.contains(u"://"_s))
        return w;
    return u"https://"_s + w;
}

QList<CaseLink> caseLinks(const AgendaSlot &slot, const Lookups &lookups)
{
    QList<CaseLink> links;
    for (const Id &id : slot.caseIds) {
        const auto c = lookups.caseRecord(id);
        if (!c || c->links.isEmpty())
            continue;
        const QString url = linkTarget(c->links.first().url);
        if (!url.isEmpty())
            links.append({c->title, url});
    }
    return links;
}

LetterheadBlock letterheadBlock(const Organisation &organisation)
{
    const Letterhead &l = organisation.letterhead;
    LetterheadBlock block;
    block.name = organisation.name.trimmed();
    QStringList address;
    for (const QString &part :
         {l.careOf, l.street, (l.postcode.trimmed() + u' ' + l.town.trimmed())}) {
        if (!part.trimmed().isEmpty())
            address << part.trimmed();
    }
    block.addressLine = address.join(u", "_s);
    block.phone = l.phone.trimmed();
    block.email = l.email.trimmed();
    block.web = l.web.trimmed();
    for (const QString &line : l.tagline.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            block.tagline << line.trimmed();
    }
    return block;
}

QString pageNumberText(int page, int pageCount)
{
    return u"Side %1 af %2"_s.arg(page).arg(pageCount);
}

} // namespace temaplan::render
