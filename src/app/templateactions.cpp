#include "templateactions.h"

#include "errormessage.h"
#include "eventactions.h"
#include "eventcommand.h"
#include "librarysession.h"
#include "templatedialogs.h"

#include "store/library.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

TemplateActions::TemplateActions(LibrarySession *session, Current current, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_current(std::move(current))
    , m_save(new QAction(tr("&Gem program som skabelon…"), this))
    , m_newEvent(new QAction(tr("Nyt arrangement fra skabe&lon…"), this))
    , m_manage(new QAction(tr("Skabelone&r…"), this))
{
    m_save->setObjectName(u"saveAsTemplate"_s);
    m_save->setToolTip(tr("Gem det viste program med tider, talere og cases som en skabelon til "
                          "nye arrangementer"));
    m_newEvent->setObjectName(u"newEventFromTemplate"_s);
    m_newEvent->setToolTip(tr("Opret et nyt arrangement med programmet fra en skabelon"));
    m_manage->setObjectName(u"manageTemplates"_s);
    m_manage->setToolTip(tr("Omdøb skabeloner, ret deres programmer eller slet dem"));

    m_askName = [](const QString &title, const QString &suggestion) -> std::optional<QString> {
        bool ok = false;
        const QString name =
            QInputDialog::getText(QApplication::activeWindow(), title, tr("Skabelonens navn:"),
                                  QLineEdit::Normal, suggestion, &ok);
        if (!ok)
            return std::nullopt;
        return name;
    };
    m_askUse = [](const QList<AgendaTemplate> &all) -> std::optional<Use> {
        TemplateChoiceDialog dialog(all, QApplication::activeWindow());
        if (dialog.exec() != QDialog::Accepted || dialog.chosenId().isNull())
            return std::nullopt;
        return Use{dialog.chosenId(), dialog.keep()};
    };
    m_askAgenda = [this](const AgendaTemplate &source) -> std::optional<AgendaTemplate> {
        Library *library = m_session->library();
        if (!library)
            return std::nullopt;
        TemplateAgendaDialog dialog(source, *library, QApplication::activeWindow());
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.edited();
    };

    connect(m_save, &QAction::triggered, this, &TemplateActions::save);
    connect(m_newEvent, &QAction::triggered, this, &TemplateActions::newEvent);
    connect(m_manage, &QAction::triggered, this, &TemplateActions::manage);
    connect(m_session, &LibrarySession::recordsWritten, this, [this] {
        updateActions();
        Q_EMIT templatesChanged();
    });
    connect(m_session, &LibrarySession::libraryChanged, this, &TemplateActions::templatesChanged);
    updateActions();
}

void TemplateActions::updateActions()
{
    const bool writable = m_session->hasLibrary() && !m_session->isReadOnly();
    const auto occurrence = writable ? currentOccurrence() : std::nullopt;
    m_save->setEnabled(occurrence && !occurrence->agenda.isEmpty());
    m_newEvent->setEnabled(writable);
    m_manage->setEnabled(writable);
}

std::optional<Occurrence> TemplateActions::currentOccurrence() const
{
    Library *library = m_session->library();
    const auto [eventId, occurrenceId] = m_current();
    if (!library || eventId.isNull())
        return std::nullopt;
    const auto event = library->events().get(eventId);
    if (!event)
        return std::nullopt;
    for (const Occurrence &o : event->occurrences)
        if (o.id == occurrenceId)
            return o;
    return std::nullopt;
}

QList<AgendaTemplate> TemplateActions::allTemplates() const
{
    Library *library = m_session->library();
    if (!library)
        return {};
    auto all = library->templates().all();
    return all ? *all : QList<AgendaTemplate>{};
}

namespace {

std::optional<AgendaTemplate> named(const QList<AgendaTemplate> &all, const QString &name)
{
    for (const AgendaTemplate &t : all)
        if (t.name.compare(name, Qt::CaseInsensitive) == 0)
            return t;
    return std::nullopt;
}

std::optional<AgendaTemplate> withId(const QList<AgendaTemplate> &all, const Id &id)
{
    for (const AgendaTemplate &t : all)
        if (t.id == id)
            return t;
    return std::nullopt;
}

} // namespace

bool TemplateActions::saveAsTemplate(const QString &name)
{
    const auto occurrence = currentOccurrence();
    const QString trimmed = name.trimmed();
    if (!occurrence || trimmed.isEmpty())
        return false;
    AgendaTemplate made = templates::fromOccurrence(*occurrence, trimmed);
    const auto existing = named(allTemplates(), trimmed);
    if (existing)
        made.id = existing->id;
    return pushTemplateChange(existing, made, tr("Gem skabelon «%1»").arg(trimmed));
}

bool TemplateActions::pushTemplateChange(const std::optional<AgendaTemplate> &before,
                                         const std::optional<AgendaTemplate> &after,
                                         const QString &text)
{
    RecordChanges changes;
    changes.templates = {{before, after}};
    auto *command = new EventCommand(m_session, std::nullopt, std::nullopt, text);
    command->setRecordChanges(changes);
    return m_session->push(command);
}

bool TemplateActions::createFromTemplate(const Id &templateId, templates::Keep keep)
{
    Library *library = m_session->library();
    if (!library)
        return false;
    const auto source = withId(allTemplates(), templateId);
    if (!source)
        return false;
    Event event = templates::eventFrom(*source, keep, source->name);
    // The network's letterhead, as on every new event.
    event.organiserIds = EventActions::newEvent(*library, {}).organiserIds;
    if (!m_session->push(new EventCommand(m_session, std::nullopt, event,
                                          tr("Nyt arrangement fra «%1»").arg(source->name),
                                          {event.occurrences.first().id, -1})))
        return false;
    Q_EMIT eventCreated(event.id);
    return true;
}

bool TemplateActions::renameTemplate(const Id &templateId, const QString &name)
{
    const QList<AgendaTemplate> all = allTemplates();
    const auto before = withId(all, templateId);
    const QString trimmed = name.trimmed();
    if (!before || trimmed.isEmpty() || trimmed == before->name)
        return false;
    if (const auto other = named(all, trimmed); other && other->id != templateId) {
        showError(
            QApplication::activeWindow(), tr("Skabelonen blev ikke omdøbt"),
            Error::make(Error::Code::Invalid,
                        tr("Der findes allerede en skabelon med navnet «%1».").arg(other->name)));
        return false;
    }
    AgendaTemplate after = *before;
    after.name = trimmed;
    return pushTemplateChange(before, after, tr("Omdøb skabelon «%1»").arg(before->name));
}

bool TemplateActions::deleteTemplate(const Id &templateId)
{
    const auto before = withId(allTemplates(), templateId);
    if (!before)
        return false;
    return pushTemplateChange(before, std::nullopt, tr("Slet skabelon «%1»").arg(before->name));
}

bool TemplateActions::setTemplateAgenda(const Id &templateId, const AgendaTemplate &edited)
{
    const auto before = withId(allTemplates(), templateId);
    if (!before)
        return false;
    AgendaTemplate after = *before;
    after.start = edited.start;
    after.end = edited.end;
    after.agenda = edited.agenda;
    if (after == *before)
        return false;
    return pushTemplateChange(before, after, tr("Ret program i skabelon «%1»").arg(before->name));
}

bool TemplateActions::askEditAgenda(const Id &templateId)
{
    const auto current = withId(allTemplates(), templateId);
    if (!current || m_session->isReadOnly())
        return false;
    const auto edited = m_askAgenda(*current);
    return edited && setTemplateAgenda(templateId, *edited);
}

bool TemplateActions::askRename(const Id &templateId)
{
    const auto current = withId(allTemplates(), templateId);
    if (!current)
        return false;
    const auto name = m_askName(tr("Omdøb skabelon"), current->name);
    return name && renameTemplate(templateId, *name);
}

void TemplateActions::save()
{
    Library *library = m_session->library();
    QString suggestion;
    if (library)
        if (const auto event = library->events().get(m_current().first))
            suggestion = event->title;
    if (const auto name = m_askName(tr("Gem program som skabelon"), suggestion))
        (void)saveAsTemplate(*name);
}

void TemplateActions::newEvent()
{
    const QList<AgendaTemplate> all = allTemplates();
    if (all.isEmpty()) {
        showError(QApplication::activeWindow(), tr("Ingen skabeloner"),
                  Error::make(Error::Code::NotFound, tr("Biblioteket har ingen skabeloner endnu. "
                                                        "Vælg et arrangement og «Gem program som "
                                                        "skabelon…» først.")));
        return;
    }
    if (const auto use = m_askUse(all))
        (void)createFromTemplate(use->templateId, use->keep);
}

void TemplateActions::manage()
{
    TemplatesDialog dialog(this, QApplication::activeWindow());
    dialog.exec();
}

} // namespace temaplan::app
