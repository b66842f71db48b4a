#include "agendawarnings.h"

#include "core/danishtext.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace temaplan {

AgendaWarnings::AgendaWarnings(const Agenda &agenda, const QTime &dayEnd)
    : m_agenda(agenda)
    , m_dayEnd(dayEnd)
    , m_overlaps(agenda::overlaps(agenda))
    , m_pastEnd(agenda::slotsPastEnd(agenda, dayEnd))
{}

bool AgendaWarnings::overlaps(int row) const
{
    for (const agenda::Overlap &o : m_overlaps)
        if (o.first == row || o.second == row)
            return true;
    return false;
}

QStringList AgendaWarnings::sentences() const
{
    QStringList out;
    for (const agenda::Overlap &o : m_overlaps)
        out << overlapSentence(o);
    for (int row : m_pastEnd)
        out << pastEndSentence(row);
    return out;
}

QString AgendaWarnings::rowText(int row) const
{
    QStringList out;
    for (const agenda::Overlap &o : m_overlaps)
        if (o.first == row || o.second == row)
            out << overlapSentence(o);
    if (pastEnd(row))
        out << pastEndSentence(row);
    return out.join(u'\n');
}

QString AgendaWarnings::overlapSentence(const agenda::Overlap &o) const
{
    return QCoreApplication::translate("AgendaWarnings", "%1 overlapper %2.")
        .arg(slotName(o.first), slotName(o.second));
}

QString AgendaWarnings::pastEndSentence(int row) const
{
    return QCoreApplication::translate("AgendaWarnings",
                                       "%1 slutter efter dagens afslutning kl. %2.")
        .arg(slotName(row), danish::formatTime(m_dayEnd));
}

QString AgendaWarnings::slotName(int row) const
{
    const AgendaSlot &slot = m_agenda.at(row);
    const QString time = danish::formatTime(slot.start);
    const QString title = slot.title.isEmpty()
                              ? QCoreApplication::translate("AgendaWarnings", "(uden titel)")
                              : slot.title;
    const QString quoted = u"«"_s + title + u"»"_s;
    return time.isEmpty() ? quoted : time + u' ' + quoted;
}

} // namespace temaplan
