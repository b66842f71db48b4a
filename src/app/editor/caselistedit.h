#pragma once

#include "slotchoices.h"

#include "core/case.h"
#include "core/lookups.h"

#include <QList>
#include <QWidget>

class QCompleter;
class QLineEdit;
class QListWidget;
class QModelIndex;
class QPushButton;
class QStandardItemModel;

namespace temaplan {

// The cases a slot presents ("Link til casen"). The chooser searches as one types and
// offers the best matches only, so "balance" finds 'Social balance' in a library of any
// size without holding its cases.
class CaseListEdit final : public QWidget
{
    Q_OBJECT

public:
    // How many matches the chooser offers at a time.
    static constexpr int MatchLimit = 30;

    explicit CaseListEdit(QWidget *parent = nullptr);

    void setCaseSearch(const CaseSearch &search);
    void setLookups(const Lookups &lookups);
    void setCaseIds(const QList<Id> &ids);
    QList<Id> caseIds() const { return m_ids; }
    // When on, a typed title that matches no case is offered as a new case.
    void setCanCreate(bool canCreate);

Q_SIGNALS:
    void caseIdsEdited(const QList<Id> &ids);
    // The cases with one made on the spot, which is not in the library yet.
    void caseCreated(const QList<Id> &ids, const temaplan::Case &created);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(const QString &text);
    void showMatches(int highlighted);
    void choose(const QModelIndex &match);
    void enter();
    void fillList();
    void updateButtons();
    void add();
    void removeSelected();
    void createCase();
    QString typedTitle() const;
    Id chosenId() const;

    QList<Id> m_ids;
    Lookups m_lookups;
    CaseSearch m_search;
    // The match chosen, while the chooser still shows its title.
    Id m_chosenId;
    QString m_chosenTitle;
    QListWidget *m_list;
    QLineEdit *m_case;
    QStandardItemModel *m_matches;
    QCompleter *m_completer;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_create;
    bool m_canCreate = false;
};

} // namespace temaplan
