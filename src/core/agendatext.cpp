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

QString rowTimeText(const Agenda &agenda, const agenda::PrintedRow &row)
{
    QStringList times;
    for (int i = row.first; i <= row.last() && i < agenda.size(); ++i) {
        const QString time = slotTimeText(agenda.at(i));
        if (!time.isEmpty())
            times << time;
    }
    return times.join(u" / "_s);
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
    const Agenda &points = occurrence.agenda;
    for (const agenda::PrintedRow &row : agenda::printedRows(points)) {
        for (int i = row.first; i <= row.last(); ++i) {
            const AgendaSlot &slot = points.at(i);
            QString head = slotHeadline(slot);
            const QString speakers = speakerPhrase(slot.speakers, lookups.person);
            if (!speakers.isEmpty())
                head += u' ' + speakers;
            // The row's time once, before its first slot; the others line up under it.
            if (i == row.first)
                lines << rowTimeText(points, row).leftJustified(timeColumnWidth - 1) + u' ' + head;
            else
                lines << indent(head);
            for (const TextBlock &block : slot.description)
                lines << indent(block.kind == TextBlock::Kind::Bullet ? u"• "_s + block.text
                                                                      : block.text);
            for (const Id &caseId : slot.caseIds) {
                const auto c = lookups.caseRecord(caseId);
                if (!c)
                    continue;
                // "Link til casen" only with an address to follow, as on the printed page.
                const bool hasAddress = !c->links.isEmpty() && !c->links.first().url.isEmpty();
                lines << indent(hasAddress ? u"Link til casen: %1 <%2>"_s.arg(c->title, c->links.first().url)
                                           : u"Case: "_s + c->title);
            }
        }
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace temaplan::programme
