#include "caseform.h"

#include "ui_caseform.h"

#include "editor/formfields.h"
#include "librarysession.h"
#include "recordchooser.h"
#include "recordediting.h"

#include "editor/searchline.h"
#include "editor/slotchoices.h"

#include "core/searchfolding.h"
#include "store/library.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFocusEvent>
#include <QRegularExpressionValidator>
#include <QStringListModel>

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

namespace {

constexpr int firstYear = 1900;
constexpr int lastYear = 2100;

// Completes the theme being typed, the one after the last comma, and keeps the ones
// before it.
class ThemeCompleter final : public QCompleter
{
public:
    using QCompleter::QCompleter;

    QStringList splitPath(const QString &path) const override
    {
        return {path.section(u',', -1).trimmed()};
    }

    QString pathFromIndex(const QModelIndex &index) const override
    {
        const QString chosen = QCompleter::pathFromIndex(index);
        const auto *edit = qobject_cast<const QLineEdit *>(widget());
        const QString typed = edit ? edit->text() : QString();
        const qsizetype comma = typed.lastIndexOf(u',');
        return comma < 0 ? chosen : typed.left(comma + 1) + u' ' + chosen;
    }
};

QStringList themesFrom(const QString &text)
{
    QStringList themes;
    for (const QString &part : text.split(u',')) {
        const QString theme = part.simplified();
        if (!theme.isEmpty() && !themes.contains(theme, Qt::CaseInsensitive))
            themes.append(theme);
    }
    return themes;
}

// A year as typed: 0 when the field is empty (not known), nothing when it is no year.
std::optional<int> yearFrom(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return 0;
    bool ok = false;
    const int year = t.toInt(&ok);
    if (!ok || year < firstYear || year > lastYear)
        return std::nullopt;
    return year;
}

QString yearText(int year)
{
    return year == 0 ? QString() : QString::number(year);
}

} // namespace

CaseForm::CaseForm(LibrarySession *session, QWidget *parent)
    : RecordForm(parent)
    , m_ui(std::make_unique<Ui::CaseForm>())
    , m_session(session)
    , m_editing(new RecordEditing<Case>(
          session, [this](const Case &c) { showCase(c, m_ownerName, m_contactText); }, this))
    , m_owner(nullptr)
    , m_contact(nullptr)
    , m_knownThemes(new QStringListModel(this))
{
    m_ui->setupUi(this);
    setObjectName(u"caseForm"_s);
    m_owner = makeOwnerChooser();
    m_contact = makeContactChooser();
    m_ui->caseLayout->setWidget(1, QFormLayout::FieldRole, m_owner);
    m_ui->ownerLabel->setBuddy(m_owner);
    m_ui->caseLayout->setWidget(4, QFormLayout::FieldRole, m_contact);
    m_ui->contactLabel->setBuddy(m_contact);
    setTabOrder(m_ui->titleEdit, m_owner);
    setTabOrder(m_owner, m_ui->startYearEdit);
    setTabOrder(m_ui->startYearEdit, m_ui->endYearEdit);
    setTabOrder(m_ui->endYearEdit, m_ui->themesEdit);
    setTabOrder(m_ui->themesEdit, m_contact);
    setTabOrder(m_contact, m_ui->summaryEdit);
    m_ui->endYearEdit->setAccessibleName(tr("Slutår"));
    m_ui->messageLabel->setObjectName(u"caseFormMessage"_s);
    m_ui->messageLabel->setStyleSheet(u"color: #b00020"_s);
    m_ui->messageLabel->hide();
    setParts(m_ui->titleEdit, {m_ui->titleEdit, m_owner, m_ui->startYearEdit, m_ui->endYearEdit,
                               m_ui->themesEdit, m_contact, m_ui->summaryEdit});

    // Digits only; whether they make a year is said when the field is left.
    static const QRegularExpression digits(u"\\d{0,4}"_s);
    for (QLineEdit *year : {m_ui->startYearEdit, m_ui->endYearEdit}) {
        year->setValidator(new QRegularExpressionValidator(digits, year));
        connect(year, &QLineEdit::editingFinished, this, &CaseForm::commitPeriod);
    }
    auto *themes = new ThemeCompleter(m_knownThemes, this);
    themes->setCaseSensitivity(Qt::CaseInsensitive);
    themes->setFilterMode(Qt::MatchContains);
    m_ui->themesEdit->setCompleter(themes);
    connect(m_ui->themesEdit, &QLineEdit::editingFinished, this, &CaseForm::commitThemes);

    connect(m_ui->titleEdit, &QLineEdit::textEdited, this, &CaseForm::titleEdited);
    connect(m_ui->titleEdit, &QLineEdit::editingFinished, this, &CaseForm::titleLeft);
    m_editing->bindText(m_ui->summaryEdit, tr("Ret resumé"), u"summary"_s,
                        [](Case &c, const QString &v) { c.summary = descriptionFromMarkup(v); });

    connect(m_owner, &RecordChooser::chosen, this, [this](const Id &id) {
        say({});
        m_editing->endTyping();
        m_editing->edit(tr("Ret ejer"), {}, [&](Case &c) { c.ownerId = id; });
    });
    connect(m_owner, &RecordChooser::refused, this, [this](const QString &text) {
        say(tr("Ingen organisation i biblioteket hedder «%1». Vælg en fra listen, eller tøm "
               "feltet, hvis casen ingen ejer har.")
                .arg(text));
    });
    connect(m_contact, &SearchLine::picked, this, &CaseForm::commitContact);
    connect(m_contact, &SearchLine::entered, this, &CaseForm::contactLeft);
    // Left for another field; not when the focus only went to its own list of matches
    // (editingFinished comes then too) or to another window, to come back to the typing.
    m_contact->installEventFilter(this);
    connect(m_owner, &RecordChooser::failed, this, &CaseForm::failed);

    // Organisations written elsewhere (their room, another library): the owner chooser
    // reads its list again when next used. The contact line asks the library each time.
    const auto forget = [this] { m_owner->forgetChoices(); };
    connect(session, &LibrarySession::libraryChanged, this, forget);
    connect(session, &LibrarySession::recordsWritten, this, forget);
    connect(session, &LibrarySession::recordWritten, this, [forget](RecordKind kind, const Id &) {
        if (kind == RecordKind::Organisation)
            forget();
    });
}

CaseForm::~CaseForm() = default;

RecordChooser *CaseForm::makeOwnerChooser()
{
    auto *chooser = new RecordChooser(
        tr("(ingen ejer)"),
        [this]() -> Result<QList<RecordChooser::Choice>> {
            Library *library = m_session->library();
            if (!library)
                return QList<RecordChooser::Choice>{};
            auto organisations = library->organisations().all();
            if (!organisations)
                return organisations.error();
            QList<std::pair<QString, RecordChooser::Choice>> keyed;
            keyed.reserve(organisations->size());
            for (const Organisation &o : std::as_const(*organisations))
                keyed.append({danishSortKey(o.name), {o.id, o.name}});
            std::sort(keyed.begin(), keyed.end(),
                      [](const auto &a, const auto &b) { return a.first < b.first; });
            QList<RecordChooser::Choice> choices;
            choices.reserve(keyed.size());
            for (const auto &k : std::as_const(keyed))
                choices.append(k.second);
            return choices;
        },
        this);
    chooser->setObjectName(u"caseOwner"_s);
    return chooser;
}

SearchLine *CaseForm::makeContactChooser()
{
    auto *line = new SearchLine(this);
    line->setObjectName(u"caseContact"_s);
    line->setPlaceholderText(tr("(ingen kontaktperson)"));
    line->setToolTip(tr("Skriv en del af navnet, og vælg personen på listen"));
    line->matches()->popup()->setObjectName(u"caseContactMatches"_s);
    line->setSearch(peopleMatches([this](const QString &text, int limit) {
        const Library *library = m_session->library();
        return library ? findPeopleNamed(*library, text, limit) : QList<Person>{};
    }));
    return line;
}

QString CaseForm::contactText(const QString &name, const QString &title)
{
    Person p;
    p.name = name;
    p.title = title;
    return personMatch(p).label;
}

void CaseForm::commitContact(const Id &id)
{
    const auto &shown = m_editing->record();
    if (!shown || shown->contactId == id)
        return;
    say({});
    m_editing->endTyping();
    m_editing->edit(tr("Ret kontaktperson"), {}, [&](Case &c) { c.contactId = id; });
}

bool CaseForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_contact && event->type() == QEvent::FocusOut
        && static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason
        && static_cast<QFocusEvent *>(event)->reason() != Qt::ActiveWindowFocusReason
        && !m_contact->matches()->popup()->isVisible())
        contactLeft();
    return RecordForm::eventFilter(watched, event);
}

void CaseForm::contactLeft()
{
    const auto &shown = m_editing->record();
    if (!shown)
        return;
    const QString typed = m_contact->typedText();
    if (typed.isEmpty()) {
        commitContact({});
        return;
    }
    const Id chosen = m_contact->chosenId();
    if (!chosen.isNull()) {
        commitContact(chosen);
        return;
    }
    say(tr("Ingen person i biblioteket hedder «%1». Vælg en fra listen, eller tøm feltet, "
           "hvis casen ingen kontaktperson har.")
            .arg(typed));
    m_contact->setChosen(shown->contactId, m_contactText);
}

void CaseForm::showCase(const Case &c, const QString &ownerName, const QString &contactText)
{
    const bool another = !m_editing->record() || m_editing->record()->id != c.id;
    if (another) {
        say({});
        m_periodRefused = false;
    }
    m_ownerName = ownerName;
    m_contactText = contactText;
    m_editing->show(c, [&] {
        showText(m_ui->titleEdit, c.title);
        m_owner->showChoice(c.ownerId, ownerName);
        // A period refused stays as typed until another case is shown.
        if (another || !m_periodRefused) {
            showText(m_ui->startYearEdit, yearText(c.startYear));
            showText(m_ui->endYearEdit, yearText(c.endYear));
        }
        if (themesFrom(m_ui->themesEdit->text()) != c.themes)
            showText(m_ui->themesEdit, c.themes.join(u", "_s));
        // Not over a name being typed; a saved contact renamed elsewhere shows anew.
        if (!m_contact->hasFocus() || m_contact->chosenId() == c.contactId)
            m_contact->setChosen(c.contactId, contactText);
        showDescription(m_ui->summaryEdit, c.summary);
    });
    addKnownThemes(c.themes);
}

void CaseForm::clear()
{
    m_editing->clear();
    say({});
}

void CaseForm::addKnownThemes(const QStringList &themes)
{
    QStringList known = m_knownThemes->stringList();
    const qsizetype before = known.size();
    for (const QString &t : themes)
        if (!known.contains(t))
            known.append(t);
    if (known.size() == before)
        return;
    std::sort(known.begin(), known.end(), [](const QString &a, const QString &b) {
        return danishSortKey(a) < danishSortKey(b);
    });
    m_knownThemes->setStringList(known);
}

void CaseForm::forgetKnownThemes()
{
    m_knownThemes->setStringList({});
}

QStringList CaseForm::knownThemes() const
{
    return m_knownThemes->stringList();
}

QString CaseForm::message() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

void CaseForm::say(const QString &message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

void CaseForm::titleEdited(const QString &text)
{
    const auto &saved = m_editing->record();
    if (!saved)
        return;
    // The library refuses a case without a title: nothing is written while it is empty.
    if (text.trimmed().isEmpty()) {
        say(tr("En case skal have en titel. Den gemte titel «%1» står tilbage, hvis feltet "
               "forlades tomt.")
                .arg(saved->title));
        return;
    }
    say({});
    m_editing->edit(tr("Ret titel"), u"title"_s, [&](Case &c) { c.title = text; });
}

void CaseForm::titleLeft()
{
    m_editing->endTyping();
    const auto &saved = m_editing->record();
    if (!saved || !m_ui->titleEdit->text().trimmed().isEmpty())
        return;
    const Case c = *saved;
    showText(m_ui->titleEdit, c.title);
    say(tr("En case skal have en titel, så «%1» er beholdt.").arg(c.title));
}

// Both years are read whichever field was left, so a period refused and then mended in
// the other field is written whole.
void CaseForm::commitPeriod()
{
    const auto &saved = m_editing->record();
    if (!saved)
        return;
    const QString startText = m_ui->startYearEdit->text().trimmed();
    const QString endText = m_ui->endYearEdit->text().trimmed();
    const std::optional<int> start = yearFrom(startText);
    const std::optional<int> end = yearFrom(endText);
    for (const auto &[year, text] : {std::pair{start, startText}, std::pair{end, endText}}) {
        if (!year) {
            m_periodRefused = true;
            say(tr("«%1» er ikke et årstal. Skriv fx 2024, eller lad feltet stå tomt, hvis "
                   "året ikke kendes.")
                    .arg(text));
            return;
        }
    }
    if (*start != 0 && *end != 0 && *end < *start) {
        m_periodRefused = true;
        say(tr("Slutåret %1 ligger før startåret %2. Ret et af dem; perioden er ikke gemt.")
                .arg(*end)
                .arg(*start));
        return;
    }
    m_periodRefused = false;
    say({});
    const bool startChanged = *start != saved->startYear;
    const bool endChanged = *end != saved->endYear;
    if (!startChanged && !endChanged)
        return;
    const QString text = startChanged && endChanged ? tr("Ret periode")
                         : startChanged             ? tr("Ret startår")
                                                    : tr("Ret slutår");
    m_editing->endTyping();
    m_editing->edit(text, {}, [&](Case &c) {
        c.startYear = *start;
        c.endYear = *end;
    });
}

void CaseForm::commitThemes()
{
    const auto &saved = m_editing->record();
    if (!saved)
        return;
    const QStringList themes = themesFrom(m_ui->themesEdit->text());
    m_editing->endTyping();
    if (themes != saved->themes)
        m_editing->edit(tr("Ret temaer"), {}, [&](Case &c) { c.themes = themes; });
    showText(m_ui->themesEdit, themes.join(u", "_s));
    addKnownThemes(themes);
}

} // namespace temaplan::app
