#include "measures.h"

#include "core/agendarules.h"

using namespace Qt::Literals::StringLiterals;

namespace temaplan::bench {

namespace {

Agenda fortySlots()
{
    Agenda agenda;
    QTime at(8, 0);
    for (int i = 0; i < 40; ++i) {
        AgendaSlot slot;
        slot.id = newId();
        slot.start = at;
        slot.title = u"Programpunkt %1"_s.arg(i + 1);
        slot.description = {TextBlock{TextBlock::Kind::Paragraph, u"Oplæg og dialog om lokale erfaringer."_s}};
        slot.fixedTime = (i % 10 == 9);
        agenda << slot;
        at = at.addSecs(15 * 60);
    }
    return agenda;
}

QList<Report> insertAndShift(const Options &options)
{
    const Agenda agenda = fortySlots();
    AgendaSlot pause;
    pause.kind = SlotKind::Break;
    pause.title = u"Pause"_s;
    // Many repetitions inside one timed run: one insert is far below the timer's grain.
    constexpr int perRun = 1000;
    volatile qsizetype sink = 0;
    Report r;
    r.measure = u"agenda.insert-and-shift-40"_s;
    r.unit = u"ms per 1000 edits"_s;
    r.subject = timeRepeated(options.runs, [&] {
        for (int i = 0; i < perRun; ++i)
            sink = sink + agenda::insertAndShift(agenda, 5, pause, 15)->size();
    });
    r.floorName = u"copying the 40-slot agenda"_s;
    r.floor = timeRepeated(options.runs, [&] {
        for (int i = 0; i < perRun; ++i) {
            Agenda copy = agenda;
            copy.detach();
            sink = sink + copy.size();
        }
    });
    r.target = u"< 16 ms per edit"_s;
    return {r};
}

} // namespace

QList<Measure> agendaMeasures()
{
    return {{u"agenda"_s, u"insert-and-shift in a 40-slot agenda"_s, insertAndShift}};
}

} // namespace temaplan::bench
