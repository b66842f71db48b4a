#include "helpactions.h"

#include "aboutdialog.h"
#include "userguide.h"

#include <QAction>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

HelpActions::HelpActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_guide(new QAction(tr("&Brugervejledning"), this))
    , m_about(new QAction(tr("&Om Temaplan"), this))
{
    m_guide->setObjectName(u"userGuide"_s);
    m_guide->setShortcut(QKeySequence::HelpContents);
    m_guide->setToolTip(tr("Sådan planlægger du et møde, udskriver programmet og finder cases"));
    m_about->setObjectName(u"about"_s);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_guide, &QAction::triggered, this, &HelpActions::showGuide);
    connect(m_about, &QAction::triggered, this, &HelpActions::showAbout);
}

UserGuideDialog *HelpActions::guideDialog() const
{
    return m_guideDialog;
}

AboutDialog *HelpActions::aboutDialog() const
{
    return m_aboutDialog;
}

void HelpActions::showGuide()
{
    // Not modal: the guide is read beside the window while one works in it.
    if (!m_guideDialog) {
        m_guideDialog = new UserGuideDialog(m_window);
        m_guideDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_guideDialog->show();
    m_guideDialog->raise();
    m_guideDialog->activateWindow();
}

void HelpActions::showAbout()
{
    if (!m_aboutDialog) {
        m_aboutDialog = new AboutDialog(m_window);
        m_aboutDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_aboutDialog->open();
}

} // namespace temaplan::app
