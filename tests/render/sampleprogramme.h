#pragma once

#include "render/programmeinput.h"

#include "core/case.h"
#include "core/organisation.h"
#include "core/person.h"
#include "core/venue.h"

#include <QHash>
#include <QStringList>

// Seed 000 as records: the theme-group meeting in Gladsaxe on 6 December, with its
// speakers, cases and Sund By Netværket's letterhead. Test code only.
struct SampleProgramme
{
    QHash<temaplan::Id, temaplan::Person> people;
    QHash<temaplan::Id, temaplan::Organisation> organisations;
    QHash<temaplan::Id, temaplan::Venue> venues;
    QHash<temaplan::Id, temaplan::Case> cases;
    temaplan::Event event;

    temaplan::render::ProgrammeInput input() const;

    temaplan::Id addPerson(const QString &name, const QString &title = {});
    temaplan::Id addCase(const QString &title, const QString &url);
};

// The seed programme as printed in 2024 (so "Den 6. december i Gladsaxe").
SampleProgramme seedProgramme();

// The seed's organiser and venue with `slots` generated slots of varying length, each
// titled "Emne N – …" and ending with the line "Opsamling på emne N.", so a test can
// see where each slot starts and ends.
SampleProgramme longProgramme(int slots);

// What the printed seed programme must say, in order: title, note, date line, then
// each row's time and its slots' head lines (with speaker phrase); breakfast and
// welcome share the row "9.30 / 10.00", as in the seed.
QStringList seedProgrammeTextInOrder();
