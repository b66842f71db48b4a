#pragma once

#include "core/agendatemplates.h"

#include <QDialog>

class QCheckBox;
class QListWidget;
class QPushButton;

namespace temaplan {
class AgendaEditor;
class Library;
} // namespace temaplan

namespace temaplan::app {

class TemplateActions;

// "Nyt arrangement fra skabelon…": which template, and whether the new programme keeps
// its speakers and cases. The times are always kept, so the dialog does not ask.
class TemplateChoiceDialog final : public QDialog
{
    Q_OBJECT

public:
    TemplateChoiceDialog(const QList<AgendaTemplate> &templates, QWidget *parent = nullptr);

    Id chosenId() const;
    templates::Keep keep() const;

private:
    QList<AgendaTemplate> m_templates;
    QListWidget *m_list;
    QCheckBox *m_speakers;
    QCheckBox *m_cases;
};

// "Skabeloner…": the library's templates, each renamed, its programme edited or the
// template deleted as a step of the history; the list follows every write, Fortryd
// included.
class TemplatesDialog final : public QDialog
{
    Q_OBJECT

public:
    TemplatesDialog(TemplateActions *actions, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

private:
    void fill();
    Id selectedId() const;

    TemplateActions *m_actions;
    QListWidget *m_list;
    QPushButton *m_rename;
    QPushButton *m_editAgenda;
    QPushButton *m_delete;
};

// "Rediger program…" in Skabeloner…: the template's programme in the agenda editor the
// events use, with its times, kinds, speakers and cases. The edits stay in the dialog
// (its own Fortryd and Gendan) until Gem, which writes them as one step of the
// window's history; Annuller forgets them. A person or case cannot be made on the spot
// here: the editor says so, as the editor on its own does.
class TemplateAgendaDialog final : public QDialog
{
    Q_OBJECT

public:
    // `library` gives the names shown and the people and cases offered; it must stay open
    // while the dialog is.
    TemplateAgendaDialog(const AgendaTemplate &source, Library &library, QWidget *parent = nullptr);

    AgendaEditor *editor() const { return m_editor; }
    // The template with the day's times and the programme as edited.
    AgendaTemplate edited() const;

private:
    AgendaTemplate m_source;
    AgendaEditor *m_editor;
};

// "Formiddag  (6 programpunkter · 9.30–12.00)": what a list of templates shows.
QString templateSummary(const AgendaTemplate &t);

} // namespace temaplan::app
