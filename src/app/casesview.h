#pragma once

#include "core/ids.h"
#include "core/result.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace temaplan::app {

class CaseDetailView;
class CaseListModel;
class CaseSearchController;
class LibrarySession;

// The "Cases" room: a search field that searches as you type, the hits, and the
// chosen case with where it was presented.
class CasesView final : public QWidget
{
    Q_OBJECT

public:
    explicit CasesView(LibrarySession *session, QWidget *parent = nullptr);

    void reload();
    void focusSearch();
    bool selectCase(const Id &caseId);

    QLineEdit *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }
    CaseListModel *model() const { return m_model; }
    CaseSearchController *controller() const { return m_controller; }
    CaseDetailView *detail() const { return m_detail; }

Q_SIGNALS:
    void eventRequested(const temaplan::Id &eventId, const temaplan::Id &occurrenceId);
    void failed(const temaplan::Error &error);

private:
    void showCurrent();
    void showResult(const QString &query, int hitCount);

    LibrarySession *m_session;
    CaseListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QLabel *m_resultLine;
    QTableView *m_table;
    CaseDetailView *m_detail;
    CaseSearchController *m_controller;
    Id m_keep; // the case to show again after a reload
};

} // namespace temaplan::app
