#pragma once

#include "editor/searchline.h"

#include "core/ids.h"
#include "core/organisation.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <functional>

class QListWidget;
class QPushButton;

namespace temaplan::app {

class LibrarySession;

// A list of records a record names (a series' organisers, a group's contacts): the
// names in order, a search line to add one, and a button to remove the selected one.
// The line asks the library as one types (SearchLine), so no list of every person is
// held; the names of the records listed are looked up one by one. Each change is
// signalled as the whole new list, for one undo step.
class IdListEdit final : public QWidget
{
    Q_OBJECT

public:
    // The name a listed record is shown by; empty when it names nothing (any more).
    using NameOf = std::function<QString(const Id &id)>;

    IdListEdit(const QString &objectName, const QString &placeholder, QWidget *parent = nullptr);

    void setSearch(const MatchSearch &search, const NameOf &nameOf);
    // People, asked of the library as one types (Library::findPeople); the names of
    // those listed read one by one.
    void choosePeople(LibrarySession *session);
    // Among `organisations` (some hundred, read with the room's list), any part of a
    // name typed, folded as the search folds ("aarhus" finds "Århus").
    void chooseAmong(const QList<Organisation> &organisations);
    // Shows the list, its names looked up again (a record may have been renamed).
    void setIds(const QList<Id> &ids);
    QList<Id> ids() const { return m_ids; }

    SearchLine *chooser() const { return m_chooser; }
    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void idsEdited(const QList<temaplan::Id> &ids);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void add();
    void removeSelected();
    void fillList();
    void updateButtons();

    QList<Id> m_ids;
    NameOf m_nameOf;
    QListWidget *m_list;
    SearchLine *m_chooser;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace temaplan::app
