#pragma once

#include "linklist.h"

#include "core/ids.h"
#include "core/references.h"
#include "core/result.h"
#include "store/summaries.h"

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace temaplan {
class Library;
}

namespace temaplan::app {

class FoldedFilterModel;
class LibrarySession;
class RecordCommand;
class RecordListModel;
struct RecordRow;

// The shape the rooms for people, organisations, theme groups and series share: a
// list with a filter field that searches as you type (Danish folding: "Århus" finds
// "Aarhus"), the chosen record's form and links beside it, and Ny/Slet. Every change
// is a command on the session's stack; the room shows what the library holds after
// each write, and reads again when it comes into view after other rooms wrote.
class RecordRoom : public QWidget
{
    Q_OBJECT

public:
    RecordRoom(LibrarySession *session, RecordKind kind, QWidget *parent = nullptr);

    RecordKind kind() const { return m_kind; }
    // Reads the list again, keeping the chosen record when it is still there.
    void reload();
    // Shows the record (clearing a filter that hides it); false when it is not listed.
    bool selectRecord(const Id &id);
    Id currentId() const;

    void createRecord();
    void deleteRecord();

    QLineEdit *filterField() const { return m_filter; }
    QTableView *table() const { return m_table; }
    RecordListModel *model() const { return m_model; }
    FoldedFilterModel *proxy() const { return m_proxy; }
    QAction *newAction() const { return m_new; }
    QAction *deleteAction() const { return m_delete; }

Q_SIGNALS:
    // A line of the record's links was opened: the window shows that record.
    void linkRequested(const temaplan::app::LinkTarget &target);
    void failed(const temaplan::Error &error);

protected:
    // For the subclass's constructor: the names of things, and the form with its links.
    void setTexts(const QString &filterPlaceholder, const QString &titleHeader,
                  const QString &detailHeader, const QString &newText, const QString &deleteText);
    void setDetail(QWidget *detail);
    // A link list under the form, opened through linkRequested.
    LinkList *addLinks(QWidget *parent, const QString &objectName, const QString &emptyText);

    // Fills `links` with the events the query finds, one line per date and place.
    static Status listEvents(LinkList *links, Library &library, const EventQuery &query);

    LibrarySession *session() const { return m_session; }

    virtual Result<QList<RecordRow>> readRows(Library &library) const = 0;
    // Shows the record in the form and its links; false when it could not be read.
    virtual Status showRecord(Library &library, const Id &id) = 0;
    virtual void clearRecord() = 0;
    virtual void setEditable(bool editable) = 0;
    // A new record ("Ny person") and the deletion of one, as commands; null: nothing to do.
    virtual RecordCommand *creation(Library &library) = 0;
    virtual RecordCommand *deletion(Library &library, const Id &id) = 0;
    // The name ready to be typed over (a new record).
    virtual void focusName() = 0;

    void showEvent(QShowEvent *event) override;

private:
    void showCurrent();
    void readList();
    void written(RecordKind kind, const Id &id);
    void selectRow(int proxyRow);
    void updateActions();

    LibrarySession *m_session;
    RecordKind m_kind;
    RecordListModel *m_model;
    FoldedFilterModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    QStackedWidget *m_detailHolder;
    QLabel *m_nothing;
    QAction *m_new;
    QAction *m_delete;
    Id m_shown;
    bool m_stale = true;
    bool m_quiet = false;
};

} // namespace temaplan::app
