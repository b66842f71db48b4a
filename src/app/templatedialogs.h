#pragma once

#include "core/agendatemplates.h"

#include <QDialog>

class QCheckBox;
class QListWidget;
class QPushButton;

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

// "Skabeloner…": the library's templates, each renamed or deleted as a step of the
// history; the list follows every write, Fortryd included.
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
    QPushButton *m_delete;
};

// "Formiddag  (6 programpunkter · 9.30–12.00)": what a list of templates shows.
QString templateSummary(const AgendaTemplate &t);

} // namespace temaplan::app
