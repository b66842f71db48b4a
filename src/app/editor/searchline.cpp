#include "searchline.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStandardItemModel>

using namespace Qt::Literals::StringLiterals;

namespace temaplan {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int NameRole = Qt::UserRole + 1;

} // namespace

SearchMatch personMatch(const Person &person)
{
    return {person.id, person.title.isEmpty() ? person.name : person.name + u" – "_s + person.title,
            person.name};
}

MatchSearch peopleMatches(const PersonSearch &search)
{
    if (!search)
        return {};
    return [search](const QString &text, int limit) {
        QList<SearchMatch> found;
        for (const Person &p : search(text, limit))
            found.append(personMatch(p));
        return found;
    };
}

MatchSearch caseMatches(const CaseSearch &search)
{
    if (!search)
        return {};
    return [search](const QString &text, int limit) {
        QList<SearchMatch> found;
        for (const Case &c : search(text, limit))
            found.append({c.id, c.title, c.title});
        return found;
    };
}

SearchLine::SearchLine(QWidget *parent)
    : QLineEdit(parent)
    , m_matches(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_matches, this))
{
    setClearButtonEnabled(true);
    // The library has already chosen and ranked the matches (folding "aa" and "å",
    // matching any word): the popup shows them as they are, not filtered again.
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(10);

    connect(this, &QLineEdit::textEdited, this, &SearchLine::search);
    // The clear button and setText change the text without textEdited.
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            search(text);
        else
            Q_EMIT choiceChanged();
    });
    connect(this, &QLineEdit::returnPressed, this, &SearchLine::enter);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &SearchLine::choose);
}

void SearchLine::setSearch(const MatchSearch &search)
{
    m_search = search;
    m_chosenId = {};
    m_chosenText.clear();
    m_matches->clear();
    m_completer->popup()->hide();
    Q_EMIT choiceChanged();
}

void SearchLine::setChosen(const Id &id, const QString &label)
{
    m_matches->clear();
    m_completer->popup()->hide();
    m_chosenId = id;
    m_chosenText = id.isNull() ? QString() : label;
    setText(m_chosenText);
    Q_EMIT choiceChanged();
}

Id SearchLine::chosenId() const
{
    // Typing over a chosen label leaves nothing chosen.
    return !m_chosenId.isNull() && text() == m_chosenText ? m_chosenId : Id();
}

bool SearchLine::offersName(const QString &name) const
{
    for (int row = 0; row < m_matches->rowCount(); ++row) {
        if (m_matches->item(row)->data(NameRole).toString().compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void SearchLine::search(const QString &text)
{
    const QString wanted = text.simplified();
    const QList<SearchMatch> found =
        m_search && !wanted.isEmpty() ? m_search(wanted, MatchLimit) : QList<SearchMatch>();
    m_matches->clear();
    m_chosenId = {};
    m_chosenText.clear();
    int named = -1;
    int namesakes = 0;
    for (const SearchMatch &m : found) {
        auto *item = new QStandardItem(m.label);
        item->setData(QVariant::fromValue(m.id), IdRole);
        item->setData(m.name, NameRole);
        item->setEditable(false);
        m_matches->appendRow(item);
        if (m.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            ++namesakes;
            if (named < 0)
                named = m_matches->rowCount() - 1;
        }
    }
    // A whole name typed is that record chosen, as if picked from the list; of two
    // namesakes neither is, until one is picked.
    if (namesakes == 1) {
        m_chosenId = found.at(named).id;
        m_chosenText = text;
    }
    showMatches(named);
    Q_EMIT choiceChanged();
}

void SearchLine::showMatches(int highlighted)
{
    if (m_matches->rowCount() == 0 || !hasFocus()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
    // Enter picks the highlighted match: the record whose whole name was typed, else
    // none until one is chosen with the arrows.
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(highlighted, 0));
}

void SearchLine::choose(const QModelIndex &match)
{
    const Id id = match.data(IdRole).value<Id>();
    if (id.isNull())
        return;
    m_chosenId = id;
    m_chosenText = match.data(Qt::DisplayRole).toString();
    setText(m_chosenText);
    Q_EMIT choiceChanged();
    Q_EMIT picked(id);
}

void SearchLine::enter()
{
    // Enter on a highlighted match reaches the line first, then picks the match.
    if (m_completer->popup()->isVisible() && m_completer->popup()->currentIndex().isValid())
        return;
    Q_EMIT entered();
}

void SearchLine::keyPressEvent(QKeyEvent *event)
{
    // Down opens the matches again after Escape or a click elsewhere.
    if (event->key() == Qt::Key_Down && !m_completer->popup()->isVisible() &&
        m_matches->rowCount() > 0) {
        showMatches(-1);
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace temaplan
