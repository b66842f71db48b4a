#pragma once

#include "slotchoices.h"

#include "core/case.h"
#include "core/lookups.h"

#include <QList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace temaplan {

class SearchLine;

// The cases a slot presents ("Link til casen"). The chooser searches as one types and
// offers the best matches only, so "balance" finds 'Social balance' in a library of any
// size without holding its cases.
class CaseListEdit final : public QWidget
{
    Q_OBJECT

public:
    // How many matches the chooser offers at a time.
    static constexpr int MatchLimit = 30; // as SearchLine::MatchLimit

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

private:
    void fillList();
    void updateButtons();
    void add();
    void removeSelected();
    void createCase();

    QList<Id> m_ids;
    Lookups m_lookups;
    QListWidget *m_list;
    SearchLine *m_case;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_create;
    bool m_canCreate = false;
};

} // namespace temaplan
