#include "casesearchcontroller.h"

#include "store/library.h"

#include <QCollator>
#include <QHash>
#include <QLineEdit>

#include <algorithm>

namespace temaplan::app {

CaseSearchController::CaseSearchController(QLineEdit *field, CaseListModel *model,
                                           LibraryAccess library, QObject *parent)
    : QObject(parent)
    , m_field(field)
    , m_model(model)
    , m_library(std::move(library))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(debounceMs);
    connect(m_field, &QLineEdit::textChanged, &m_timer, qOverload<>(&QTimer::start));
    connect(&m_timer, &QTimer::timeout, this, &CaseSearchController::refresh);
}

void CaseSearchController::refresh()
{
    m_timer.stop();
    const QString query = m_field->text().trimmed();
    Library *library = m_library();
    m_lastQuery = query;
    if (!library) {
        m_model->setRows({});
        Q_EMIT searched(query, 0);
        return;
    }
    if (query.isEmpty()) {
        auto rows = allCases(*library);
        if (!rows) {
            Q_EMIT failed(rows.error());
            return;
        }
        m_model->setRows(std::move(rows).value());
    } else {
        auto hits = library->searchCases(query, hitLimit);
        if (!hits) {
            Q_EMIT failed(hits.error());
            return;
        }
        QList<CaseListModel::Row> rows;
        for (const CaseHit &hit : *hits)
            rows.append({hit.caseId, hit.title, hit.owner});
        m_model->setRows(std::move(rows));
    }
    Q_EMIT searched(query, m_model->rowCount());
}

Result<QList<CaseListModel::Row>> CaseSearchController::allCases(Library &library) const
{
    auto cases = library.cases().all();
    if (!cases)
        return cases.error();
    auto organisations = library.organisations().all();
    if (!organisations)
        return organisations.error();
    QHash<Id, QString> ownerNames;
    for (const Organisation &o : *organisations)
        ownerNames.insert(o.id, o.name);
    QList<CaseListModel::Row> rows;
    for (const Case &c : *cases)
        rows.append({c.id, c.title, ownerNames.value(c.ownerId)});
    QCollator collator(QLocale(QLocale::Danish, QLocale::Denmark));
    std::stable_sort(rows.begin(), rows.end(), [&](const auto &a, const auto &b) {
        return collator.compare(a.title, b.title) < 0;
    });
    return rows;
}

} // namespace temaplan::app
