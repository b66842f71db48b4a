#pragma once

#include "core/result.h"

#include <QString>

class QMessageBox;
class QWidget;

namespace temaplan::app {

// Shows a store or render error in Danish over `parent`: the message as the text, the
// technical cause under "Vis detaljer". Window-modal but not blocking, so the window
// behind stays as it was and tests can read the box.
QMessageBox *showError(QWidget *parent, const QString &title, const Error &error);

} // namespace temaplan::app
