#include "caselistmodel.h"

namespace temaplan::app {

CaseListModel::CaseListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CaseListModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int CaseListModel::rowOf(const Id &caseId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).caseId == caseId)
            return i;
    return -1;
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == CaseIdRole)
        return r.caseId;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return index.column() == TitleColumn ? r.title : r.owner;
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == TitleColumn ? tr("Case") : tr("Ejer");
}

} // namespace temaplan::app
