#include "caselistmodel.h"

#include "casetext.h"

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

CaseListModel::CaseListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CaseListModel::setSource(PageSource source, const QString &highlight)
{
    beginResetModel();
    m_source = std::move(source);
    m_highlight = highlight;
    m_rows.clear();
    m_complete = !m_source;
    endResetModel();
    if (!m_complete)
        fetchMore({});
}

int CaseListModel::loadUntil(const Id &caseId)
{
    int row = rowOf(caseId);
    while (row < 0 && !m_complete) {
        const qsizetype before = m_rows.size();
        fetchMore({});
        if (m_rows.size() == before)
            break;
        for (qsizetype i = before; i < m_rows.size() && row < 0; ++i)
            if (m_rows.at(i).caseId == caseId)
                row = int(i);
    }
    return row;
}

bool CaseListModel::updateRow(const Row &updated)
{
    const int i = rowOf(updated.caseId);
    if (i < 0)
        return false;
    m_rows[i] = updated;
    Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
    return true;
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
    switch (role) {
    case CaseIdRole:
        return QVariant::fromValue(r.caseId);
    case HighlightRole:
        return index.column() == TitleColumn ? m_highlight : QString();
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return r.title;
        case OwnerColumn:
            return r.owner;
        case PeriodColumn:
            return casePeriod(r.startYear, r.endYear);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn && !r.themes.isEmpty())
            return tr("%1\nTemaer: %2").arg(r.title, r.themes.join(u", "_s));
        return data(index, Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Case");
    case OwnerColumn:
        return tr("Ejer");
    case PeriodColumn:
        return tr("Periode");
    default:
        return {};
    }
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_complete || !m_source)
        return;
    const int wanted = m_rows.isEmpty() ? m_firstPageSize : m_pageSize;
    auto page = m_source(int(m_rows.size()), wanted);
    if (!page) {
        m_complete = true;
        Q_EMIT failed(page.error());
        return;
    }
    // A short page is the last one: no query is spent to learn that nothing follows.
    m_complete = page->size() < wanted;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows += *page;
    endInsertRows();
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    Q_EMIT sortRequested(column, order);
}

} // namespace temaplan::app
