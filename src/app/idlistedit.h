#pragma once

#include "core/ids.h"

#include <QList>
#include <QString>
#include <QWidget>

class QComboBox;
class QListWidget;
class QPushButton;

namespace temaplan::app {

// A list of records a record names (a series' organisers, a group's contacts): the
// names in order, a chooser to add one, and a button to remove the selected one. Each
// change is signalled as the whole new list, for one undo step.
class IdListEdit final : public QWidget
{
    Q_OBJECT

public:
    struct Choice
    {
        Id id;
        QString name;
    };

    IdListEdit(const QString &objectName, const QString &placeholder, QWidget *parent = nullptr);

    void setChoices(const QList<Choice> &choices);
    // Any records with an id and a name, in their order.
    template<class T> void setChoicesFrom(const QList<T> &records)
    {
        QList<Choice> choices;
        choices.reserve(records.size());
        for (const T &r : records)
            choices.append({r.id, r.name});
        setChoices(choices);
    }
    void setIds(const QList<Id> &ids);
    QList<Id> ids() const { return m_ids; }

    QComboBox *chooser() const { return m_chooser; }
    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void idsEdited(const QList<temaplan::Id> &ids);

private:
    void fillList();
    void updateButtons();
    QString nameOf(const Id &id) const;

    QList<Id> m_ids;
    QList<Choice> m_choices;
    QListWidget *m_list;
    QComboBox *m_chooser;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace temaplan::app
