#pragma once

#include "core/agendarules.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace temaplan {

// What is wrong with an agenda's times, as the editor shows it: slots that overlap and
// slots that run past the day's end. Only warnings: a coordinator may plan a parallel
// session or an open end on purpose.
class AgendaWarnings
{
public:
    AgendaWarnings() = default;
    // `dayEnd` invalid: the day ends when the programme does, so nothing runs past it.
    AgendaWarnings(const Agenda &agenda, const QTime &dayEnd);

    bool isEmpty() const { return m_overlaps.isEmpty() && m_pastEnd.isEmpty(); }
    bool overlaps(int row) const;
    bool pastEnd(int row) const { return m_pastEnd.contains(row); }

    // Danish sentences, one per problem: "9.30 «Morgenmad» overlapper 9.45 «Velkomst»."
    QStringList sentences() const;
    // The problems of one row, for its tool tip.
    QString rowText(int row) const;

private:
    QString overlapSentence(const agenda::Overlap &o) const;
    QString pastEndSentence(int row) const;
    QString slotName(int row) const;

    Agenda m_agenda;
    QTime m_dayEnd;
    QList<agenda::Overlap> m_overlaps;
    QList<int> m_pastEnd;
};

} // namespace temaplan
