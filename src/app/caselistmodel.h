#pragma once

#include "core/ids.h"

#include <QAbstractTableModel>
#include <QList>

namespace temaplan::app {

// Cases as the list shows them: title and owner. Filled by CaseSearchController with
// either every case or the hits of a search, best first.
class CaseListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Row
    {
        Id caseId;
        QString title;
        QString owner;
    };

    enum Column
    {
        TitleColumn,
        OwnerColumn,
        ColumnCount
    };
    enum Role
    {
        CaseIdRole = Qt::UserRole
    };

    explicit CaseListModel(QObject *parent = nullptr);

    void setRows(QList<Row> rows);
    const Row &row(int index) const { return m_rows.at(index); }
    int rowOf(const Id &caseId) const; // -1 if absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Row> m_rows;
};

} // namespace temaplan::app
