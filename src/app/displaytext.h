#pragma once

#include "render/programmehtml.h"

#include "core/description.h"
#include "core/documentlink.h"
#include "core/event.h"
#include "core/organisation.h"

#include <QLocale>
#include <QString>

namespace temaplan::app {

// Paragraphs and bullets: the same HTML as the printed programme's web version.
using render::descriptionHtml;

// Danish names of the stored enumerations: core keeps only their stable names.
QString eventKindName(EventKind kind);
QString organisationKindName(OrganisationKind kind);

// The locale of the window's language: English when the window speaks English, else
// Danish, also where the default is the C locale (as in the tests).
QLocale windowLocale();

// A date as the window's language writes it: "6. december 2024" in Danish, as the
// programme does, and "6 December 2024" in English. The year only when known and wanted.
QString displayDate(const CalendarDate &date, bool withYear);

// Links as HTML anchors, one a line; only http(s) and mailto become clickable.
QString linksHtml(const DocumentLinks &links);

} // namespace temaplan::app
