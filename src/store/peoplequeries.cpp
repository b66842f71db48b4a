// People read for choosing among them: the few whose names match what is typed.

#include "sqlitelibrary.h"
#include "storetext.h"

#include "core/searchfolding.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace temaplan::store {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// The words of folded text, joined by single spaces: "jens  hansen-berg" → "jens hansen berg".
QString wordsOf(const QString &folded)
{
    QString out;
    out.reserve(folded.size());
    bool gap = false;
    for (const QChar c : folded) {
        if (isWordChar(c)) {
            if (gap && !out.isEmpty())
                out += u' ';
            out += c;
            gap = false;
        } else {
            gap = true;
        }
    }
    return out;
}

using Words = std::vector<QStringView>;

// The words of `text` as wordsOf leaves them, into `out` (kept between names, so a
// scan of ten thousand allocates nothing per name).
void split(const QString &text, Words &out)
{
    out.clear();
    for (QStringView rest = text; !rest.isEmpty();) {
        const qsizetype space = rest.indexOf(u' ');
        out.push_back(space < 0 ? rest : rest.first(space));
        rest = space < 0 ? QStringView() : rest.sliced(space + 1);
    }
}

// The name as a person without Danish letters on the keyboard types it: ø as o and å
// as a ("soren" finds "Søren"), beside the folding's ø as oe and å as aa.
QString withoutStrokes(const QString &name)
{
    QString out = name;
    for (QChar &c : out) {
        switch (c.unicode()) {
        case u'ø':
            c = u'o';
            break;
        case u'Ø':
            c = u'O';
            break;
        case u'å':
            c = u'a';
            break;
        case u'Å':
            c = u'A';
            break;
        default:
            break;
        }
    }
    return out;
}

bool hasStrokes(const QString &name)
{
    return std::any_of(name.cbegin(), name.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return u == u'ø' || u == u'Ø' || u == u'å' || u == u'Å';
    });
}

// How well a name meets the typed words, the name's words as folded and, word by word,
// as typed without ø and å (the same words where it has neither): 0 the whole name,
// 1 the name's start, 2 every typed word begins one of its words, -1 not at all. Each
// word may be typed either way: "soren aag" is "Søren Ågård".
int rankOf(const Words &folded, const Words &plain, const Words &typed)
{
    const auto is = [&](size_t i, QStringView w) {
        return folded[i] == w || plain[i] == w;
    };
    const auto begins = [&](size_t i, QStringView w) {
        return folded[i].startsWith(w) || plain[i].startsWith(w);
    };
    if (typed.size() <= folded.size()) {
        const size_t last = typed.size() - 1;
        bool start = true;
        for (size_t i = 0; i < last && start; ++i)
            start = is(i, typed[i]);
        if (start && is(last, typed[last]) && typed.size() == folded.size())
            return 0;
        if (start && begins(last, typed[last]))
            return 1;
    }
    for (const QStringView w : typed) {
        bool found = false;
        for (size_t i = 0; i < folded.size() && !found; ++i)
            found = begins(i, w);
        if (!found)
            return -1;
    }
    return 2;
}

// A name's words folded, and as typed without ø and å (empty when it has neither).
struct FoldedName
{
    QString folded;
    QString plain;
};

// Folding is most of a search's cost and a name folds the same way every time: each
// name is folded once per thread and remembered, so the keystrokes after the first
// cost the scan of the names only. Forgotten past a bound no library of people reaches.
const FoldedName &foldedName(const QString &name)
{
    thread_local QHash<QString, FoldedName> known;
    auto it = known.constFind(name);
    if (it != known.constEnd())
        return *it;
    if (known.size() >= 200000)
        known.clear();
    FoldedName f;
    f.folded = wordsOf(foldForSearch(name));
    if (hasStrokes(name))
        f.plain = wordsOf(foldForSearch(withoutStrokes(name)));
    return *known.insert(name, std::move(f));
}

} // namespace

Result<QList<Person>> SqliteLibrary::findPeople(const QString &text, int limit) const
{
    const QString typed = wordsOf(foldForSearch(text));
    QList<Person> people;
    if (typed.isEmpty() || limit <= 0)
        return people;
    Words typedWords;
    split(typed, typedWords);

    // Only the names, from the index on (kind, title): the records are opened for the
    // few people offered. No folded copy is stored beside them (the file stays as it is).
    sql::Statement names(m_db, "SELECT rowid, title FROM record WHERE kind = 'person'");
    struct Match
    {
        int rank;
        qint64 rowid;
        QString name;
        QString key;
    };
    std::vector<Match> found;
    Words folded;
    Words plain;
    while (names.step()) {
        const QString name = names.text(1);
        const FoldedName &f = foldedName(name);
        split(f.folded, folded);
        split(f.plain, plain);
        // Folding changes letters, never the words: both have as many.
        const Words &either = plain.size() == folded.size() ? plain : folded;
        const int rank = rankOf(folded, either, typedWords);
        if (rank >= 0)
            found.push_back({rank, names.integer(0), name, {}});
    }
    if (names.failure())
        return failure(*names.failure(), Store::tr("læse %1").arg(Store::tr("posterne")));

    // The Danish sort key is made for the matches only: for all 10 000 it was half the
    // cost of reading everyone.
    for (Match &m : found)
        m.key = danishSortKey(m.name);
    const auto better = [](const Match &a, const Match &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.key != b.key)
            return a.key < b.key;
        return a.rowid < b.rowid; // namesakes: in the order they were made
    };
    const auto end = found.begin() + std::min<qsizetype>(limit, qsizetype(found.size()));
    std::partial_sort(found.begin(), end, found.end(), better);

    sql::Statement record(m_db,
                          "SELECT id, json_extract(data, '$.title') FROM record WHERE rowid = ?");
    people.reserve(end - found.begin());
    for (auto m = found.begin(); m != end; ++m) {
        record.reset();
        record.bind(1, m->rowid);
        if (!record.step())
            break;
        Person p;
        p.id = idFromString(record.text(0));
        p.name = m->name;
        p.title = record.text(1);
        people.append(std::move(p));
    }
    if (record.failure())
        return failure(*record.failure(), Store::tr("læse %1").arg(Store::tr("posterne")));
    return people;
}

} // namespace temaplan::store
