#pragma once

#include "core/description.h"
#include "core/documentlink.h"
#include "core/event.h"

#include <QString>

namespace temaplan::app {

// Danish names of the stored enumerations: core keeps only their stable names.
QString eventKindName(EventKind kind);

// A description as HTML paragraphs and a bullet list, every text escaped.
QString descriptionHtml(const Description &description);

// Links as HTML anchors, one a line; only http(s) and mailto become clickable.
QString linksHtml(const DocumentLinks &links);

} // namespace temaplan::app
