#pragma once

#include "core/calendardate.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;

namespace temaplan::app {

// Asks for a theme group's new name and until when the old one was used. The old
// name is kept among the former names: past meetings were held under it.
class RenameDialog final : public QDialog
{
    Q_OBJECT

public:
    RenameDialog(const QString &currentName, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QCheckBox *untilKnownBox() const { return m_untilKnown; }
    QDateEdit *untilField() const { return m_until; }

    QString newName() const;
    CalendarDate until() const; // null when not known

private:
    void updateButtons();

    QString m_current;
    QLineEdit *m_name;
    QCheckBox *m_untilKnown;
    QDateEdit *m_until;
    QDialogButtonBox *m_buttons;
};

} // namespace temaplan::app
