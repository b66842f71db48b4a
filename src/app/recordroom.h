#pragma once

#include "linklist.h"
#include "recordcommand.h"

#include "core/ids.h"
#include "core/organisation.h"
#include "core/person.h"
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

namespace temaplan::app {

class FoldedFilterModel;
class LibrarySession;
class RecordForm;
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
    // What the status bar says of the list: "12 personer", or "3 af 12 personer" while
    // the filter hides some.
    QString countText() const;

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
    // The records listed, or those the filter shows, changed in number (countText).
    void countChanged();

protected:
    // For the subclass's constructor: the names of things, the form, and under it the
    // lists of what the record links to, each opened through linkRequested.
    void setTexts(const QString &filterPlaceholder, const QString &titleHeader,
                  const QString &detailHeader, const QString &newText, const QString &deleteText);
    void setForm(RecordForm *form);
    LinkList *addLinks(const QString &heading, const QString &objectName,
                       const QStringList &headers, const QString &emptyText);

    // Every organisation, read with the list: the forms' choices; every person, in the
    // rooms that list people (people, organisations) and only there.
    const QList<Organisation> &organisations() const { return m_organisations; }
    const QList<Person> &people() const { return m_people; }

    // Fills `links` with the events the query finds, one line per date and place.
    static Status listEvents(LinkList *links, Library &library, const EventQuery &query);

    LibrarySession *session() const { return m_session; }

    virtual Result<QList<RecordRow>> readRows(Library &library) const = 0;
    // Shows the record in the form and its links; false when it could not be read.
    virtual Status showRecord(Library &library, const Id &id) = 0;
    // A new record ("Ny person") and the deletion of one, as commands; null: nothing to do.
    virtual RecordCommand *creation() = 0;
    virtual RecordCommand *deletion(Library &library, const Id &id) = 0;

    void showEvent(QShowEvent *event) override;

private:
    void showCurrent();
    void readList();
    void written(RecordKind kind, const Id &id);
    void selectRow(int proxyRow);
    void updateActions();
    void clearRecord();

    LibrarySession *m_session;
    RecordKind m_kind;
    RecordListModel *m_model;
    FoldedFilterModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    QStackedWidget *m_detailHolder;
    QWidget *m_detail;
    RecordForm *m_form = nullptr;
    QList<LinkList *> m_links;
    QList<Organisation> m_organisations;
    QList<Person> m_people;
    QLabel *m_nothing;
    QAction *m_new;
    QAction *m_delete;
    Id m_shown;
    bool m_stale = true;
    bool m_quiet = false;
};

// A room of one kind of record: what is made and deleted there is a RecordChange<T>.
template<class T> class RecordRoomOf : public RecordRoom
{
public:
    // `newTitle` names a new record and its undo step ("Ny person").
    RecordRoomOf(LibrarySession *session, const QString &newTitle, QWidget *parent)
        : RecordRoom(session, recordKindOf<T>(), parent)
        , m_newTitle(newTitle)
    {}

protected:
    RecordCommand *creation() override
    {
        T record;
        record.id = newId();
        record.*titleMember<T>() = m_newTitle;
        return new RecordChange<T>(session(), std::nullopt, record, m_newTitle);
    }

    RecordCommand *deletion(Library &library, const Id &id) override
    {
        auto record = repositoryOf<T>(library).get(id);
        if (!record)
            return nullptr;
        return new RecordChange<T>(session(), *record, std::nullopt,
                                   RecordRoom::tr("Slet «%1»").arg((*record).*titleMember<T>()));
    }

private:
    QString m_newTitle;
};

} // namespace temaplan::app
