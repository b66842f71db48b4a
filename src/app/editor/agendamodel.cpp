#include "agendamodel.h"

#include "agendacommand.h"
#include "kindnames.h"

#include "core/agendarules.h"
#include "core/agendatext.h"
#include "core/danishtext.h"
#include "core/programmetext.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QMimeData>
#include <QStringList>
#include <QStyle>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace temaplan {

AgendaModel::AgendaModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_undoStack(new QUndoStack(this))
{}

void AgendaModel::setAgenda(const Agenda &agenda, const Lookups &lookups)
{
    beginResetModel();
    m_agenda = agenda;
    m_lookups = lookups;
    m_warnings = AgendaWarnings(m_agenda, m_dayEnd);
    endResetModel();
    m_undoStack->clear();
    Q_EMIT agendaChanged();
}

void AgendaModel::setDayEnd(const QTime &dayEnd)
{
    m_dayEnd = dayEnd;
    m_warnings = AgendaWarnings(m_agenda, m_dayEnd);
    if (!m_agenda.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT agendaChanged();
}

bool AgendaModel::insertSlot(int index, int minutes, const AgendaSlot &slot)
{
    if (index < 0 || index > m_agenda.size())
        return false;
    return push(agenda::insertAndShift(m_agenda, index, slot, minutes), index,
                tr("Indsæt programpunkt"), outsideDayMessage());
}

bool AgendaModel::removeSlot(int row)
{
    if (!validRow(row))
        return false;
    return push(agenda::removeAndClose(m_agenda, row), row, tr("Slet programpunkt"),
                outsideDayMessage());
}

bool AgendaModel::changeDuration(int row, int minutes)
{
    if (!validRow(row))
        return false;
    if (minutes < 0) {
        Q_EMIT refused(tr("Sluttidspunktet skal ligge efter starttidspunktet."));
        return false;
    }
    if (!m_agenda.at(row).start.isValid()) {
        Q_EMIT refused(tr("Programpunktet har intet starttidspunkt, så det har ingen varighed."));
        return false;
    }
    return push(agenda::changeDuration(m_agenda, row, minutes), row, tr("Ændr varighed"),
                outsideDayMessage());
}

bool AgendaModel::moveSlot(int row, int delta)
{
    if (!validRow(row) || !validRow(row + delta))
        return false;
    return push(agenda::moveSlot(m_agenda, row, delta), row + delta,
                delta < 0 ? tr("Flyt programpunkt op") : tr("Flyt programpunkt ned"),
                outsideDayMessage());
}

bool AgendaModel::moveSlotTo(int row, int to)
{
    if (!validRow(row) || !validRow(to) || row == to)
        return false;
    return push(agenda::moveSlotTo(m_agenda, row, to), to, tr("Flyt programpunkt"),
                outsideDayMessage());
}

bool AgendaModel::shiftFrom(int row, int minutes)
{
    if (!validRow(row) || minutes == 0)
        return false;
    return push(agenda::shiftFrom(m_agenda, row, minutes), row, tr("Forskyd programpunkter"),
                outsideDayMessage());
}

bool AgendaModel::editSlot(int row, const AgendaSlot &after, const NewRecords &created)
{
    if (!validRow(row))
        return false;
    // A slot without a title prints as a time with nothing beside it. One that has none
    // (from an import) can still be edited otherwise.
    if (after.title.trimmed().isEmpty() && !m_agenda.at(row).title.trimmed().isEmpty()) {
        Q_EMIT refused(tr("Et programpunkt skal have en titel."));
        return false;
    }
    Agenda changed = m_agenda;
    changed[row] = after;
    QString text = editText(m_agenda.at(row), after);
    if (!created.people.isEmpty())
        text = tr("Opret «%1» som ny person").arg(created.people.first().name);
    else if (!created.cases.isEmpty())
        text = tr("Opret ny case «%1»").arg(created.cases.first().title);
    return push(changed, row, text, {}, created);
}

bool AgendaModel::setStart(int row, const QTime &start)
{
    if (!validRow(row))
        return false;
    const AgendaSlot &before = m_agenda.at(row);
    AgendaSlot after = before;
    if (!before.start.isValid() || !start.isValid() || !before.end.isValid()) {
        after.start = start;
        return editSlot(row, after);
    }
    // The slot alone moves, its own end with it: shiftFrom over just this slot, with
    // fixedTime lifted because the coordinator is moving it on purpose.
    after.fixedTime = false;
    const auto moved = agenda::shiftFrom(Agenda{after}, 0, before.start.secsTo(start) / 60);
    if (!moved) {
        Q_EMIT refused(outsideDayMessage());
        return false;
    }
    after = moved->first();
    after.fixedTime = before.fixedTime;
    return editSlot(row, after);
}

bool AgendaModel::push(const std::optional<Agenda> &after, int focusRow, const QString &text,
                       const QString &refusal, const NewRecords &created)
{
    if (!after) {
        Q_EMIT refused(refusal);
        return false;
    }
    // Whatever the edit, the first slot shares no row: there is none before it.
    const Agenda tidied = agenda::withSharedRowsTidied(*after);
    if (tidied == m_agenda && created.isEmpty())
        return true;
    if (m_sink)
        return m_sink(tidied, focusRow, text, created);
    if (!created.isEmpty()) {
        Q_EMIT refused(tr("Nye personer og cases kan kun oprettes, når programmet hører til et "
                          "bibliotek."));
        return false;
    }
    m_undoStack->push(new AgendaCommand(this, m_agenda, tidied, focusRow, text));
    return true;
}

void AgendaModel::applyAgenda(const Agenda &agenda, int focusRow)
{
    // Agendas are short: a reset when rows come or go, else one repaint of every cell.
    if (agenda.size() != m_agenda.size()) {
        beginResetModel();
        m_agenda = agenda;
        m_warnings = AgendaWarnings(m_agenda, m_dayEnd);
        endResetModel();
    } else {
        m_agenda = agenda;
        m_warnings = AgendaWarnings(m_agenda, m_dayEnd);
        if (!m_agenda.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    // The row first, so that views refresh once the selection is where it belongs.
    if (!m_agenda.isEmpty())
        Q_EMIT this->focusRow(std::clamp(focusRow, 0, int(m_agenda.size()) - 1));
    Q_EMIT agendaChanged();
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_agenda.size());
}

int AgendaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !validRow(index.row()))
        return {};
    const int row = index.row();
    const AgendaSlot &slot = m_agenda.at(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return timeText(row);
        case KindColumn:
            return displayName(slot.kind);
        case TitleColumn:
            return slot.title;
        case SpeakersColumn:
            return programme::speakerPhrase(slot.speakers, m_lookups.person);
        case CasesColumn:
            return casesText(slot);
        }
        break;
    case Qt::EditRole:
        if (index.column() == TimeColumn)
            return danish::formatTime(slot.start);
        if (index.column() == TitleColumn)
            return slot.title;
        break;
    case Qt::ToolTipRole: {
        QStringList tips;
        if (index.column() == TimeColumn && slot.fixedTime)
            tips << tr(
                "Fast tidspunkt: flytter sig ikke, når andre punkter indsættes eller slettes.");
        if (index.column() == TimeColumn && sharesRow(row))
            tips << tr("Trykkes i samme række som punktet før: »%1«.").arg(printedRowTime(row));
        if (index.column() == TimeColumn && !slot.end.isValid() && slot.start.isValid())
            tips << tr("Sluttidspunktet følger af næste programpunkt.");
        const QString warning = m_warnings.rowText(row);
        if (!warning.isEmpty())
            tips << warning;
        if (tips.isEmpty())
            break;
        return tips.join(u'\n');
    }
    case Qt::FontRole:
        if (index.column() == TimeColumn && slot.fixedTime) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::DecorationRole:
        // The background is lost under the selection; the icon is not.
        if (index.column() == TimeColumn && (m_warnings.pastEnd(row) || m_warnings.overlaps(row)))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::BackgroundRole:
        if (m_warnings.pastEnd(row))
            return QBrush(QColor(0xf8, 0xd7, 0xda));
        if (m_warnings.overlaps(row))
            return QBrush(QColor(0xff, 0xec, 0xb3));
        break;
    case Qt::ForegroundRole:
        if (m_warnings.pastEnd(row) || m_warnings.overlaps(row))
            return QBrush(QColor(0x21, 0x21, 0x21));
        break;
    }
    return {};
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Tid");
    case KindColumn:
        return tr("Type");
    case TitleColumn:
        return tr("Titel");
    case SpeakersColumn:
        return tr("Talere");
    case CasesColumn:
        return tr("Cases");
    }
    return {};
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    // Dropped between rows only: a slot dropped "on" another would mean nothing more.
    if (!index.isValid())
        return f | Qt::ItemIsDropEnabled;
    f |= Qt::ItemIsDragEnabled;
    if (index.column() == TimeColumn || index.column() == TitleColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QStringList AgendaModel::mimeTypes() const
{
    return {QString::fromLatin1(slotMimeType)};
}

QMimeData *AgendaModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty() || !validRow(indexes.first().row()))
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(slotMimeType),
                  idToString(m_agenda.at(indexes.first().row()).id).toUtf8());
    return data;
}

int AgendaModel::dropTarget(const QMimeData *data, int row, const QModelIndex &parent, int *from) const
{
    if (!data || !data->hasFormat(QString::fromLatin1(slotMimeType)))
        return -1;
    const Id id = idFromString(QString::fromUtf8(data->data(QString::fromLatin1(slotMimeType))));
    const auto found = std::find_if(m_agenda.cbegin(), m_agenda.cend(),
                                    [&](const AgendaSlot &s) { return s.id == id; });
    if (id.isNull() || found == m_agenda.cend())
        return -1; // a slot of another occurrence or another program
    *from = int(found - m_agenda.cbegin());
    // `row` is the gap the slot is dropped into (-1: after the last); on a slot, its place.
    int gap = row;
    if (gap < 0)
        gap = parent.isValid() ? parent.row() : int(m_agenda.size());
    const int to = gap > *from ? gap - 1 : gap;
    return std::clamp(to, 0, int(m_agenda.size()) - 1);
}

bool AgendaModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                  const QModelIndex &parent) const
{
    int from = -1;
    return action == Qt::MoveAction && dropTarget(data, row, parent, &from) >= 0;
}

bool AgendaModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                               const QModelIndex &parent)
{
    int from = -1;
    const int to = action == Qt::MoveAction ? dropTarget(data, row, parent, &from) : -1;
    if (to < 0 || to == from)
        return false;
    // The move is done here, as one command; the view must not remove the dragged row
    // afterwards, so the table's drag mode leaves removal to the model, which has none.
    return moveSlotTo(from, to);
}

bool AgendaModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !validRow(index.row()))
        return false;
    const int row = index.row();
    if (index.column() == TitleColumn) {
        AgendaSlot after = m_agenda.at(row);
        after.title = value.toString().trimmed();
        return editSlot(row, after);
    }
    if (index.column() == TimeColumn) {
        const auto time = danish::parseTime(value.toString());
        if (!time) {
            Q_EMIT refused(
                tr("»%1« er ikke et klokkeslæt. Skriv fx 9.30 eller 14.45.").arg(value.toString()));
            return false;
        }
        return setStart(row, *time);
    }
    return false;
}

QString AgendaModel::timeText(int row) const
{
    // The editor shows the end a slot gets from the next one too: planning is about
    // how long things last, even where the printed programme gives only the start.
    const QString range =
        danish::formatTimeRange(m_agenda.at(row).start, agenda::effectiveEnd(m_agenda, row));
    // Each slot keeps its own line here; the arrow says it prints in the row above.
    return sharesRow(row) ? u"↳ "_s + range : range;
}

bool AgendaModel::sharesRow(int row) const
{
    return row > 0 && validRow(row) && m_agenda.at(row).sharesRowWithPrevious;
}

QString AgendaModel::printedRowTime(int row) const
{
    for (const agenda::PrintedRow &printed : agenda::printedRows(m_agenda))
        if (row >= printed.first && row <= printed.last())
            return programme::rowTimeText(m_agenda, printed);
    return {};
}

QString AgendaModel::casesText(const AgendaSlot &slot) const
{
    QStringList titles;
    for (const Id &id : slot.caseIds)
        if (const auto c = m_lookups.caseRecord(id))
            titles << c->title;
    return titles.join(u", "_s);
}

QString AgendaModel::editText(const AgendaSlot &before, const AgendaSlot &after) const
{
    // The slot is named, so that a run of edits to several slots can be told apart in
    // the history (an event's own "Ret titel" stands beside them); a title by its new
    // wording, anything else by the title it has.
    const auto named = [](const QString &title) {
        const QString simple = title.simplified();
        return simple.size() > 40 ? simple.left(39) + u'…' : simple;
    };
    const QString name = named(after.title.isEmpty() ? before.title : after.title);
    AgendaSlot rest = before;
    const auto onlyChanged = [&](auto member) {
        rest = before;
        rest.*member = after.*member;
        return rest == after;
    };
    if (name.isEmpty())
        return tr("Ret programpunkt");
    if (onlyChanged(&AgendaSlot::title))
        return tr("Ret titel til «%1»").arg(name);
    if (onlyChanged(&AgendaSlot::kind))
        return tr("Ret type for «%1»").arg(name);
    if (onlyChanged(&AgendaSlot::description))
        return tr("Ret beskrivelse af «%1»").arg(name);
    if (onlyChanged(&AgendaSlot::speakers))
        return tr("Ret talere i «%1»").arg(name);
    if (onlyChanged(&AgendaSlot::caseIds))
        return tr("Ret cases i «%1»").arg(name);
    if (onlyChanged(&AgendaSlot::fixedTime))
        return after.fixedTime ? tr("Fastlås tidspunktet for «%1»").arg(name)
                               : tr("Frigiv tidspunktet for «%1»").arg(name);
    if (onlyChanged(&AgendaSlot::sharesRowWithPrevious))
        return after.sharesRowWithPrevious ? tr("Sæt «%1» i række med punktet før").arg(name)
                                           : tr("Giv «%1» sin egen række").arg(name);
    if (before.title == after.title && before.kind == after.kind &&
        before.description == after.description && before.speakers == after.speakers &&
        before.caseIds == after.caseIds)
        return tr("Ret tidspunkt for «%1»").arg(name);
    return tr("Ret programpunkt «%1»").arg(name);
}

QString AgendaModel::outsideDayMessage() const
{
    return tr("Ændringen er ikke foretaget: et tidspunkt ville falde uden for døgnet "
              "(før 0.00 eller efter 23.59).");
}

} // namespace temaplan
