#pragma once

#include "slotchoices.h"

#include "core/ids.h"

#include <QLineEdit>
#include <QList>
#include <QString>

#include <functional>

class QCompleter;
class QStandardItemModel;

namespace temaplan {

// One record a search line offers: its id, the text the list shows ("Mette Dybkjær –
// Sekretariatschef") and the name that, typed whole, chooses it.
struct SearchMatch
{
    Id id;
    QString label;
    QString name;
};

using MatchSearch = std::function<QList<SearchMatch>(const QString &text, int limit)>;

// A person as a line offers them: "Mette Dybkjær – Sekretariatschef", chosen by the name.
SearchMatch personMatch(const Person &person);
// The matches of a search of people or of cases; an empty search gives an empty one.
MatchSearch peopleMatches(const PersonSearch &search);
MatchSearch caseMatches(const CaseSearch &search);

// A line that chooses one record of a library of any size: it asks `search` for the
// best matches as one types and offers them in a list below; arrow down and Enter, or
// a click, choose one. It holds only the matches, never the library's records. Used
// for cases and people alike: by the slot form's choosers, and as it stands for any
// form that names one record (setChosen shows what was saved, chosenId what is chosen).
class SearchLine final : public QLineEdit
{
    Q_OBJECT

public:
    // How many matches the line offers at a time.
    static constexpr int MatchLimit = 30;

    explicit SearchLine(QWidget *parent = nullptr);

    // An empty search offers nothing. Forgets what was chosen.
    void setSearch(const MatchSearch &search);
    // Shows the record as chosen, as if picked from the matches; a null id clears the line.
    void setChosen(const Id &id, const QString &label);
    // The record chosen, while the line still shows it; null once typed over.
    Id chosenId() const;
    // What is typed, spaces made single.
    QString typedText() const { return text().simplified(); }
    // Whether a match for what is typed bears exactly this name (in any case).
    bool offersName(const QString &name) const;
    // The list of matches (the owner names it, for tests).
    QCompleter *matches() const { return m_completer; }

Q_SIGNALS:
    // A match was picked from the list.
    void picked(const temaplan::Id &id);
    // Enter with no match highlighted: the owner may act on what is chosen or typed.
    void entered();
    // What is chosen or typed changed: the owner updates its buttons.
    void choiceChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void search(const QString &text);
    void showMatches(int highlighted);
    void choose(const QModelIndex &match);
    void enter();

    MatchSearch m_search;
    // The match chosen, while the line still shows its label.
    Id m_chosenId;
    QString m_chosenText;
    QStandardItemModel *m_matches;
    QCompleter *m_completer;
};

} // namespace temaplan
