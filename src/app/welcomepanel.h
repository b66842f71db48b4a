#pragma once

#include "core/ids.h"

#include <QFrame>
#include <QList>

class QAction;
class QPushButton;

namespace temaplan {
class Library;
}

namespace temaplan::app {

// True when the library holds the bundled demo's events (their ids are fixed, made
// from the demo's names), wherever the file lies and whatever it is called: a copy of
// the demo under another name is still the demo, and no library of one's own has them.
bool holdsDemo(Library &library);
// The ids of the demo's events, by which holdsDemo knows it.
QList<Id> demoEventIds();

// The short note above the rooms while the demo library is open: what it is and how
// to start a library of one's own. Closed with "Luk", it stays closed (settings).
class WelcomePanel final : public QFrame
{
    Q_OBJECT

public:
    // `newLibrary` and `guide` are the window's own actions, offered as buttons.
    WelcomePanel(QAction *newLibrary, QAction *guide, QWidget *parent = nullptr);

    // Shows the panel for the demo library unless it was closed before.
    void follow(Library *library);

    static bool isDismissed();
    // Forgets that the panel was closed: it shows again on the demo library.
    static void resetDismissed();

    QPushButton *closeButton() const { return m_close; }

private:
    void dismiss();

    QPushButton *m_close;
};

} // namespace temaplan::app
