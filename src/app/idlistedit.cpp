#include "idlistedit.h"

#include "librarysession.h"

#include "editor/searchline.h"
#include "editor/slotchoices.h"

#include "core/searchfolding.h"
#include "store/library.h"

#include <QCompleter>
#include <QGridLayout>
#include <QKeyEvent>
#include <QListWidget>
#include <QPushButton>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

IdListEdit::IdListEdit(const QString &objectName, const QString &placeholder, QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_chooser(new SearchLine(this))
    , m_add(new QPushButton(tr("Tilføj"), this))
    , m_remove(new QPushButton(tr("Fjern"), this))
{
    setObjectName(objectName);
    m_list->setMaximumHeight(72);
    m_list->setToolTip(tr("Delete fjerner den valgte"));
    m_list->installEventFilter(this);
    m_chooser->setObjectName(objectName + u"Search"_s);
    m_chooser->matches()->setObjectName(objectName + u"Matches"_s);
    m_chooser->setPlaceholderText(placeholder);
    m_chooser->setToolTip(
        tr("Skriv en del af navnet, vælg på listen, og tryk Enter for at tilføje"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_list, 0, 0, 1, 3);
    grid->addWidget(m_chooser, 1, 0);
    grid->addWidget(m_add, 1, 1);
    grid->addWidget(m_remove, 1, 2);
    grid->setColumnStretch(0, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &IdListEdit::updateButtons);
    connect(m_chooser, &SearchLine::choiceChanged, this, &IdListEdit::updateButtons);
    // A match picked from the list (Enter or a click) is added at once: there is nothing
    // more to say about it. Enter adds a whole name typed when no list is open.
    connect(m_chooser, &SearchLine::picked, this, &IdListEdit::add);
    connect(m_chooser, &SearchLine::entered, this, &IdListEdit::add);
    connect(m_add, &QPushButton::clicked, this, &IdListEdit::add);
    connect(m_remove, &QPushButton::clicked, this, &IdListEdit::removeSelected);
    updateButtons();
}

void IdListEdit::setSearch(const MatchSearch &search, const NameOf &nameOf)
{
    m_chooser->setSearch(search);
    m_nameOf = nameOf;
    fillList();
}

void IdListEdit::choosePeople(LibrarySession *session)
{
    setSearch(peopleMatches([session](const QString &text, int limit) {
                  const Library *library = session->library();
                  return library ? findPeopleNamed(*library, text, limit) : QList<Person>{};
              }),
              [session](const Id &id) {
                  Library *library = session->library();
                  if (!library)
                      return QString();
                  const auto person = library->people().get(id);
                  return person ? person->name : QString();
              });
}

void IdListEdit::chooseAmong(const QList<Organisation> &organisations)
{
    setSearch(
        [organisations](const QString &text, int limit) {
            const QStringList words = foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
            QList<SearchMatch> found;
            for (const Organisation &o : organisations) {
                const QString name = foldForSearch(o.name) + u' ' + foldForSearch(o.shortName);
                if (std::all_of(words.begin(), words.end(),
                                [&](const QString &w) { return name.contains(w); }))
                    found.append({o.id, o.name, o.name});
                if (found.size() >= limit)
                    break;
            }
            return found;
        },
        [organisations](const Id &id) {
            for (const Organisation &o : organisations)
                if (o.id == id)
                    return o.name;
            return QString();
        });
}

void IdListEdit::setIds(const QList<Id> &ids)
{
    m_ids = ids;
    fillList();
}

void IdListEdit::add()
{
    const Id chosen = m_chooser->chosenId();
    if (chosen.isNull() || m_ids.contains(chosen))
        return;
    // The line is emptied for the next one; the list shows the new one once written.
    m_chooser->setChosen({}, {});
    Q_EMIT idsEdited(m_ids + QList<Id>{chosen});
}

void IdListEdit::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_ids.size())
        return;
    QList<Id> after = m_ids;
    after.removeAt(row);
    Q_EMIT idsEdited(after);
}

bool IdListEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress && m_remove->isEnabled() &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete) {
        removeSelected();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void IdListEdit::fillList()
{
    const int row = m_list->currentRow();
    m_list->clear();
    for (const Id &id : std::as_const(m_ids)) {
        const QString name = m_nameOf ? m_nameOf(id) : QString();
        m_list->addItem(name.isEmpty() ? tr("(ukendt)") : name);
    }
    m_list->setCurrentRow(std::min(row, int(m_list->count()) - 1));
    updateButtons();
}

void IdListEdit::updateButtons()
{
    const Id chosen = m_chooser->chosenId();
    m_add->setEnabled(!chosen.isNull() && !m_ids.contains(chosen));
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

} // namespace temaplan::app
