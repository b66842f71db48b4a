#pragma once

#include "core/ids.h"
#include "core/references.h"

#include <QTreeWidget>

namespace temaplan::app {

// Where a line of a link list leads: a record, and for an event the date and place.
struct LinkTarget
{
    RecordKind kind = RecordKind::Event;
    Id id;
    Id occurrenceId;
};

// The records a record's page points to ("Oplæg", "Arrangementer", "Personer"), in
// columns that are cut short rather than scrolled sideways: a double-click or Enter
// opens one in its room. Says so when it has none.
class LinkList final : public QTreeWidget
{
    Q_OBJECT

public:
    LinkList(const QString &objectName, const QStringList &headers, QWidget *parent = nullptr);

    void clearLinks();
    void addLink(const QStringList &columns, const LinkTarget &target);
    // Shown when the list has no links ("Ingen oplæg").
    void setEmptyText(const QString &text);
    // Ends a filling: the empty text if nothing was added, the height to the lines.
    void finish();
    int linkCount() const { return m_count; }
    LinkTarget target(int row) const;
    QString text(int row, int column = 0) const;

Q_SIGNALS:
    void linkActivated(const temaplan::app::LinkTarget &target);

private:
    QString m_emptyText;
    int m_count = 0;
};

} // namespace temaplan::app
