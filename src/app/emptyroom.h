#pragma once

#include <QFrame>

class QAction;
class QLabel;

namespace temaplan::app {

// What a room shows instead of an empty table: a heading, a sentence on what to do,
// and buttons for the real actions. It lies over the room and follows its size, so
// the room itself is untouched and appears again once it has something to show.
class EmptyRoom final : public QFrame
{
    Q_OBJECT

public:
    EmptyRoom(QWidget *room, const QString &heading, const QString &text,
              const QList<std::pair<QAction *, QString>> &buttons);

    // Shown (over the room) while the room has nothing to show.
    void setEmpty(bool empty);
    bool isEmpty() const { return m_empty; }

    QString text() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *m_text;
    bool m_empty = false;
};

} // namespace temaplan::app
