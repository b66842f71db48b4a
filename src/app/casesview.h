#pragma once

#include "core/ids.h"
#include "core/result.h"
#include "store/summaries.h"

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QUndoStack;

namespace temaplan::app {

class CaseDetailView;
class CaseFacetPanel;
class CaseSavedSearches;
class CaseListModel;
class CaseSearchController;
class LibrarySession;

// The "Cases" room: facets, a search field that searches as you type, the hits (read
// page by page), and the chosen case with where it was presented. Two cases that are
// one can be merged (undoable), and the list as shown exported as CSV or PDF.
class CasesView final : public QWidget
{
    Q_OBJECT

public:
    // Asks for the file to save to; empty: cancelled. Replaced by tests.
    using FileChooser = std::function<QString(const QString &suggestedName, const QString &filter)>;

    // A room of its own, saved searches included.
    explicit CasesView(LibrarySession *session, QWidget *parent = nullptr);
    // `saved` is the window's, made before this room (the navigation lists the saved
    // searches from the start); this room lays it out above the facets.
    CasesView(LibrarySession *session, CaseSavedSearches *saved, QWidget *parent = nullptr);
    ~CasesView() override;

    // Reads the library anew, the saved searches' counts included.
    void reload();
    // Takes up the open library in a room built after it was opened, whose saved
    // searches have been read and counted already.
    void showLibrary();
    void focusSearch();
    bool selectCase(const Id &caseId);

    // What the status bar says of the list: "340 cases", or "12 af 340 cases" while a
    // search or a facet narrows it.
    QString countText() const;

    QLineEdit *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }
    CaseListModel *model() const { return m_model; }
    CaseSearchController *controller() const { return m_controller; }
    CaseDetailView *detail() const { return m_detail; }
    CaseFacetPanel *facets() const { return m_facets; }
    QUndoStack *undoStack() const { return m_undo; }
    QAction *mergeSelectedAction() const { return m_mergeSelected; }
    QAction *exportCsvAction() const { return m_exportCsv; }
    QAction *exportPdfAction() const { return m_exportPdf; }
    QMenu *duplicatesMenu() const { return m_duplicates; }
    CaseSavedSearches *savedSearches() const { return m_saved; }
    QAction *saveSearchAction() const { return m_saveSearch; }

    // Shows the cases `filter` finds: its text in the field, its facet values ticked.
    void applyFilter(const CaseFilter &filter);

    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    // Merges `removeId` into `keepId` as one undoable step; false (and an error shown)
    // when it could not be done.
    bool mergeCases(const Id &keepId, const Id &removeId);

Q_SIGNALS:
    void eventRequested(const temaplan::Id &eventId, const temaplan::Id &occurrenceId);
    void failed(const temaplan::Error &error);
    // The list's count changed (countText).
    void countChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void readLibrary();
    void readListIfStale();
    void showCurrent();
    void showCaseWritten(const Id &caseId);
    void showResult(const QString &query, int hitCount);
    void showFacets(const CaseFacets &facets);
    void showCount(int total, bool exact);
    void updateActions();
    void mergeSelected();
    void fillDuplicates();
    void exportList(bool pdf);
    QList<Id> selectedCases() const;

    LibrarySession *m_session;
    CaseListModel *m_model;
    QLineEdit *m_search;
    QLabel *m_resultLine;
    QTableView *m_table;
    CaseFacetPanel *m_facets;
    CaseSavedSearches *m_saved;
    QAction *m_saveSearch;
    CaseDetailView *m_detail;
    CaseSearchController *m_controller;
    QUndoStack *m_undo;
    QAction *m_mergeSelected;
    QAction *m_exportCsv;
    QAction *m_exportPdf;
    QMenu *m_duplicates;
    FileChooser m_chooseFile;
    // The library the undo history belongs to, by address and file.
    const void *m_undoLibrary = nullptr;
    QString m_undoLocation;
    Id m_keep; // the case to show again after a reload
    bool m_listStale = false; // reloaded while out of sight: the list is read when shown
    // The count shown, whether it is exact (or a page of more), and the library's own
    // count (-1: to be read again, after a reload or a merge).
    int m_shownCount = -1;
    bool m_shownExact = false;
    bool m_shownNarrowed = false;
    mutable int m_libraryCount = -1;
};

} // namespace temaplan::app
