#pragma once

#include "render/programmehtml.h"

#include "core/description.h"
#include "core/documentlink.h"
#include "core/event.h"
#include "core/organisation.h"

#include <QString>

namespace temaplan::app {

// Paragraphs and bullets: the same HTML as the printed programme's web version.
using render::descriptionHtml;

// Danish names of the stored enumerations: core keeps only their stable names.
QString eventKindName(EventKind kind);
QString organisationKindName(OrganisationKind kind);

// Links as HTML anchors, one a line; only http(s) and mailto become clickable.
QString linksHtml(const DocumentLinks &links);

} // namespace temaplan::app
