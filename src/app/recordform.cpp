#include "recordform.h"

#include <QLineEdit>

namespace temaplan::app {

void RecordForm::setParts(QLineEdit *name, const QList<QWidget *> &editable)
{
    m_name = name;
    m_editable = editable;
}

void RecordForm::setEditable(bool editable)
{
    for (QWidget *part : std::as_const(m_editable))
        part->setEnabled(editable);
}

void RecordForm::focusName()
{
    if (!m_name)
        return;
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

} // namespace temaplan::app
