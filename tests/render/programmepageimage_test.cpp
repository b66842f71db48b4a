#include "sampleprogramme.h"

#include "render/programmepageimage.h"

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace temaplan;

namespace {

constexpr int dpi = 72; // small images: the comparison is pixel for pixel

} // namespace

TEST_CASE("a renderer that keeps slots paints every edit as a fresh layout would", "[preview]")
{
    SampleProgramme sample = seedProgramme();
    render::ProgrammePageRenderer renderer(dpi);
    int count = 0;
    const QImage first = renderer.render(sample.input(), 0, &count);
    CHECK(count >= 1);
    CHECK(first == render::programmePageImage(sample.input(), 0, dpi));

    auto checkSame = [&](const char *what) {
        INFO(what);
        int keptCount = 0;
        int freshCount = 0;
        const QImage kept = renderer.render(sample.input(), 0, &keptCount);
        const QImage fresh = render::programmePageImage(sample.input(), 0, dpi, &freshCount);
        CHECK(keptCount == freshCount);
        CHECK(kept == fresh);
        return kept;
    };

    Agenda &agenda = sample.event.occurrences[0].agenda;
    REQUIRE(agenda.size() >= 3);
    agenda[1].title += u" og meget mere, som skal stå på en ny linje i programmet"_s;
    const QImage retitled = checkSame("a slot's title");
    CHECK(retitled != first);

    // A speaker renamed elsewhere: the slot itself is the same, the name it prints is not.
    bool renamed = false;
    for (const AgendaSlot &slot : agenda) {
        if (!slot.speakers.isEmpty() && sample.people.contains(slot.speakers.first().personId)) {
            sample.people[slot.speakers.first().personId].name = u"Xenia Qvist-Zakariassen"_s;
            renamed = true;
            break;
        }
    }
    REQUIRE(renamed);
    CHECK(checkSame("a speaker's name") != retitled);

    agenda.removeAt(2);
    checkSame("a slot removed");
    agenda.append(agenda.first());
    agenda.last().id = newId();
    checkSame("a slot added");
}
