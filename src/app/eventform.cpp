#include "eventform.h"

#include "ui_eventform.h"

#include "displaytext.h"
#include "eventcommand.h"
#include "editor/formfields.h"
#include "librarysession.h"

#include "core/danishtext.h"

#include <QApplication>
#include <QDate>
#include <QLocale>
#include <QSignalBlocker>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

namespace {

const QList<EventKind> eventKinds{EventKind::ThemeMeeting, EventKind::ThemeDay,
                                  EventKind::Conference, EventKind::NetworkMeeting,
                                  EventKind::Other};

QString timeText(const QTime &time)
{
    return time.isValid() ? danish::formatTime(time) : QString();
}

} // namespace

EventForm::EventForm(LibrarySession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::EventForm>())
{
    m_ui->setupUi(this);
    setObjectName(u"eventForm"_s);
    for (EventKind kind : eventKinds)
        m_ui->eventKindCombo->addItem(eventKindName(kind), int(kind));
    // Month names in the window's language ("6. december", "6 December"), whatever the
    // system's.
    m_ui->dateEdit->setLocale(windowLocale());
    m_ui->dateEdit->setDate(QDate::currentDate());

    m_ui->eventFormMessage->setStyleSheet(u"color: #b00020"_s);
    m_ui->eventFormMessage->hide();
    connect(m_ui->eventTitleEdit, &QLineEdit::textEdited, this, &EventForm::editTitle);
    connect(m_ui->eventTitleEdit, &QLineEdit::editingFinished, this, &EventForm::leaveTitle);
    connect(m_ui->audienceEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        editEvent(tr("Ret målgruppe"), u"audience"_s, [&](Event &e) { e.audience = text; });
    });
    connect(m_ui->participantNoteEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_showing)
            return;
        const QString text = m_ui->participantNoteEdit->toPlainText();
        editEvent(tr("Ret note til deltagerne"), u"note"_s,
                  [&](Event &e) { e.participantNote = text; });
    });
    for (QLineEdit *edit : {m_ui->eventTitleEdit, m_ui->audienceEdit})
        connect(edit, &QLineEdit::editingFinished, this, &EventForm::endTyping);
    // A plain text edit has no editingFinished; leaving it ends the typing all the same.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *) {
        if (old == m_ui->participantNoteEdit)
            endTyping();
    });

    connect(m_ui->eventKindCombo, &QComboBox::activated, this, [this](int index) {
        const auto kind = EventKind(m_ui->eventKindCombo->itemData(index).toInt());
        editEvent(tr("Ret type"), {}, [&](Event &e) { e.kind = kind; });
    });
    connect(m_ui->themeGroupCombo, &QComboBox::activated, this, [this](int index) {
        const Id id = m_ui->themeGroupCombo->itemData(index).value<Id>();
        editEvent(tr("Ret temagruppe"), {}, [&](Event &e) { e.themeGroupId = id; });
    });
    connect(m_ui->seriesCombo, &QComboBox::activated, this, [this](int index) {
        const Id id = m_ui->seriesCombo->itemData(index).value<Id>();
        editEvent(tr("Ret møderække"), {}, [&](Event &e) { e.seriesId = id; });
    });
    connect(m_ui->venueCombo, &QComboBox::activated, this, [this](int index) {
        const Id id = m_ui->venueCombo->itemData(index).value<Id>();
        editOccurrence(tr("Ret mødested"), {}, [&](Occurrence &o) { o.venueId = id; });
    });

    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, [this] {
        if (!m_showing)
            commitDate();
    });
    connect(m_ui->dateEdit, &QDateEdit::editingFinished, this, &EventForm::endTyping);
    for (QCheckBox *box : {m_ui->hasDateCheck, m_ui->hasYearCheck})
        connect(box, &QCheckBox::clicked, this, [this] {
            endTyping();
            commitDate();
        });
    connect(m_ui->occurrenceStartEdit, &QLineEdit::editingFinished, this,
            [this] { commitTime(true); });
    connect(m_ui->occurrenceEndEdit, &QLineEdit::editingFinished, this,
            [this] { commitTime(false); });

    connect(m_session, &LibrarySession::libraryChanged, this, [this] { m_choicesStale = true; });
    // A theme group or series renamed in its room.
    connect(m_session, &LibrarySession::recordWritten, this, [this] { m_choicesStale = true; });
    clear();
}

EventForm::~EventForm() = default;

void EventForm::fillChoices()
{
    Library *library = m_session->library();
    if (!library || !m_choicesStale)
        return;
    m_choicesStale = false;
    const QSignalBlocker a(m_ui->themeGroupCombo), b(m_ui->seriesCombo), c(m_ui->venueCombo);
    m_ui->themeGroupCombo->clear();
    m_ui->themeGroupCombo->addItem(tr("(ingen temagruppe)"), QVariant::fromValue(Id()));
    if (auto groups = library->themeGroups().all()) {
        std::sort(groups->begin(), groups->end(), [](const auto &x, const auto &y) {
            return x.name.localeAwareCompare(y.name) < 0;
        });
        for (const ThemeGroup &g : *groups)
            m_ui->themeGroupCombo->addItem(g.name, QVariant::fromValue(g.id));
    }
    m_ui->seriesCombo->clear();
    m_ui->seriesCombo->addItem(tr("(ingen møderække)"), QVariant::fromValue(Id()));
    if (auto series = library->series().all())
        for (const EventSeries &s : *series)
            m_ui->seriesCombo->addItem(s.title, QVariant::fromValue(s.id));
    m_ui->venueCombo->clear();
    m_ui->venueCombo->addItem(tr("(intet mødested valgt)"), QVariant::fromValue(Id()));
    if (auto venues = library->venues().all()) {
        for (const Venue &v : *venues) {
            const QStringList parts{v.name, v.town};
            QStringList shown;
            for (const QString &p : parts)
                if (!p.isEmpty() && !shown.contains(p))
                    shown << p;
            m_ui->venueCombo->addItem(shown.join(u", "_s), QVariant::fromValue(v.id));
        }
    }
}

void EventForm::showEvent(const Event &event, const Id &occurrenceId)
{
    fillChoices();
    m_showing = true;
    if (!m_event || m_event->id != event.id || m_occurrenceId != occurrenceId)
        say({});
    m_event = event;
    m_occurrenceId = occurrenceId;
    const QSignalBlocker a(m_ui->eventKindCombo), b(m_ui->themeGroupCombo), c(m_ui->seriesCombo),
        d(m_ui->venueCombo), e(m_ui->dateEdit);
    showText(m_ui->eventTitleEdit, event.title);
    showText(m_ui->audienceEdit, event.audience);
    showText(m_ui->participantNoteEdit, event.participantNote);
    showChoice(m_ui->eventKindCombo, int(event.kind));
    showChoice(m_ui->themeGroupCombo, QVariant::fromValue(event.themeGroupId));
    showChoice(m_ui->seriesCombo, QVariant::fromValue(event.seriesId));

    const auto found = std::find_if(event.occurrences.cbegin(), event.occurrences.cend(),
                                    [&](const Occurrence &o) { return o.id == occurrenceId; });
    const bool hasOccurrence = found != event.occurrences.cend();
    m_ui->occurrenceGroup->setEnabled(hasOccurrence && !m_session->isReadOnly());
    if (hasOccurrence) {
        const Occurrence &o = *found;
        m_ui->hasDateCheck->setChecked(!o.date.isNull());
        m_ui->hasYearCheck->setChecked(o.date.hasYear());
        if (!o.date.isNull()) {
            // Without a year the edit still needs one to show the day; this one's.
            const int year = o.date.hasYear() ? o.date.year : QDate::currentDate().year();
            m_ui->dateEdit->setDate(QDate(year, o.date.month, o.date.day));
        }
        m_ui->dateEdit->setEnabled(!o.date.isNull());
        m_ui->hasYearCheck->setEnabled(!o.date.isNull());
        //: QDate display format of a date with and without its year
        m_ui->dateEdit->setDisplayFormat(o.date.hasYear() ? tr("d. MMMM yyyy") : tr("d. MMMM"));
        if (!m_ui->occurrenceStartEdit->hasFocus())
            showText(m_ui->occurrenceStartEdit, timeText(o.start));
        if (!m_ui->occurrenceEndEdit->hasFocus())
            showText(m_ui->occurrenceEndEdit, timeText(o.end));
        showChoice(m_ui->venueCombo, QVariant::fromValue(o.venueId));
    }
    m_showing = false;
}

void EventForm::focusTitle()
{
    m_ui->eventTitleEdit->setFocus(Qt::OtherFocusReason);
    m_ui->eventTitleEdit->selectAll();
}

QString EventForm::message() const
{
    return m_ui->eventFormMessage->isHidden() ? QString() : m_ui->eventFormMessage->text();
}

void EventForm::say(const QString &message)
{
    m_ui->eventFormMessage->setText(message);
    m_ui->eventFormMessage->setVisible(!message.isEmpty());
}

void EventForm::clear()
{
    m_event.reset();
    m_occurrenceId = {};
    say({});
}

void EventForm::setReadOnly(bool readOnly)
{
    m_ui->eventGroup->setEnabled(!readOnly);
    m_ui->occurrenceGroup->setEnabled(!readOnly);
}

void EventForm::commit(const Event &after, const QString &text, const QString &field)
{
    if (!m_event || after == *m_event)
        return;
    say({});
    const QString key = field.isEmpty() ? QString() : u"%1/%2"_s.arg(field).arg(m_typingRound);
    if (!m_session->push(
            new EventCommand(m_session, *m_event, after, text, {m_occurrenceId, -1}, key))) {
        // Not saved: show again what the file holds.
        const Event saved = *m_event;
        showEvent(saved, m_occurrenceId);
    }
}

void EventForm::editEvent(const QString &text, const QString &field,
                          const std::function<void(Event &)> &change)
{
    if (!m_event || m_showing)
        return;
    Event after = *m_event;
    change(after);
    commit(after, text, field);
}

void EventForm::editOccurrence(const QString &text, const QString &field,
                               const std::function<void(Occurrence &)> &change)
{
    editEvent(text, field, [&](Event &e) {
        for (Occurrence &o : e.occurrences)
            if (o.id == m_occurrenceId)
                change(o);
    });
}

void EventForm::commitDate()
{
    CalendarDate date;
    if (m_ui->hasDateCheck->isChecked()) {
        const QDate d = m_ui->dateEdit->date();
        date = m_ui->hasYearCheck->isChecked() ? CalendarDate::fromQDate(d)
                                               : CalendarDate::dayAndMonth(d.month(), d.day());
    }
    editOccurrence(tr("Ret dato"), u"date"_s, [&](Occurrence &o) { o.date = date; });
}

void EventForm::editTitle(const QString &text)
{
    // An event without a title would be a blank row in the list and on the programme:
    // nothing is written while the field is empty, and leaving it brings the saved title
    // back.
    if (text.trimmed().isEmpty()) {
        if (m_event)
            say(tr("Arrangementet skal have en titel; «%1» er gemt.").arg(m_event->title));
        return;
    }
    editEvent(tr("Ret titel"), u"title"_s, [&](Event &e) { e.title = text; });
}

void EventForm::leaveTitle()
{
    if (m_event && m_ui->eventTitleEdit->text().trimmed().isEmpty())
        showText(m_ui->eventTitleEdit, m_event->title);
}

void EventForm::commitTime(bool start)
{
    if (!m_event || m_showing)
        return;
    QLineEdit *edit = start ? m_ui->occurrenceStartEdit : m_ui->occurrenceEndEdit;
    const QString text = edit->text().trimmed();
    QTime time;
    if (!text.isEmpty()) {
        const auto parsed = danish::parseTime(text);
        if (!parsed) {
            // The text stays as typed, to be mended; nothing is written.
            say(tr("»%1« er ikke et klokkeslæt. Skriv fx 9.30 eller 14.45.").arg(text));
            edit->selectAll();
            return;
        }
        time = *parsed;
    }
    const auto shown = std::find_if(m_event->occurrences.cbegin(), m_event->occurrences.cend(),
                                    [&](const Occurrence &o) { return o.id == m_occurrenceId; });
    if (time.isValid() && shown != m_event->occurrences.cend()) {
        const QTime other = start ? shown->end : shown->start;
        if (other.isValid() && (start ? !(time < other) : !(other < time))) {
            say(start ? tr("Starttidspunktet skal ligge før sluttidspunktet kl. %1.")
                            .arg(danish::formatTime(other))
                      : tr("Sluttidspunktet skal ligge efter starttidspunktet kl. %1.")
                            .arg(danish::formatTime(other)));
            edit->selectAll();
            return;
        }
    }
    say({});
    editOccurrence(start ? tr("Ret starttidspunkt") : tr("Ret sluttidspunkt"), {},
                   [&](Occurrence &o) { (start ? o.start : o.end) = time; });
    showText(edit, timeText(time)); // "930" reads back as "9.30"
}

} // namespace temaplan::app
