#include "welcomepanel.h"

#include "store/library.h"

#include <QAction>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

namespace {

const QString dismissedKey = u"welcome/dismissed"_s;

// A button that is the action: same text (without the menu's ellipsis kept), same state.
QPushButton *buttonFor(QAction *action, const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setToolTip(action->toolTip());
    button->setEnabled(action->isEnabled());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::enabledChanged, button, &QPushButton::setEnabled);
    return button;
}

} // namespace

QList<Id> demoEventIds()
{
    // Written out rather than read from the demo: reading it was 3 % of the window's
    // start. The demo's ids are made from its names and do not change; a test holds
    // this list to the demo.
    static const QList<Id> ids{QUuid(u"92ff8f7f-d327-5a58-b3ff-2082f7ddad8a"_s),
                               QUuid(u"beb630ec-9957-56ef-9fd9-415328ef7d90"_s),
                               QUuid(u"14991aac-c94e-56e0-8cc3-20bf988ff8e0"_s),
                               QUuid(u"6a11c422-a8e4-523e-9e7e-9b0b8b9bab33"_s),
                               QUuid(u"9b8c27dd-5635-5757-99eb-f461e00fb5b7"_s),
                               QUuid(u"af101870-946a-5744-adcc-f4fd94d656fc"_s)};
    return ids;
}

bool holdsDemo(Library &library)
{
    for (const Id &id : demoEventIds()) {
        if (library.events().get(id))
            return true;
    }
    return false;
}

WelcomePanel::WelcomePanel(QAction *newLibrary, QAction *guide, QWidget *parent)
    : QFrame(parent)
    , m_close(new QPushButton(tr("Luk"), this))
{
    setObjectName(u"welcomePanel"_s);
    setStyleSheet(u"QFrame#welcomePanel { background: #e8f1fb; border-bottom: 1px solid #9cbbe0; }"
                  "QFrame#welcomePanel QLabel { color: #14304f; }"_s);

    auto *heading = new QLabel(tr("<b>Velkommen til Temaplan</b>"), this);
    auto *text = new QLabel(
        tr("Dette er et demobibliotek med Sund By Netværkets egne programmer og cases, så du "
           "kan prøve alt uden at ødelægge noget: vælg et arrangement og ret i programmet, eller "
           "søg i cases (Ctrl+F). Når du vil i gang for alvor, så opret dit eget bibliotek med "
           "<i>Filer ▸ Nyt bibliotek…</i> og hent eventuelt arrangementer og cases ind med "
           "<i>Filer ▸ Importér JSON…</i>"),
        this);
    text->setObjectName(u"welcomeText"_s);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);

    auto *words = new QVBoxLayout;
    words->setSpacing(2);
    words->addWidget(heading);
    words->addWidget(text);

    auto *buttons = new QVBoxLayout;
    QPushButton *create = buttonFor(newLibrary, tr("Nyt bibliotek…"), this);
    create->setObjectName(u"welcomeNewLibrary"_s);
    QPushButton *read = buttonFor(guide, tr("Brugervejledning"), this);
    read->setObjectName(u"welcomeGuide"_s);
    m_close->setObjectName(u"welcomeClose"_s);
    m_close->setToolTip(tr("Skjul velkomsten; den vises ikke igen"));
    buttons->addWidget(create);
    buttons->addWidget(read);
    buttons->addWidget(m_close);
    buttons->addStretch();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addLayout(words, 1);
    layout->addLayout(buttons);

    connect(m_close, &QPushButton::clicked, this, &WelcomePanel::dismiss);
    hide();
}

void WelcomePanel::follow(Library *library)
{
    setVisible(library && !isDismissed() && holdsDemo(*library));
}

bool WelcomePanel::isDismissed()
{
    return QSettings(QCoreApplication::applicationName(), u"temaplan"_s)
        .value(dismissedKey, false)
        .toBool();
}

void WelcomePanel::resetDismissed()
{
    QSettings(QCoreApplication::applicationName(), u"temaplan"_s).remove(dismissedKey);
}

void WelcomePanel::dismiss()
{
    QSettings(QCoreApplication::applicationName(), u"temaplan"_s).setValue(dismissedKey, true);
    hide();
}

} // namespace temaplan::app
