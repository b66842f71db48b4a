#pragma once

#include "core/ids.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSortFilterProxyModel>
#include <QString>

namespace temaplan::app {

// One line of a room's list: the record's name and what tells it apart (an
// organisation, a short name, former names), and words it is also found by.
struct RecordRow
{
    Id id;
    QString title;
    QString detail;
    QString alsoFoundBy; // not shown: a person's mail, a group's former names …
};

// The records of one room in Danish alphabetical order (æ ø å last, "aa" as å).
class RecordListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role
    {
        FoldedRole = Qt::UserRole + 1, // the row's text folded as searchfolding.h does
        IdRole
    };

    explicit RecordListModel(QObject *parent = nullptr);

    void setRows(QList<RecordRow> rows);
    void setHeaders(const QString &title, const QString &detail);
    const RecordRow &row(int row) const { return m_rows.at(row); }
    int rowOf(const Id &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        QString folded;
    };
    QList<RecordRow> m_rows;
    QList<Entry> m_entries;
    QString m_titleHeader;
    QString m_detailHeader;
};

// Keeps the rows that hold every typed word, folded alike: "århus" keeps "Aarhus
// Kommune", and "aarhus" keeps "Århus Omegn".
class FoldedFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FoldedFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace temaplan::app
