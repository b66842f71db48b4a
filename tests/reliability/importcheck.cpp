#include "importcheck.h"

#include "store/libraryexchange.h"
#include "store/libraryfile.h"

#include "core/libraryjson.h"
#include "core/synthetic.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::reliability {

namespace {

// Small enough to make per input, large enough that an import can update, leave
// unchanged and refer to records already in the library.
LibraryContents baseContents()
{
    return generateSyntheticLibrary({.cases = 6, .events = 2, .seed = 7});
}

std::unique_ptr<Library> freshLibrary()
{
    auto lib = openMemoryLibrary();
    if (!lib.ok())
        return nullptr;
    if (!importContents(**lib, baseContents()).ok())
        return nullptr;
    return std::move(*lib);
}

} // namespace

QString checkImportOf(const QByteArray &bytes)
{
    // Most inputs never parse; the library is only rebuilt after an import changed it,
    // which keeps a fuzzer fast without carrying state from one input to the next.
    static std::unique_ptr<Library> library;
    static LibraryContents before;
    if (!library) {
        library = freshLibrary();
        if (!library)
            return u"the base library could not be made"_s;
        auto c = library->contents();
        if (!c.ok())
            return u"contents() of the base library failed: "_s + c.error().message;
        before = *c;
    }

    const Result<LibraryContents> parsed = json::readLibraryJson(bytes);
    if (!parsed.ok()) {
        if (parsed.error().message.isEmpty())
            return u"a refused file gave an empty message"_s;
        return {};
    }

    const Result<ImportReport> imported = importContents(*library, *parsed);
    const Result<LibraryContents> after = library->contents();
    if (!after.ok())
        return u"contents() failed after an import: "_s + after.error().message;

    if (!imported.ok()) {
        if (imported.error().message.isEmpty())
            return u"a refused import gave an empty message"_s;
        if (*after != before)
            return u"a refused import changed the library: "_s + imported.error().message;
        return {};
    }

    QString problem;
    if (imported->total() != parsed->recordCount())
        problem = u"the import report counts %1 records, the file holds %2"_s.arg(imported->total()).arg(parsed->recordCount());
    const auto issues = library->check();
    if (!issues.ok())
        problem = u"check() failed after an import: "_s + issues.error().message;
    else if (!issues->isEmpty())
        problem = u"check() after an import: "_s + issues->join(u"; "_s);
    library.reset();
    return problem;
}

} // namespace temaplan::reliability
