#pragma once

#include "core/case.h"
#include "core/lookups.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QListWidget;
class QPushButton;

namespace temaplan {

// The cases a slot presents ("Link til casen"). The chooser is editable and matches
// any part of a title, so "balance" finds 'Social balance'.
class CaseListEdit final : public QWidget
{
    Q_OBJECT

public:
    explicit CaseListEdit(QWidget *parent = nullptr);

    void setCases(const QList<Case> &cases);
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
    QString typedTitle() const;
    bool chosen() const;

    QList<Id> m_ids;
    Lookups m_lookups;
    QListWidget *m_list;
    QComboBox *m_case;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_create;
    bool m_canCreate = false;
};

} // namespace temaplan
