#pragma once

#include "core/ids.h"
#include "core/result.h"
#include "store/summaries.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

namespace temaplan::app {

// Cases as the list shows them, read from the library a page at a time: the view asks
// for more (canFetchMore/fetchMore) as it scrolls, so a library of 50 000 cases shows
// its first rows at once. The pages come from a source set by CaseSearchController:
// every case by title, or the cases a search and the chosen facets find.
class CaseListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    using Row = CaseRow;
    using PageSource = std::function<Result<QList<CaseRow>>(int offset, int limit)>;

    // The first page is read per keystroke, so it is a screenful and a little more:
    // what p95 ≤ 10 ms at 50 000 cases allows (docs/performance.md). Scrolling reads on
    // in larger pages.
    static constexpr int defaultFirstPageSize = 50;
    static constexpr int defaultPageSize = 200;

    enum Column
    {
        TitleColumn,
        OwnerColumn,
        PeriodColumn,
        ColumnCount
    };
    enum Role
    {
        CaseIdRole = Qt::UserRole,
        HighlightRole, // what was typed, for marking it in the title
    };

    explicit CaseListModel(QObject *parent = nullptr);

    // Starts over with another source and reads its first page.
    void setSource(PageSource source, const QString &highlight = {});
    void setPageSizes(int first, int later)
    {
        m_firstPageSize = first;
        m_pageSize = later;
    }
    int pageSize() const { return m_pageSize; }
    // Reads pages until the case is loaded or none are left; its row, or -1.
    int loadUntil(const Id &caseId);

    const Row &row(int index) const { return m_rows.at(index); }
    int rowOf(const Id &caseId) const; // among the rows read so far; -1 if absent
    // A case written (its title, owner, themes or years corrected) shown as it is now, in
    // the place it had; false when it is not among the rows read.
    bool updateRow(const Row &row);
    bool isComplete() const { return m_complete; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // The order is the library's: asks the controller to read again in it.
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void sortRequested(int column, Qt::SortOrder order);
    void failed(const temaplan::Error &error);

private:
    PageSource m_source;
    QList<Row> m_rows;
    QString m_highlight;
    int m_firstPageSize = defaultFirstPageSize;
    int m_pageSize = defaultPageSize;
    bool m_complete = true;
};

} // namespace temaplan::app
