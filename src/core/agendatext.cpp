#include "agendatext.h"

#include "danishtext.h"
#include "programmetext.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::programme {

namespace {

constexpr int timeColumnWidth = 13;

QString indent(const QString &text)
{
    return QString(timeColumnWidth, u' ') + text;
}

} // namespace

QString dateAndPlaceLine(const Occurrence &occurrence, const Lookups &lookups, int currentYear)
{
    std::optional<Venue> venue;
    if (!occurrence.venueId.isNull())
        venue = lookups.venue(occurrence.venueId);
    // A venue without a town is named by its own name ("i KL-huset").
    const QString place = venue ? danish::placePhrase(venue->kind, venue->town.isEmpty() ? venue->name : venue->town)
                                : QString();
    return danish::formatDateLine(occurrence.date, place, currentYear);
}

QString slotTimeText(const AgendaSlot &slot)
{
    if (slot.kind == SlotKind::Closing)
        return danish::formatTime(slot.start);
    return danish::formatTimeRange(slot.start, slot.end);
}

QString slotHeadline(const AgendaSlot &slot)
{
    if (slot.kind != SlotKind::Closing || !slot.end.isValid())
        return slot.title;
    QString title = slot.title.trimmed();
    if (!title.isEmpty() && !title.endsWith(u'.') && !title.endsWith(u'!') && !title.endsWith(u'?'))
        title += u'.';
    return title.isEmpty() ? danish::closingLine(slot.end) : title + u' ' + danish::closingLine(slot.end);
}

QString agendaAsPlainText(const Event &event, const Occurrence &occurrence, const Lookups &lookups,
                          int currentYear)
{
    QStringList lines;
    lines << event.title;
    if (!event.participantNote.isEmpty())
        lines << QString() << event.participantNote;
    const QString dateLine = dateAndPlaceLine(occurrence, lookups, currentYear);
    if (!dateLine.isEmpty())
        lines << QString() << dateLine;
    lines << QString();
    for (const AgendaSlot &slot : occurrence.agenda) {
        QString head = slotHeadline(slot);
        const QString speakers = speakerPhrase(slot.speakers, lookups.person);
        if (!speakers.isEmpty())
            head += u' ' + speakers;
        lines << slotTimeText(slot).leftJustified(timeColumnWidth - 1) + u' ' + head;
        for (const TextBlock &block : slot.description)
            lines << indent(block.kind == TextBlock::Kind::Bullet ? u"• "_s + block.text : block.text);
        for (const Id &caseId : slot.caseIds) {
            const auto c = lookups.caseRecord(caseId);
            if (!c)
                continue;
            QString link = u"Link til casen: "_s + c->title;
            if (!c->links.isEmpty() && !c->links.first().url.isEmpty())
                link += u" <"_s + c->links.first().url + u'>';
            lines << indent(link);
        }
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace temaplan::programme
