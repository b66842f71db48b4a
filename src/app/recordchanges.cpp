#include "recordchanges.h"

#include "store/library.h"

namespace temaplan::app {

namespace {

template<class T>
Status saveEach(Repository<T> &repository, const QList<RecordChanges::Change<T>> &changes,
                bool undoing)
{
    for (const auto &change : changes) {
        const std::optional<T> &target = undoing ? change.before : change.after;
        if (target)
            if (Status s = repository.save(*target); !s)
                return s;
    }
    return {};
}

template<class T>
Status removeEach(Repository<T> &repository, const QList<RecordChanges::Change<T>> &changes,
                  bool undoing)
{
    for (const auto &change : changes) {
        const std::optional<T> &target = undoing ? change.before : change.after;
        const std::optional<T> &other = undoing ? change.after : change.before;
        if (!target && other)
            if (Status s = repository.remove(other->id); !s)
                return s;
    }
    return {};
}

} // namespace

Status saveRecords(Library &library, const RecordChanges &changes, bool undoing)
{
    if (Status s = saveEach(library.people(), changes.people, undoing); !s)
        return s;
    if (Status s = saveEach(library.cases(), changes.cases, undoing); !s)
        return s;
    return saveEach(library.templates(), changes.templates, undoing);
}

Status removeRecords(Library &library, const RecordChanges &changes, bool undoing)
{
    // Templates first: they may name the people and cases removed after them.
    if (Status s = removeEach(library.templates(), changes.templates, undoing); !s)
        return s;
    if (Status s = removeEach(library.cases(), changes.cases, undoing); !s)
        return s;
    return removeEach(library.people(), changes.people, undoing);
}

} // namespace temaplan::app
