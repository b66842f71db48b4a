#include "casesview.h"

#include "casedetailview.h"
#include "caseexport.h"
#include "casefacetpanel.h"
#include "caseform.h"
#include "casehighlightdelegate.h"
#include "caselistmodel.h"
#include "casemergecommand.h"
#include "casesavedsearches.h"
#include "casesearchcontroller.h"
#include "librarysession.h"
#include "quiettext.h"

#include "store/library.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

namespace {

QToolButton *toolButton(QWidget *parent, QAction *action)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    return button;
}

} // namespace

CasesView::CasesView(LibrarySession *session, QWidget *parent)
    : CasesView(session, nullptr, parent)
{}

CasesView::CasesView(LibrarySession *session, CaseSavedSearches *saved, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new CaseListModel(this))
    , m_search(new QLineEdit(this))
    , m_resultLine(new QLabel(this))
    , m_table(new QTableView(this))
    , m_facets(new CaseFacetPanel(this))
    , m_saved(saved ? saved : new CaseSavedSearches([session] { return session->library(); }, this))
    , m_saveSearch(new QAction(tr("Gem søgning …"), this))
    , m_detail(new CaseDetailView(session, this))
    , m_controller(new CaseSearchController(
          m_search, m_model, [session] { return session->library(); }, this))
    , m_undo(new QUndoStack(this))
    , m_mergeSelected(new QAction(tr("Flet valgte"), this))
    , m_exportCsv(new QAction(tr("Som CSV (regneark) …"), this))
    , m_exportPdf(new QAction(tr("Som PDF …"), this))
    , m_duplicates(new QMenu(this))
{
    m_search->setObjectName(u"caseSearch"_s);
    m_search->setPlaceholderText(tr("Søg i cases: kommune, titel, tema … (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_resultLine->setObjectName(u"caseResultLine"_s);
    makeQuiet(m_resultLine);

    m_table->setObjectName(u"caseTable"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(CaseListModel::TitleColumn, new CaseHighlightDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Two rows chosen together can be merged.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Uniform rows: the view need not measure 50 000 of them to size its scroll bar.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(CaseListModel::TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CaseListModel::PeriodColumn,
                                                      QHeaderView::ResizeToContents);
    // No column sorted: hits keep the search's best-first order until the user sorts;
    // a sort is the library's (the model asks for the list again), not of a page.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSectionsClickable(true);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_model,
            [this](int column, Qt::SortOrder order) { m_model->sort(column, order); });

    m_undo->setUndoLimit(50);
    // Two histories meet in this room: the window's (every edit: a case's fields, links
    // and documents) and the room's merges. A merge clears the window's history, so the
    // window's steps are always the newer: Fortryd and Gentag here take the window's step
    // while there is one, and a merge only when there is none. Ctrl+Z likewise belongs
    // to the Rediger menu while the window's history has a step, and to this room's
    // action only for a merge: two enabled actions holding the same key would be
    // ambiguous, and Qt would run neither. Own actions rather than createUndoAction's,
    // whose text grows with the step's name ("Fortryd flet «…» ind i «…»"); the name is
    // in the tooltip instead.
    QUndoStack *history = session->undoStack();
    auto *undo = new QAction(tr("Fortryd"), this);
    auto *redo = new QAction(tr("Gentag"), this);
    connect(undo, &QAction::triggered, this, [this, history] {
        if (history->canUndo())
            history->undo();
        else
            m_undo->undo();
    });
    connect(redo, &QAction::triggered, this, [this, history] {
        if (history->canRedo())
            history->redo();
        else
            m_undo->redo();
    });
    // The keys of the Rediger menu's Fortryd and Gendan.
    const QList<QKeySequence> undoKeys = QKeySequence::keyBindings(QKeySequence::Undo);
    const QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                                       QKeySequence(Qt::CTRL | Qt::Key_Y)};
    auto syncUndo = [this, undo, redo, history, undoKeys, redoKeys] {
        const bool windowUndo = history->canUndo();
        const bool windowRedo = history->canRedo();
        undo->setEnabled(windowUndo || m_undo->canUndo());
        redo->setEnabled(windowRedo || m_undo->canRedo());
        const QString undoText = windowUndo ? history->undoText() : m_undo->undoText();
        const QString redoText = windowRedo ? history->redoText() : m_undo->redoText();
        undo->setToolTip(undo->isEnabled() ? tr("Fortryd: %1").arg(undoText) : QString());
        redo->setToolTip(redo->isEnabled() ? tr("Gentag: %1").arg(redoText) : QString());
        undo->setShortcuts(windowUndo ? QList<QKeySequence>{} : undoKeys);
        redo->setShortcuts(windowRedo ? QList<QKeySequence>{} : redoKeys);
    };
    // A merge undone and then an edit (a case's title corrected): redoing the merge would
    // write the cases as they were when it was planned, over the edit, and clear the
    // history that could bring it back. As anywhere, a new step ends what could be redone.
    connect(history, &QUndoStack::indexChanged, this, [this, history] {
        if (history->canUndo() && m_undo->canRedo()) {
            // Pushing drops the steps above the index; an obsolete step is not kept.
            auto *end = new QUndoCommand;
            end->setObsolete(true);
            m_undo->push(end);
        }
    });
    for (QUndoStack *stack : {m_undo, history}) {
        connect(stack, &QUndoStack::indexChanged, this, syncUndo);
        connect(stack, &QUndoStack::cleanChanged, this, syncUndo);
    }
    syncUndo();
    for (QAction *a : {undo, redo}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    undo->setObjectName(u"caseUndo"_s);
    redo->setObjectName(u"caseRedo"_s);

    m_mergeSelected->setObjectName(u"mergeSelectedCases"_s);
    m_mergeSelected->setToolTip(tr("Flet de to valgte cases til én: den viste beholdes, og hvor den anden "
                                   "er præsenteret, peger nu på den"));
    auto *duplicates = new QAction(tr("Dubletter"), this);
    duplicates->setMenu(m_duplicates);
    duplicates->setToolTip(tr("Cases med samme titel og ejer"));
    m_duplicates->setObjectName(u"caseDuplicates"_s);
    auto *exporting = new QAction(tr("Eksportér"), this);
    exporting->setToolTip(tr("Eksportér listen, som den vises"));
    auto *exportMenu = new QMenu(this);
    exportMenu->addAction(m_exportCsv);
    exportMenu->addAction(m_exportPdf);
    exporting->setMenu(exportMenu);
    m_exportCsv->setObjectName(u"exportCasesCsv"_s);
    m_exportPdf->setObjectName(u"exportCasesPdf"_s);

    // The result line shares its line with the buttons; its text grows with what is
    // typed, so it may be cut rather than widen the window.
    auto *tools = new QHBoxLayout;
    tools->setContentsMargins(0, 0, 0, 0);
    tools->setSpacing(2);
    tools->addWidget(m_resultLine, 1);
    // Gentag has its shortcut only (Ctrl+Shift+Z): the line has room for one of the two.
    for (QAction *a : {m_mergeSelected, duplicates, exporting, undo}) {
        QToolButton *b = toolButton(this, a);
        if (a->menu())
            b->setPopupMode(QToolButton::InstantPopup);
        tools->addWidget(b);
    }
    m_resultLine->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_search);
    listLayout->addLayout(tools);
    listLayout->addWidget(m_table);

    m_saveSearch->setObjectName(u"saveCaseSearch"_s);
    m_saveSearch->setToolTip(tr("Gem søgeteksten og de valgte filtre under et navn"));
    auto *filterSide = new QWidget(this);
    auto *filterLayout = new QVBoxLayout(filterSide);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    filterLayout->addWidget(m_saved);
    filterLayout->addWidget(toolButton(filterSide, m_saveSearch), 0, Qt::AlignLeft);
    filterLayout->addWidget(m_facets, 1);
    filterSide->setMinimumWidth(200);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(filterSide);
    splitter->addWidget(listSide);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({230, 600, 380});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_chooseFile = [this](const QString &suggested, const QString &filter) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(this, tr("Eksportér cases"), folder + u'/' + suggested, filter);
    };

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CasesView::showCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CasesView::updateActions);
    connect(m_controller, &CaseSearchController::searched, this, &CasesView::showResult);
    connect(m_controller, &CaseSearchController::facetsCounted, this, &CasesView::showFacets);
    connect(m_controller, &CaseSearchController::facetsPartlyCounted, this,
            [this](const CaseFacets &facets, int counted) {
                m_facets->setFacets(facets, m_controller->filter(), counted);
                showCount(facets.total, true);
            });
    connect(m_controller, &CaseSearchController::countingChanged, m_facets,
            &CaseFacetPanel::setCounting);
    // An edit of an event may link or unlink a case (the theme group facet): counted anew.
    connect(m_session, &LibrarySession::eventWritten, this, [this] {
        m_controller->forgetCounts();
        if (m_controller->filter().themeGroupIds.isEmpty())
            m_controller->countFacets();
        else
            m_controller->refresh();
    });
    connect(m_controller, &CaseSearchController::failed, this, &CasesView::failed);
    connect(m_facets, &CaseFacetPanel::chosenChanged, m_controller, &CaseSearchController::setChosen);
    connect(m_detail, &CaseDetailView::eventRequested, this, &CasesView::eventRequested);
    connect(m_detail, &CaseDetailView::failed, this, &CasesView::failed);
    connect(m_mergeSelected, &QAction::triggered, this, &CasesView::mergeSelected);
    connect(m_saveSearch, &QAction::triggered, this, [this] { m_saved->save(m_controller->filter()); });
    connect(m_saved, &CaseSavedSearches::chosen, this, &CasesView::applyFilter);
    // The window shows the failures of its own saved searches, built or not.
    if (!saved)
        connect(m_saved, &CaseSavedSearches::failed, this, &CasesView::failed);
    connect(m_duplicates, &QMenu::aboutToShow, this, &CasesView::fillDuplicates);
    connect(m_exportCsv, &QAction::triggered, this, [this] { exportList(false); });
    connect(m_exportPdf, &QAction::triggered, this, [this] { exportList(true); });
    // A case made on the spot in a programme, or taken back by Fortryd, is listed at once.
    connect(m_session, &LibrarySession::recordsWritten, this, &CasesView::reload);
    // A case corrected in its form (or the correction undone) shows in its row at once.
    connect(m_session, &LibrarySession::recordWritten, this, [this](RecordKind kind, const Id &id) {
        if (kind == RecordKind::Case)
            showCaseWritten(id);
    });
    updateActions();
}

// The undo stack is a child: ~QWidget deletes it after this destructor has run, and
// a stack with steps emits indexChanged as it clears, which would reach this half-gone
// view (found under UBSan).
CasesView::~CasesView()
{
    m_undo->disconnect(this);
}

void CasesView::reload()
{
    readLibrary();
    m_saved->setLibraryPath(m_session->path());
}

void CasesView::showLibrary()
{
    readLibrary();
}

void CasesView::readLibrary()
{
    // Another library's undo history cannot be undone here.
    Library *library = m_session->library();
    const QString location = library ? library->location() : QString();
    if (library != m_undoLibrary || location != m_undoLocation) {
        m_undo->clear();
        m_detail->form()->forgetKnownThemes();
        m_undoLibrary = library;
        m_undoLocation = location;
    }
    // The records may have changed (an import, a merge) or be another library's: read
    // anew, keeping the shown case when it is still there.
    m_keep = m_detail->caseId();
    m_detail->clear();
    m_controller->forgetCounts();
    m_libraryCount = -1;
    // The list and its counts (a second connection, a thread counting every case) wait
    // until the room is seen: the window starts on the events.
    m_listStale = !isVisible();
    if (!m_listStale)
        m_controller->refresh();
    updateActions();
}

void CasesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    readListIfStale();
}

void CasesView::readListIfStale()
{
    if (std::exchange(m_listStale, false))
        m_controller->refresh();
}

void CasesView::applyFilter(const CaseFilter &filter)
{
    m_search->setText(filter.text);
    m_facets->setChosen(filter);
    m_controller->setChosen(filter); // lists at once: no pause to wait for
}

void CasesView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool CasesView::selectCase(const Id &caseId)
{
    readListIfStale();
    int row = m_model->rowOf(caseId);
    if (row < 0 && (!m_search->text().isEmpty() || m_controller->filter().hasFacets())) {
        // The case is not among the hits: list all cases so it can be shown in its place.
        m_search->clear();
        m_facets->setChosen({});
        m_controller->clearChosen();
    }
    if (row < 0)
        row = m_model->loadUntil(caseId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, CaseListModel::TitleColumn);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    showCurrent();
    return true;
}

void CasesView::showCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const Id id = m_model->row(current.row()).caseId;
    if (id != m_detail->caseId())
        m_detail->setCase(id);
}

void CasesView::showCount(int total, bool exact)
{
    const QString query = m_controller->lastQuery();
    const bool narrowed = !query.isEmpty() || m_controller->filter().hasFacets();
    m_shownCount = total;
    m_shownExact = exact;
    m_shownNarrowed = narrowed;
    if (exact && !narrowed)
        m_libraryCount = total;
    Q_EMIT countChanged();
    if (!exact)
        m_resultLine->setText(narrowed ? tr("Over %1 cases passer …").arg(total)
                                       : tr("Over %1 cases i biblioteket …").arg(total));
    else if (!narrowed)
        m_resultLine->setText(tr("%n case(s) i biblioteket", nullptr, total));
    else if (query.isEmpty())
        m_resultLine->setText(total == 0 ? tr("Ingen cases passer på filtrene")
                                         : tr("%n case(s) passer på filtrene", nullptr, total));
    else if (total == 0)
        m_resultLine->setText(tr("Ingen cases passer på «%1»").arg(query));
    else
        m_resultLine->setText(tr("%n case(s) passer på «%1»", nullptr, total).arg(query));
}

QString CasesView::countText() const
{
    if (m_shownCount < 0)
        return {};
    if (m_libraryCount < 0) {
        // Read once after a reload or a merge; the list's own count gives it while no
        // search narrows the list.
        const Library *library = m_session->library();
        const auto all = library ? library->countCases({}) : Result<int>(0);
        m_libraryCount = all ? *all : 0;
    }
    if (!m_shownNarrowed)
        return tr("%n case(s)", nullptr, m_libraryCount);
    return m_shownExact ? tr("%1 af %n case(s)", nullptr, m_libraryCount).arg(m_shownCount)
                        : tr("Over %1 af %n case(s)", nullptr, m_libraryCount).arg(m_shownCount);
}

void CasesView::showResult(const QString &, int hitCount)
{
    showCount(hitCount, m_model->isComplete());
    // Sized to the first page's owners, within bounds: the title keeps the room.
    m_table->resizeColumnToContents(CaseListModel::OwnerColumn);
    const int em = fontMetrics().horizontalAdvance(u'M');
    m_table->setColumnWidth(CaseListModel::OwnerColumn,
                            std::clamp(m_table->columnWidth(CaseListModel::OwnerColumn), 6 * em, 13 * em));
    // A case that is still among the hits stays shown; else the first hit is.
    const Id keep = m_keep.isNull() ? m_detail->caseId() : m_keep;
    m_keep = {};
    const int row = m_model->rowOf(keep);
    const int target = row >= 0 ? row : (m_model->rowCount() > 0 ? 0 : -1);
    if (target < 0) {
        m_detail->clear();
        updateActions();
        return;
    }
    const QModelIndex index = m_model->index(target, CaseListModel::TitleColumn);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    showCurrent();
    updateActions();
}

void CasesView::showCaseWritten(const Id &caseId)
{
    Library *library = m_session->library();
    if (!library)
        return;
    auto c = library->cases().get(caseId);
    if (!c)
        return; // removed: the list is read again with the library
    CaseRow row{c->id, c->title, {}, {}, c->startYear, c->endYear};
    if (!c->ownerId.isNull()) {
        if (auto owner = library->organisations().get(c->ownerId))
            row.owner = owner->name;
    }
    // As the library lists them (recordindex.cpp): trimmed, each once.
    for (const QString &theme : std::as_const(c->themes))
        if (const QString t = theme.trimmed(); !t.isEmpty() && !row.themes.contains(t))
            row.themes.append(t);
    // A title does not move a count; an owner, theme or year does.
    bool countsMoved = true;
    if (const int index = m_model->rowOf(caseId); index >= 0) {
        const CaseRow before = m_model->row(index);
        countsMoved = before.owner != row.owner || before.themes != row.themes ||
                      before.startYear != row.startYear;
        m_model->updateRow(row);
    }
    if (countsMoved) {
        m_controller->forgetCounts();
        m_controller->countFacets();
    }
    // Fortryd shows what it undoes: a correction of another case than the one shown.
    if (isVisible() && m_detail->caseId() != caseId)
        selectCase(caseId);
}

void CasesView::showFacets(const CaseFacets &facets)
{
    // The themes the library uses are offered as a case's themes are typed.
    QStringList themes;
    for (const FacetValue &v : facets.themes)
        themes.append(v.key);
    m_detail->form()->addKnownThemes(themes);
    m_facets->setFacets(facets, m_controller->filter());
    showCount(facets.total, true);
}

QList<Id> CasesView::selectedCases() const
{
    QList<Id> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows(CaseListModel::TitleColumn))
        ids.append(m_model->row(index.row()).caseId);
    return ids;
}

void CasesView::updateActions()
{
    const bool writable = m_session->library() && !m_session->library()->isReadOnly();
    m_mergeSelected->setEnabled(writable && selectedCases().size() == 2);
    m_duplicates->menuAction()->setEnabled(writable);
    m_exportCsv->setEnabled(m_session->library() != nullptr);
    m_exportPdf->setEnabled(m_session->library() != nullptr);
}

bool CasesView::mergeCases(const Id &keepId, const Id &removeId)
{
    Library *library = m_session->library();
    if (!library)
        return false;
    auto merge = planCaseMerge(*library, keepId, removeId);
    if (!merge) {
        Q_EMIT failed(merge.error());
        return false;
    }
    bool ok = true;
    auto *command = new CaseMergeCommand(m_session, std::move(merge).value(), [this, &ok](const Error &e) {
        ok = false;
        Q_EMIT failed(e);
    });
    m_keep = keepId;
    m_undo->push(command);
    if (ok)
        selectCase(keepId);
    return ok;
}

void CasesView::mergeSelected()
{
    const QList<Id> ids = selectedCases();
    if (ids.size() != 2)
        return;
    // The case on show is the one the user looked at: it stays.
    const Id keep = ids.contains(m_detail->caseId()) ? m_detail->caseId() : ids.first();
    mergeCases(keep, ids.first() == keep ? ids.last() : ids.first());
}

void CasesView::fillDuplicates()
{
    m_duplicates->clear();
    Library *library = m_session->library();
    if (!library)
        return;
    auto pairs = library->duplicateCases(25);
    if (!pairs) {
        Q_EMIT failed(pairs.error());
        return;
    }
    if (pairs->isEmpty()) {
        m_duplicates->addAction(tr("Ingen cases med samme titel og ejer"))->setEnabled(false);
        return;
    }
    for (const DuplicateCases &pair : *pairs) {
        const QString owner = pair.owner.isEmpty() ? tr("uden ejer") : pair.owner;
        QAction *a = m_duplicates->addAction(tr("Flet «%1» (%2)").arg(pair.title, owner));
        connect(a, &QAction::triggered, this, [this, pair] { mergeCases(pair.first, pair.second); });
    }
}

void CasesView::exportList(bool pdf)
{
    Library *library = m_session->library();
    if (!library)
        return;
    const QString suggested = pdf ? tr("cases.pdf") : tr("cases.csv");
    const QString path = m_chooseFile(suggested, pdf ? tr("PDF (*.pdf)") : tr("CSV-filer (*.csv)"));
    if (path.isEmpty())
        return;
    const CaseFilter filter = m_controller->filter();
    Status status;
    if (pdf) {
        const QString title = filter.text.isEmpty() ? tr("Cases") : tr("Cases: «%1»").arg(filter.text);
        status = writeCaseListPdf(*library, filter, title, path);
    } else {
        auto csv = caseListCsv(*library, filter);
        status = csv ? writeFileWhole(path, *csv) : Status(csv.error());
    }
    if (!status)
        Q_EMIT failed(status.error());
}

} // namespace temaplan::app
