#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace temaplan::app {

class AboutDialog;
class UserGuideDialog;

// The Help menu: the user guide (F1) and the about box. The guide stays one window,
// brought forward when asked for again.
class HelpActions final : public QObject
{
    Q_OBJECT

public:
    explicit HelpActions(QWidget *window);

    QAction *guideAction() const { return m_guide; }
    QAction *aboutAction() const { return m_about; }

    UserGuideDialog *guideDialog() const;
    AboutDialog *aboutDialog() const;

private:
    void showGuide();
    void showAbout();

    QWidget *m_window;
    QAction *m_guide;
    QAction *m_about;
    QPointer<UserGuideDialog> m_guideDialog;
    QPointer<AboutDialog> m_aboutDialog;
};

} // namespace temaplan::app
