#pragma once

#include <QList>
#include <QString>

namespace temaplan {

// A handbook, slide deck or web page attached to a theme group, event or case.
struct DocumentLink
{
    QString title;
    QString url;

    friend bool operator==(const DocumentLink &, const DocumentLink &) = default;
};

using DocumentLinks = QList<DocumentLink>;

} // namespace temaplan
