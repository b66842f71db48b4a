#include "errormessage.h"

#include <QMessageBox>

namespace temaplan::app {

QMessageBox *showError(QWidget *parent, const QString &title, const Error &error)
{
    auto *box =
        new QMessageBox(QMessageBox::Warning, title, error.message, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("errorMessage"));
    if (!error.detail.isEmpty())
        box->setDetailedText(error.detail);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}

} // namespace temaplan::app
