#pragma once

#include "core/case.h"
#include "core/ids.h"
#include "core/result.h"

#include <QWidget>

#include <functional>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace temaplan::app {

class CaseForm;
class DocumentLinksEdit;
class LibrarySession;

// One case as the secretariat remembers it: owner, period, themes, summary, its links
// and documents, and every event where it was presented ("Præsenteret ved"), newest
// first. Its fields, links and documents are edited here in tabs, each change one step
// of the window's history.
class CaseDetailView final : public QWidget
{
    Q_OBJECT

public:
    enum PresentedColumn
    {
        DateColumn,
        EventColumn,
        PlaceColumn,
        SlotColumn
    };

    explicit CaseDetailView(LibrarySession *session, QWidget *parent = nullptr);

    void setCase(const Id &caseId);
    void clear();
    Id caseId() const { return m_caseId; }

    QTreeWidget *presentedAtList() const { return m_presentedAt; }
    CaseForm *form() const { return m_form; }
    DocumentLinksEdit *linksEdit() const { return m_links; }
    DocumentLinksEdit *documentsEdit() const { return m_documents; }

Q_SIGNALS:
    // The user asked to open an event the case was presented at.
    void eventRequested(const temaplan::Id &eventId, const temaplan::Id &occurrenceId);
    void failed(const temaplan::Error &error);

private:
    void fillPresentedAt();
    // The shown case with `change` applied, pushed as one step named `text`.
    void editCase(const QString &text, const std::function<void(Case &)> &change);

    LibrarySession *m_session;
    Id m_caseId;
    QStackedWidget *m_stack;
    QLabel *m_title;
    QTextBrowser *m_body;
    QLabel *m_presentedHeading;
    QTreeWidget *m_presentedAt;
    QTabWidget *m_linkTabs;
    CaseForm *m_form;
    DocumentLinksEdit *m_links;
    DocumentLinksEdit *m_documents;
};

} // namespace temaplan::app
