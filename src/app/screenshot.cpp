#include "screenshot.h"

#include <QApplication>
#include <QEvent>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <cstdio>

namespace temaplan::app {

namespace {

class FirstPaintWatcher final : public QObject
{
public:
    FirstPaintWatcher(QWidget *window, QString path, std::function<void()> prepare)
        : QObject(window)
        , m_window(window)
        , m_path(std::move(path))
        , m_prepare(std::move(prepare))
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
            // the first paint; a short pause lets the picture show them settled. A
            // prepared scene may open a dialog with its own event loop: the timer is set
            // first, so it fires inside that loop too.
            QTimer::singleShot(m_prepare ? 1200 : 300, this, &FirstPaintWatcher::grab);
            if (m_prepare)
                QTimer::singleShot(0, this, [this] { m_prepare(); });
        }
        return false;
    }

private:
    void grab()
    {
        // Quality 0 is PNG's strongest (still lossless) compression: the pictures go in the docs.
        const bool saved = m_window && grabWithPopups(m_window).save(m_path, "PNG", 0);
        if (!saved)
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                                        "Screenshot", "temaplan: kunne ikke gemme skærmbilledet %1")
                                        .arg(m_path)));
        QCoreApplication::exit(saved ? 0 : 1);
    }

    QPointer<QWidget> m_window;
    QString m_path;
    std::function<void()> m_prepare;
    bool m_scheduled = false;
};

} // namespace

QImage grabWithPopups(QWidget *window)
{
    QImage image = window->grab().toImage();
    QList<QWidget *> others;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget != window && widget->isVisible() && !widget->size().isEmpty())
            others.append(widget);
    }
    // Dialogs first, menus (popups) over them, as on the screen.
    std::stable_partition(others.begin(), others.end(),
                          [](QWidget *widget) { return widget->windowType() != Qt::Popup; });
    QPainter painter(&image);
    for (QWidget *widget : others)
        painter.drawPixmap(widget->geometry().topLeft() - window->geometry().topLeft(),
                           widget->grab());
    return image;
}

void saveScreenshotAfterFirstPaint(QWidget *window, const QString &path,
                                   std::function<void()> prepare)
{
    new FirstPaintWatcher(window, path, std::move(prepare));
}

void quitAfterFirstPaint(QWidget *window)
{
    new FirstPaintWatcher(window, QString(), {});
}

} // namespace temaplan::app
