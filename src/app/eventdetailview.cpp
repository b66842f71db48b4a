#include "eventdetailview.h"

#include "displaytext.h"
#include "eventform.h"
#include "librarysession.h"
#include "programmeactions.h"
#include "programmeeditor.h"
#include "quiettext.h"

#include "core/agendatext.h"
#include "render/programmehtml.h"
#include "store/librarylookups.h"

#include <QComboBox>
#include <QDate>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextFrame>
#include <QTextTable>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

namespace {

enum
{
    EmptyPage,
    EventPage
};
constexpr int CaseIdRole = Qt::UserRole;

int programmeYear()
{
    return QDate::currentDate().year();
}

// The web page's CSS gives the time column its width; Qt's rich text ignores that CSS
// and would run "10.00" into the title, so the agenda table gets it here.
void spaceTimeColumn(QTextDocument *document, bool hasTimes)
{
    for (QTextFrame *frame : document->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || table->columns() != 2)
            continue;
        QTextTableFormat format = table->format();
        format.setCellPadding(3);
        format.setColumnWidthConstraints({QTextLength(QTextLength::FixedLength, hasTimes ? 70 : 0),
                                          QTextLength(QTextLength::VariableLength, 0)});
        table->setFormat(format);
    }
}

} // namespace

EventDetailView::EventDetailView(LibrarySession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_actions(new ProgrammeActions(this))
    , m_stack(new QStackedWidget(this))
    , m_title(new QLabel(this))
    , m_kindLine(new QLabel(this))
    , m_occurrences(new QComboBox(this))
    , m_dateLine(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_programmePage(new QStackedWidget(this))
    , m_programme(new QTextBrowser(this))
    , m_cases(new QListWidget(this))
    , m_editor(new ProgrammeEditor(session, this))
    , m_formPage(new QScrollArea(this))
{
    auto *empty = new QLabel(tr("Vælg et arrangement i listen for at se dets program."), this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    makeQuiet(empty);

    QFont dateFont = m_dateLine->font();
    dateFont.setPointSizeF(dateFont.pointSizeF() * 1.1);
    m_dateLine->setFont(dateFont);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setObjectName(u"eventTitle"_s);
    makeQuiet(m_kindLine);
    m_kindLine->setWordWrap(true);
    m_dateLine->setObjectName(u"dateLine"_s);
    m_dateLine->setWordWrap(true);
    m_occurrences->setObjectName(u"occurrences"_s);
    m_occurrences->setToolTip(
        tr("Arrangementet holdes flere steder; vælg hvilket program du vil se"));
    m_occurrences->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addActions(m_actions->actions());

    m_programme->setObjectName(u"programmePreview"_s);
    m_programme->setOpenExternalLinks(true);
    m_programmePage->setObjectName(u"programmePage"_s);
    m_programmePage->addWidget(m_programme);
    m_cases->setObjectName(u"eventCases"_s);
    // The form is built when its tab is first chosen: the window opens on the programme.
    m_formPage->setWidgetResizable(true);
    m_formPage->setFrameShape(QFrame::NoFrame);
    m_tabs->setObjectName(u"eventTabs"_s);
    m_tabs->addTab(m_programmePage, tr("Program"));
    m_tabs->addTab(m_formPage, tr("Oplysninger"));
    m_tabs->addTab(m_cases, tr("Cases"));
    setProgrammeEditor(m_editor);

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_title);
    layout->addWidget(m_kindLine);
    auto *occurrenceRow = new QHBoxLayout;
    m_occurrenceLabel = new QLabel(tr("Vis programmet for:"), this);
    m_occurrenceLabel->setBuddy(m_occurrences);
    occurrenceRow->addWidget(m_occurrenceLabel);
    occurrenceRow->addWidget(m_occurrences);
    occurrenceRow->addStretch(1);
    layout->addLayout(occurrenceRow);
    layout->addWidget(m_dateLine);
    layout->addWidget(tools);
    layout->addWidget(m_tabs, 1);

    m_stack->addWidget(empty);
    m_stack->addWidget(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_occurrences, &QComboBox::activated, this, &EventDetailView::chooseOccurrence);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_formPage)
            eventForm();
    });
    connect(m_cases, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT caseRequested(item->data(CaseIdRole).value<Id>());
    });
    clear();
}

void EventDetailView::setProgrammeEditor(QWidget *editor)
{
    m_programmePage->addWidget(editor);
    m_programmePage->setCurrentWidget(editor);
    m_programme->clear();
}

void EventDetailView::clear()
{
    m_event = {};
    m_occurrenceId = {};
    m_actions->setInput(std::nullopt);
    m_programme->clear();
    m_cases->clear();
    if (m_form)
        m_form->clear();
    m_editor->clear();
    m_stack->setCurrentIndex(EmptyPage);
}

void EventDetailView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (m_form)
        m_form->setReadOnly(readOnly);
    m_editor->setReadOnly(readOnly);
}

EventForm *EventDetailView::eventForm()
{
    if (m_form)
        return m_form;
    m_form = new EventForm(m_session, m_formPage);
    m_form->setReadOnly(m_readOnly);
    if (m_event.id.isNull())
        m_form->clear();
    else
        m_form->showEvent(m_event, m_occurrenceId);
    m_formPage->setWidget(m_form);
    return m_form;
}

void EventDetailView::focusTitle()
{
    m_tabs->setCurrentWidget(m_formPage);
    eventForm()->focusTitle();
}

void EventDetailView::reload()
{
    if (m_event.id.isNull())
        return;
    setEvent(m_event.id, m_occurrenceId);
}

void EventDetailView::setEvent(const Id &eventId, const Id &occurrenceId, int focusRow)
{
    Library *library = m_session->library();
    if (!library || eventId.isNull()) {
        clear();
        return;
    }
    auto event = library->events().get(eventId);
    if (!event) {
        clear();
        Q_EMIT failed(event.error());
        return;
    }
    m_event = std::move(event).value();
    m_occurrenceId = occurrenceId;
    const bool known = std::any_of(m_event.occurrences.cbegin(), m_event.occurrences.cend(),
                                   [&](const Occurrence &o) { return o.id == occurrenceId; });
    if (!known)
        m_occurrenceId = m_event.occurrences.isEmpty() ? Id() : m_event.occurrences.first().id;

    m_title->setText(m_event.title);
    QStringList kind{eventKindName(m_event.kind)};
    if (!m_event.subtitle.isEmpty())
        kind << m_event.subtitle;
    m_kindLine->setText(kind.join(u" · "_s));

    const Lookups lookups = lookupsFor(*library);
    m_occurrences->clear();
    for (const Occurrence &o : std::as_const(m_event.occurrences))
        m_occurrences->addItem(programme::dateAndPlaceLine(o, lookups, programmeYear()), o.id);
    // With several occurrences the chooser names date and place; one line is enough.
    const bool several = m_event.occurrences.size() > 1;
    m_occurrences->setVisible(several);
    m_occurrenceLabel->setVisible(several);
    m_dateLine->setVisible(!several);
    m_stack->setCurrentIndex(EventPage);
    showOccurrence(focusRow);
    fillCases();
}

void EventDetailView::chooseOccurrence(int index)
{
    if (index < 0 || index >= m_event.occurrences.size())
        return;
    m_occurrenceId = m_event.occurrences.at(index).id;
    showOccurrence();
    Q_EMIT occurrenceChosen(m_event.id, m_occurrenceId);
}

void EventDetailView::showOccurrence(int focusRow)
{
    Library *library = m_session->library();
    if (!library)
        return;
    if (m_form)
        m_form->showEvent(m_event, m_occurrenceId);
    m_editor->showEvent(m_event, m_occurrenceId, focusRow);
    render::ProgrammeInput input{
        m_event, m_occurrenceId, lookupsFor(*library), programmeYear(), {}};
    const int index = m_occurrences->findData(m_occurrenceId);
    if (index >= 0)
        m_occurrences->setCurrentIndex(index);
    const QString dateLine =
        m_event.occurrences.isEmpty()
            ? QString()
            : programme::dateAndPlaceLine(input.occurrence(), input.lookups, programmeYear());
    // A new event has neither; an empty line would look like a gap in the window.
    m_dateLine->setText(dateLine.isEmpty() ? tr("Dato og sted er endnu ikke fastlagt.")
                                           : dateLine);
    // Under the agenda editor the HTML page is never seen: laying it out for nobody was
    // a twentieth of the window's start, and is paid again at every event shown.
    if (m_programmePage->currentWidget() == m_programme) {
        m_programme->setHtml(render::programmeHtml(input));
        const Agenda &agenda = input.occurrence().agenda;
        spaceTimeColumn(m_programme->document(),
                        std::any_of(agenda.cbegin(), agenda.cend(),
                                    [](const AgendaSlot &slot) { return slot.start.isValid(); }));
    }
    m_actions->setInput(std::move(input));
}

void EventDetailView::fillCases()
{
    m_cases->clear();
    auto cases = m_session->library()->casesOfEvent(m_event.id);
    if (!cases) {
        Q_EMIT failed(cases.error());
        return;
    }
    for (const Case &c : *cases) {
        auto *item = new QListWidgetItem(c.title, m_cases);
        item->setData(CaseIdRole, c.id);
    }
    m_tabs->setTabText(m_tabs->indexOf(m_cases), tr("Cases (%1)").arg(cases->size()));
}

} // namespace temaplan::app
