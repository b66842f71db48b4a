#include "screenshot.h"

#include <QApplication>
#include <QEvent>
#include <QPixmap>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace temaplan::app {

namespace {

class FirstPaintWatcher final : public QObject
{
public:
    FirstPaintWatcher(QWidget *window, QString path)
        : QObject(window)
        , m_window(window)
        , m_path(std::move(path))
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::Paint && !m_scheduled) {
            m_scheduled = true;
            if (m_path.isEmpty()) {
                // Measuring start-up: quit as soon as the window has painted once.
                QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
                return false;
            }
            // Views size their columns and load their pages in the events that follow
            // the first paint; a short pause lets the picture show them settled.
            QTimer::singleShot(300, this, &FirstPaintWatcher::grab);
        }
        return false;
    }

private:
    void grab()
    {
        // Quality 0 is PNG's strongest (still lossless) compression: the pictures go in the docs.
        const bool saved = m_window && m_window->grab().save(m_path, "PNG", 0);
        if (!saved)
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                                        "Screenshot", "temaplan: kunne ikke gemme skærmbilledet %1")
                                        .arg(m_path)));
        QCoreApplication::exit(saved ? 0 : 1);
    }

    QPointer<QWidget> m_window;
    QString m_path;
    bool m_scheduled = false;
};

} // namespace

void saveScreenshotAfterFirstPaint(QWidget *window, const QString &path)
{
    new FirstPaintWatcher(window, path);
}

void quitAfterFirstPaint(QWidget *window)
{
    new FirstPaintWatcher(window, QString());
}

} // namespace temaplan::app
