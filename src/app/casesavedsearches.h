#pragma once

#include "readerthread.h"

#include "core/result.h"
#include "store/summaries.h"

#include <QWidget>

#include <functional>

class QListWidget;
class QToolButton;

namespace temaplan {
class Library;
}

namespace temaplan::app {

// A search worth keeping: its name, what was typed and the facet values chosen.
struct SavedCaseSearch
{
    QString name;
    CaseFilter filter; // text and facets; the order is the list's own
    friend bool operator==(const SavedCaseSearch &, const SavedCaseSearch &) = default;
};

// Saved searches are kept in the user's settings (QSettings), one list per library
// file: they are one person's ways into the library, not part of its records, and a
// library opened read-only or shared with colleagues is not written to keep them.
QList<SavedCaseSearch> loadSavedSearches(const QString &libraryPath);
void storeSavedSearches(const QString &libraryPath, const QList<SavedCaseSearch> &searches);

// The saved searches above the facets, each with the number of cases it finds now,
// counted again whenever the library changes. The counts are read on a thread of their
// own (ReaderThread), each shown as soon as it is counted; a count overtaken by a newer
// one (the library changed again, a search was saved or removed) is stopped and never
// shown. Choosing one applies it; F2 renames the current one and Delete removes it
// (also from its context menu).
class CaseSavedSearches final : public QWidget
{
    Q_OBJECT

public:
    using LibraryAccess = std::function<Library *()>;
    // Asks for a name; empty: cancelled. Replaced by tests.
    using NameAsker = std::function<QString(const QString &suggested)>;

    CaseSavedSearches(LibraryAccess library, QWidget *parent = nullptr);

    // Reads the searches of this library file and counts them.
    void setLibraryPath(const QString &path);
    // The library's records changed: counts again.
    void recount();
    // Saves `filter` under a name asked for; false if cancelled.
    bool save(const CaseFilter &filter);
    void remove(int index);
    // Asks for a new name; false if cancelled or unchanged.
    bool rename(int index);

    void setNameAsker(NameAsker asker) { m_askName = std::move(asker); }
    QList<SavedCaseSearch> searches() const { return m_searches; }
    QListWidget *list() const { return m_list; }
    // The number of cases the search at `index` finds; -1 while it is being counted.
    int countAt(int index) const;
    bool isCounting() const { return m_reader->isBusy(); }
    ReaderThread *reader() const { return m_reader; }

Q_SIGNALS:
    void chosen(const temaplan::CaseFilter &filter);
    // A search was saved, renamed or removed, or another library's were read.
    void searchesChanged();
    // Every search is counted (in the library open now).
    void counted();
    void failed(const temaplan::Error &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fill();
    // Counts every search again, on the reader's thread.
    void count();
    void showCount(int index, int count);
    QString lineText(int index) const;
    void showMenu(const QPoint &pos);

    LibraryAccess m_library;
    QString m_path;
    QList<SavedCaseSearch> m_searches;
    QList<int> m_counts; // beside m_searches; -1: not counted yet
    ReaderThread *m_reader;
    QListWidget *m_list;
    NameAsker m_askName;
};

} // namespace temaplan::app
