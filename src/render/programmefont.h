#pragma once

#include <QString>

namespace temaplan::render {

struct ProgrammeFont
{
    QString family; // what to ask QFont for
    bool houseFont; // false: Open Sans was not found and a default sans stands in
    QString note;   // Danish, for the user when houseFont is false
};

// Registers Open Sans (regular, bold, italic, semibold) once per process and says
// which family the programme is set in. Needs a QGuiApplication.
const ProgrammeFont &programmeFont();

} // namespace temaplan::render
