#pragma once

#include "caselistmodel.h"

#include "core/result.h"

#include <QObject>
#include <QTimer>

#include <functional>

class QLineEdit;

namespace temaplan {
class Library;
}

namespace temaplan::app {

// Searches as the user types: each keystroke restarts a short timer, and only when
// typing pauses does the library search, so a fast typist causes one query, not ten.
// An empty field lists every case by title.
class CaseSearchController final : public QObject
{
    Q_OBJECT

public:
    static constexpr int debounceMs = 150;
    static constexpr int hitLimit = 200;

    using LibraryAccess = std::function<Library *()>;

    CaseSearchController(QLineEdit *field, CaseListModel *model, LibraryAccess library,
                         QObject *parent = nullptr);

    // Searches now for what the field holds (a new library, a changed one).
    void refresh();
    QString lastQuery() const { return m_lastQuery; }

Q_SIGNALS:
    // The model holds the result of `query` ("" for all cases).
    void searched(const QString &query, int hitCount);
    void failed(const temaplan::Error &error);

private:
    Result<QList<CaseListModel::Row>> allCases(Library &library) const;

    QLineEdit *m_field;
    CaseListModel *m_model;
    LibraryAccess m_library;
    QTimer m_timer;
    QString m_lastQuery;
};

} // namespace temaplan::app
