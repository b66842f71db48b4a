#pragma once

#include <QList>
#include <QWidget>

class QLineEdit;

namespace temaplan::app {

// What a room asks of its record's form, whatever the record: forget the record,
// allow or forbid changes (a library opened read-only), and the name ready to be
// typed over (a new record).
class RecordForm : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual void clear() = 0;
    void setEditable(bool editable);
    void focusName();

protected:
    // The name field, and the parts that are off while nothing may be changed.
    void setParts(QLineEdit *name, const QList<QWidget *> &editable);

private:
    QLineEdit *m_name = nullptr;
    QList<QWidget *> m_editable;
};

} // namespace temaplan::app
