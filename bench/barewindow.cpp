// The floors for start-up: a bare Qt Widgets window that quits once it has painted, and
// (with --with-text) the same window holding what any window with text holds — a menu, a
// line edit, a list of rows and a status line — so that the cost of Qt's font system and
// text shaping, which a bare window never pays, can be told apart from Temaplan's own.
#include <QApplication>
#include <QEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

class BareWindow final : public QMainWindow
{
protected:
    bool event(QEvent *e) override
    {
        if (e->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QMainWindow::event(e);
    }

private:
    bool m_painted = false;
};

void addText(QMainWindow &window)
{
    QMenu *file = window.menuBar()->addMenu(QStringLiteral("&Fil"));
    file->addAction(QStringLiteral("&Åbn …"));
    file->addAction(QStringLiteral("&Afslut"));
    window.menuBar()->addMenu(QStringLiteral("&Rediger"))->addAction(QStringLiteral("&Fortryd"));

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    auto *search = new QLineEdit;
    search->setPlaceholderText(QStringLiteral("Søg i arrangementer"));
    layout->addWidget(search);
    auto *list = new QTreeWidget;
    list->setHeaderLabels({QStringLiteral("Dato"), QStringLiteral("Titel"), QStringLiteral("Sted")});
    for (int i = 0; i < 30; ++i) {
        list->addTopLevelItem(new QTreeWidgetItem(
            {QStringLiteral("%1. marts 2026").arg(i + 1), QStringLiteral("Temamøde om sundhed i hverdagen nr. %1").arg(i + 1),
             QStringLiteral("Aarhus Rådhus")}));
    }
    layout->addWidget(list);
    window.setCentralWidget(central);
    window.statusBar()->showMessage(QStringLiteral("30 arrangementer"));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    BareWindow window;
    if (QCoreApplication::arguments().contains(QStringLiteral("--with-text")))
        addText(window);
    window.resize(1280, 800);
    window.show();
    return QApplication::exec();
}
