#include "recordlistmodel.h"

#include "core/searchfolding.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

RecordListModel::RecordListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RecordListModel::setRows(QList<RecordRow> rows)
{
    QList<std::pair<QString, RecordRow>> keyed;
    keyed.reserve(rows.size());
    for (RecordRow &r : rows)
        keyed.append({danishSortKey(r.title), std::move(r)});
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    beginResetModel();
    m_rows.clear();
    m_entries.clear();
    for (auto &[key, r] : keyed) {
        m_entries.append({foldForSearch(r.title + u' ' + r.detail + u' ' + r.alsoFoundBy)});
        m_rows.append(std::move(r));
    }
    endResetModel();
}

void RecordListModel::setHeaders(const QString &title, const QString &detail)
{
    m_titleHeader = title;
    m_detailHeader = detail;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int RecordListModel::rowOf(const Id &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const RecordRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return index.column() == TitleColumn ? r.title : r.detail;
    case FoldedRole:
        return m_entries.at(index.row()).folded;
    case IdRole:
        return QVariant::fromValue(r.id);
    default:
        return {};
    }
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TitleColumn ? m_titleHeader : m_detailHeader;
}

FoldedFilterModel::FoldedFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void FoldedFilterModel::setFilterText(const QString &text)
{
    m_words = foldForSearch(text).simplified().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

bool FoldedFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QString folded = sourceModel()
                               ->index(sourceRow, 0, sourceParent)
                               .data(RecordListModel::FoldedRole)
                               .toString();
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&](const QString &word) { return folded.contains(word); });
}

} // namespace temaplan::app
