#include "recordroom.h"

#include "librarysession.h"
#include "recordcommand.h"
#include "recordform.h"
#include "recordlistmodel.h"

#include "core/danishtext.h"
#include "store/library.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

RecordRoom::RecordRoom(LibrarySession *session, RecordKind kind, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_kind(kind)
    , m_model(new RecordListModel(this))
    , m_proxy(new FoldedFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_detailHolder(new QStackedWidget(this))
    , m_detail(new QWidget(this))
    , m_nothing(new QLabel(this))
    , m_new(new QAction(this))
    , m_delete(new QAction(this))
{
    m_proxy->setSourceModel(m_model);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &RecordRoom::countChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RecordRoom::countChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RecordRoom::countChanged);
    m_filter->setObjectName(u"recordFilter"_s);
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        // Filtering away the shown record would leave the form speaking of a row the
        // list no longer has: show the first match instead.
        if (!m_table->currentIndex().isValid())
            selectRow(0);
    });

    m_table->setObjectName(u"recordTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(RecordListModel::TitleColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RecordListModel::DetailColumn,
                                                      QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(150);
    m_table->setTextElideMode(Qt::ElideRight);

    m_new->setObjectName(u"newRecord"_s);
    m_delete->setObjectName(u"deleteRecord"_s);
    connect(m_new, &QAction::triggered, this, &RecordRoom::createRecord);
    connect(m_delete, &QAction::triggered, this, &RecordRoom::deleteRecord);
    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_new, m_delete}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);

    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filter);
    listLayout->addWidget(m_table, 1);
    listLayout->addLayout(buttons);

    m_nothing->setAlignment(Qt::AlignCenter);
    m_nothing->setWordWrap(true);
    m_detailHolder->addWidget(m_nothing);
    auto *detailLayout = new QVBoxLayout(m_detail);
    detailLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"recordDetail"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_detail);
    m_detailHolder->addWidget(scroll);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(listSide);
    splitter->addWidget(m_detailHolder);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 900});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecordRoom::showCurrent);
    connect(m_session, &LibrarySession::recordWritten, this, &RecordRoom::written);
    // Names, slots and events shown here may have changed elsewhere: read again when seen.
    connect(m_session, &LibrarySession::eventWritten, this, [this] { m_stale = true; });
    connect(m_session, &LibrarySession::libraryChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            reload();
    });
}

void RecordRoom::setTexts(const QString &filterPlaceholder, const QString &titleHeader,
                          const QString &detailHeader, const QString &newText,
                          const QString &deleteText)
{
    m_filter->setPlaceholderText(filterPlaceholder);
    m_model->setHeaders(titleHeader, detailHeader);
    m_new->setText(newText);
    m_delete->setText(deleteText);
    m_delete->setToolTip(tr("Slet; Fortryd henter det tilbage. Det, som andre poster henviser "
                            "til, kan ikke slettes."));
    m_nothing->setText(
        tr("Intet valgt. Vælg i listen, eller opret med «%1».").arg(QString(newText).remove(u'&')));
}

void RecordRoom::setForm(RecordForm *form)
{
    m_form = form;
    auto *layout = static_cast<QVBoxLayout *>(m_detail->layout());
    layout->insertWidget(0, form);
}

LinkList *RecordRoom::addLinks(const QString &heading, const QString &objectName,
                               const QStringList &headers, const QString &emptyText)
{
    auto *links = new LinkList(objectName, headers, m_detail);
    links->setEmptyText(emptyText);
    connect(links, &LinkList::linkActivated, this, &RecordRoom::linkRequested);
    auto *layout = static_cast<QVBoxLayout *>(m_detail->layout());
    // Before the stretch that keeps the page at the top.
    layout->insertWidget(layout->count() - 1, new QLabel(heading, m_detail));
    layout->insertWidget(layout->count() - 1, links);
    m_links.append(links);
    return links;
}

void RecordRoom::clearRecord()
{
    if (m_form)
        m_form->clear();
    for (LinkList *links : std::as_const(m_links))
        links->clearLinks();
}

Status RecordRoom::listEvents(LinkList *links, Library &library, const EventQuery &query)
{
    auto events = library.findEvents(query);
    if (!events)
        return events.error();
    links->clearLinks();
    for (const EventSummary &e : std::as_const(*events)) {
        const QString date = e.date.isNull() ? tr("uden dato") : danish::formatDate(e.date, true);
        links->addLink({date, e.place, e.title}, {RecordKind::Event, e.eventId, e.occurrenceId});
    }
    links->finish();
    return {};
}

Id RecordRoom::currentId() const
{
    return m_shown;
}

void RecordRoom::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

QString RecordRoom::countText() const
{
    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    // Whole sentences for each kind: lupdate reads only literal texts with their %n.
    const bool whole = shown == all;
    switch (m_kind) {
    case RecordKind::Person:
        return whole ? tr("%n person(er)", nullptr, all)
                     : tr("%1 af %n person(er)", nullptr, all).arg(shown);
    case RecordKind::Organisation:
        return whole ? tr("%n organisation(er)", nullptr, all)
                     : tr("%1 af %n organisation(er)", nullptr, all).arg(shown);
    case RecordKind::ThemeGroup:
        return whole ? tr("%n temagruppe(r)", nullptr, all)
                     : tr("%1 af %n temagruppe(r)", nullptr, all).arg(shown);
    default:
        return whole ? tr("%n serie(r)", nullptr, all)
                     : tr("%1 af %n serie(r)", nullptr, all).arg(shown);
    }
}

void RecordRoom::readList()
{
    Library *library = m_session->library();
    if (!library) {
        m_model->setRows({});
        return;
    }
    // Everyone is read only by the rooms that list people: the people's own and the
    // organisations' (an organisation's people). The other forms search as one types.
    const bool listsPeople = m_kind == RecordKind::Person || m_kind == RecordKind::Organisation;
    auto organisations = library->organisations().all();
    auto people = listsPeople ? library->people().all() : Result<QList<Person>>(QList<Person>{});
    if (!organisations || !people) {
        Q_EMIT failed(!organisations ? organisations.error() : people.error());
        return;
    }
    m_organisations = std::move(organisations).value();
    m_people = std::move(people).value();
    auto rows = readRows(*library);
    if (!rows) {
        Q_EMIT failed(rows.error());
        return;
    }
    m_model->setRows(std::move(rows).value());
}

void RecordRoom::reload()
{
    m_stale = false;
    const Id shown = m_shown;
    m_quiet = true;
    readList();
    m_quiet = false;
    if (m_form)
        m_form->setEditable(m_session->hasLibrary() && !m_session->isReadOnly());
    m_shown = {};
    if (shown.isNull() || !selectRecord(shown))
        selectRow(0);
    updateActions();
}

void RecordRoom::written(RecordKind kind, const Id &id)
{
    if (kind != m_kind) {
        // A renamed organisation is shown beside its people, a case beside its contact:
        // read again now if in view, else when seen.
        m_stale = true;
        if (isVisible())
            reload();
        return;
    }
    const int rowBefore = m_table->currentIndex().row();
    m_quiet = true;
    readList();
    m_quiet = false;
    m_stale = false;
    m_shown = {};
    // Written (new, changed, undone): show it; gone (deleted, a new one undone): the
    // row where it was.
    if (!selectRecord(id))
        selectRow(std::max(0, std::min(rowBefore, m_proxy->rowCount() - 1)));
    updateActions();
}

bool RecordRoom::selectRecord(const Id &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // Hidden by the filter: the user asked for this record, so show it.
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_quiet = true;
    m_table->setCurrentIndex(index);
    m_quiet = false;
    m_table->scrollTo(index);
    showCurrent();
    return true;
}

void RecordRoom::selectRow(int proxyRow)
{
    if (proxyRow < 0 || proxyRow >= m_proxy->rowCount()) {
        m_table->setCurrentIndex({});
        showCurrent();
        return;
    }
    const QModelIndex index = m_proxy->index(proxyRow, 0);
    m_quiet = true;
    m_table->setCurrentIndex(index);
    m_quiet = false;
    m_table->scrollTo(index);
    showCurrent();
}

void RecordRoom::showCurrent()
{
    if (m_quiet)
        return;
    const QModelIndex current = m_table->currentIndex();
    Library *library = m_session->library();
    const Id id = current.isValid() ? current.data(RecordListModel::IdRole).value<Id>() : Id();
    Status shown;
    if (library && !id.isNull())
        shown = showRecord(*library, id);
    if (!library || id.isNull() || !shown) {
        m_shown = {};
        clearRecord();
        m_detailHolder->setCurrentIndex(0);
        if (!shown)
            Q_EMIT failed(shown.error());
    } else {
        m_shown = id;
        m_detailHolder->setCurrentIndex(1);
    }
    updateActions();
}

void RecordRoom::updateActions()
{
    const bool writable = m_session->hasLibrary() && !m_session->isReadOnly();
    m_new->setEnabled(writable);
    m_delete->setEnabled(writable && !m_shown.isNull());
}

void RecordRoom::createRecord()
{
    Library *library = m_session->library();
    if (!library || m_session->isReadOnly())
        return;
    m_filter->clear();
    if (m_session->push(creation()) && m_form)
        m_form->focusName();
}

void RecordRoom::deleteRecord()
{
    Library *library = m_session->library();
    if (!library || m_shown.isNull())
        return;
    // Refused by the library while another record refers to it; the message says which.
    if (RecordCommand *command = deletion(*library, m_shown))
        (void)m_session->push(command);
}

} // namespace temaplan::app
