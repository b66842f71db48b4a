#pragma once

#include "core/documentlink.h"

#include <QString>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace temaplan::app {

// A web address as a link keeps it: trimmed, "www.…" given https://, and only a whole
// http(s), ftp or mailto address accepted; nothing typed is no address (not known yet).
// nullopt, with `error` in Danish, when refused.
std::optional<QString> documentUrlFrom(const QString &typed, QString *error = nullptr);

// The links or documents of a record (a theme group's documents, a case's links):
// title and address in a table whose cells are edited where they stand (F2, a
// double-click), a line under it to add one, and Fjern, Op and Ned (also Delete,
// Alt+Up and Alt+Down in the table). Every change is signalled as the whole new list
// with the name of the step, for one undo step; an address that is not one is refused
// with a Danish message under the table, and nothing is signalled.
class DocumentLinksEdit final : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        UrlColumn
    };

    explicit DocumentLinksEdit(const QString &objectName, QWidget *parent = nullptr);

    // Shows the links as saved, keeping the chosen row (or the row a move went to).
    void setLinks(const DocumentLinks &links);
    DocumentLinks links() const { return m_links; }
    void setEditable(bool editable);

    // What the buttons and cells do; false when refused or nothing changed.
    bool addLink(const QString &title, const QString &url);
    bool editLink(int row, const QString &title, const QString &url);
    bool removeLink(int row);
    bool moveLink(int row, int delta);

    QTableWidget *table() const { return m_table; }
    QLineEdit *titleField() const { return m_title; }
    QLineEdit *urlField() const { return m_url; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }
    // The refusal of the last change, empty after a change that was accepted.
    QString message() const;

Q_SIGNALS:
    void linksEdited(const temaplan::DocumentLinks &links, const QString &text);

private:
    void cellEdited(int row, int column);
    void fillTable();
    void updateButtons();
    void refuse(const QString &message);
    void propose(const DocumentLinks &after, const QString &text, int rowAfter);
    void addTyped();

    DocumentLinks m_links;
    QTableWidget *m_table;
    QLineEdit *m_title;
    QLineEdit *m_url;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_open;
    QLabel *m_message;
    int m_rowAfter = -1;
    bool m_filling = false;
    bool m_editable = true;
};

} // namespace temaplan::app
