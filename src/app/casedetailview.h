#pragma once

#include "core/ids.h"
#include "core/result.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTextBrowser;
class QTreeWidget;

namespace temaplan::app {

class LibrarySession;

// One case as the secretariat remembers it: owner, period, themes, summary, links,
// and every event where it was presented ("Præsenteret ved"), newest first.
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

Q_SIGNALS:
    // The user asked to open an event the case was presented at.
    void eventRequested(const temaplan::Id &eventId, const temaplan::Id &occurrenceId);
    void failed(const temaplan::Error &error);

private:
    void fillPresentedAt();

    LibrarySession *m_session;
    Id m_caseId;
    QStackedWidget *m_stack;
    QLabel *m_title;
    QTextBrowser *m_body;
    QLabel *m_presentedHeading;
    QTreeWidget *m_presentedAt;
};

} // namespace temaplan::app
