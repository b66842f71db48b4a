#pragma once

#include "core/agendatemplates.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace temaplan::app {

class LibrarySession;

// The Program menu's agenda templates: "Gem program som skabelon…" keeps the shown
// occurrence's programme under a name, "Nyt arrangement fra skabelon…" starts an event
// from one (keeping or clearing speakers and cases; the times are always kept), and
// "Skabeloner…" renames them, edits their programmes and deletes them. Each is one step of the
// session's history, written to the library at once, as every other edit.
class TemplateActions final : public QObject
{
    Q_OBJECT

public:
    // The event and occurrence the window shows (null ids: none).
    using Current = std::function<std::pair<Id, Id>()>;
    // Which template, and what of it a new event keeps.
    struct Use
    {
        Id templateId;
        templates::Keep keep;
    };
    // The questions the actions ask, replaceable so that tests trigger the real actions.
    using AskName =
        std::function<std::optional<QString>(const QString &title, const QString &suggestion)>;
    using AskUse = std::function<std::optional<Use>(const QList<AgendaTemplate> &templates)>;
    // The template as the user edited it (TemplateAgendaDialog); nullopt: cancelled.
    using AskAgenda = std::function<std::optional<AgendaTemplate>(const AgendaTemplate &source)>;

    TemplateActions(LibrarySession *session, Current current, QObject *parent = nullptr);

    QAction *saveAction() const { return m_save; }
    QAction *newEventAction() const { return m_newEvent; }
    QAction *manageAction() const { return m_manage; }
    QList<QAction *> actions() const { return {m_save, m_newEvent, m_manage}; }
    void updateActions();

    void setAskName(AskName ask) { m_askName = std::move(ask); }
    void setAskUse(AskUse ask) { m_askUse = std::move(ask); }
    void setAskAgenda(AskAgenda ask) { m_askAgenda = std::move(ask); }

    // The edits behind the actions; false when nothing was written (the session has
    // shown why). A template of the same name is replaced, as a file saved again is.
    bool saveAsTemplate(const QString &name);
    bool createFromTemplate(const Id &templateId, templates::Keep keep);
    bool renameTemplate(const Id &templateId, const QString &name);
    bool deleteTemplate(const Id &templateId);
    // The template's day times and programme as `edited` has them, as one step.
    bool setTemplateAgenda(const Id &templateId, const AgendaTemplate &edited);

    // The library's templates by name; empty without a library.
    QList<AgendaTemplate> allTemplates() const;
    // Asks for a new name and renames; for the Skabeloner dialog.
    bool askRename(const Id &templateId);
    // Opens the template's programme in the agenda editor and writes what is saved there.
    bool askEditAgenda(const Id &templateId);

Q_SIGNALS:
    void eventCreated(const temaplan::Id &eventId);
    // The library's templates may have changed (a write, an undo, another library).
    void templatesChanged();

private:
    std::optional<Occurrence> currentOccurrence() const;
    // One step of the history that writes a template (or removes it: no `after`).
    bool pushTemplateChange(const std::optional<AgendaTemplate> &before,
                            const std::optional<AgendaTemplate> &after, const QString &text);
    void save();
    void newEvent();
    void manage();

    LibrarySession *m_session;
    Current m_current;
    QAction *m_save;
    QAction *m_newEvent;
    QAction *m_manage;
    AskName m_askName;
    AskUse m_askUse;
    AskAgenda m_askAgenda;
};

} // namespace temaplan::app
