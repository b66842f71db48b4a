#include "emptyroom.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

EmptyRoom::EmptyRoom(QWidget *room, const QString &heading, const QString &text,
                     const QList<std::pair<QAction *, QString>> &buttons)
    : QFrame(room)
    , m_text(new QLabel(text, this))
{
    setObjectName(u"emptyRoom"_s);
    setAutoFillBackground(true);

    auto *title = new QLabel(heading, this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    m_text->setObjectName(u"emptyRoomText"_s);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    // A wrapped label in a centring layout is given its height for a fixed width only.
    m_text->setFixedWidth(520);
    m_text->setMinimumHeight(m_text->heightForWidth(520));

    auto *row = new QHBoxLayout;
    row->addStretch();
    for (const auto &[action, label] : buttons) {
        auto *button = new QPushButton(label, this);
        button->setObjectName(action->objectName() + u"Button"_s);
        button->setToolTip(action->toolTip());
        button->setEnabled(action->isEnabled());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::enabledChanged, button, &QPushButton::setEnabled);
        row->addWidget(button);
    }
    row->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addLayout(row);
    layout->addStretch(3);

    room->installEventFilter(this);
    setGeometry(room->rect());
    hide();
}

void EmptyRoom::setEmpty(bool empty)
{
    m_empty = empty;
    if (empty) {
        setGeometry(parentWidget()->rect());
        raise();
    }
    setVisible(empty);
}

QString EmptyRoom::text() const
{
    return m_text->text();
}

bool EmptyRoom::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QFrame::eventFilter(watched, event);
}

} // namespace temaplan::app
