#pragma once

#include <QDialog>

class QTabWidget;

namespace temaplan::app {

// Hjælp ▸ Om Temaplan: the version, the program's licence and the licence of the
// font the programmes are printed in, both read from the resources, and Qt's own box.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }

private:
    QTabWidget *m_tabs;
};

} // namespace temaplan::app
