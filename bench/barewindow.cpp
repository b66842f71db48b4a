// The floor for start-up: a bare Qt Widgets window that quits once it has painted.
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

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

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    BareWindow window;
    window.resize(1280, 800);
    window.show();
    return QApplication::exec();
}
