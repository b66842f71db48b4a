#include "libraryexchange.h"

#include "core/libraryjson.h"
#include "core/references.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace temaplan {

namespace {

struct LibraryExchange
{
    Q_DECLARE_TR_FUNCTIONS(LibraryExchange)
};

// Larger than any real library by far; past it a file is a mistake, not an export.
constexpr qint64 maxJsonBytes = 512LL * 1024 * 1024;

template<class T>
Status importAll(Repository<T> &repository, const QList<T> &records, ImportReport &report)
{
    for (const T &record : records) {
        const Result<T> existing = repository.get(record.id);
        if (existing.ok() && *existing == record) {
            ++report.unchanged;
            continue;
        }
        if (!existing.ok() && existing.error().code != Error::Code::NotFound)
            return existing.error();
        if (Status s = repository.save(record); !s)
            return s;
        ++(existing.ok() ? report.updated : report.added);
    }
    return {};
}

bool existsInLibrary(Library &library, RecordKind kind, const Id &id)
{
    switch (kind) {
    case RecordKind::Organisation: return library.organisations().get(id).ok();
    case RecordKind::Person: return library.people().get(id).ok();
    case RecordKind::Venue: return library.venues().get(id).ok();
    case RecordKind::ThemeGroup: return library.themeGroups().get(id).ok();
    case RecordKind::Series: return library.series().get(id).ok();
    case RecordKind::Case: return library.cases().get(id).ok();
    case RecordKind::Event: return library.events().get(id).ok();
    }
    return false;
}

// Every reference must point at a record of the right kind, in the file or already in
// the library. Checked before anything is written, so the error can name the field.
Status checkReferences(Library &library, const LibraryContents &c)
{
    QHash<Id, RecordKind> inFile;
    auto note = [&](const auto &records, RecordKind kind) {
        for (const auto &r : records)
            inFile.insert(r.id, kind);
    };
    note(c.organisations, RecordKind::Organisation);
    note(c.people, RecordKind::Person);
    note(c.venues, RecordKind::Venue);
    note(c.themeGroups, RecordKind::ThemeGroup);
    note(c.series, RecordKind::Series);
    note(c.cases, RecordKind::Case);
    note(c.events, RecordKind::Event);

    for (const ReferenceAt &ref : referencesOf(c)) {
        const auto found = inFile.constFind(ref.target);
        if (found != inFile.constEnd() ? *found == ref.kind : existsInLibrary(library, ref.kind, ref.target))
            continue;
        const QString pointer = QString::fromStdString(ref.pointer);
        if (found != inFile.constEnd()) {
            return Error::make(
                Error::Code::Invalid,
                LibraryExchange::tr("%1: skal henvise til %2, men id'et %3 er %4 i filen.")
                    .arg(pointer, referenceKindPhrase(ref.kind), idToString(ref.target),
                         referenceKindPhrase(*found)));
        }
        return Error::make(
            Error::Code::Constraint,
            LibraryExchange::tr(
                "%1: henviser til %2 (id %3), som hverken findes i filen eller i biblioteket.")
                .arg(pointer, referenceKindPhrase(ref.kind), idToString(ref.target)));
    }
    return {};
}

} // namespace

Result<ImportReport> importContents(Library &library, const LibraryContents &c)
{
    if (Status s = checkReferences(library, c); !s)
        return s.error();
    ImportReport report;
    const Status s = library.bulkTransaction([&]() -> Status {
        Status st = importAll(library.organisations(), c.organisations, report);
        if (st)
            st = importAll(library.people(), c.people, report);
        if (st)
            st = importAll(library.venues(), c.venues, report);
        if (st)
            st = importAll(library.themeGroups(), c.themeGroups, report);
        if (st)
            st = importAll(library.series(), c.series, report);
        if (st)
            st = importAll(library.cases(), c.cases, report);
        if (st)
            st = importAll(library.events(), c.events, report);
        if (st)
            st = importAll(library.templates(), c.templates, report);
        return st;
    }, c.recordCount());
    if (!s)
        return s.error();
    return report;
}

Result<LibraryContents> readJsonFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            Error::Code::Io,
            LibraryExchange::tr("%1 kan ikke læses: %2").arg(shown, file.errorString()));
    if (file.size() > maxJsonBytes)
        return Error::make(
            Error::Code::Invalid,
            LibraryExchange::tr("%1 er for stor til at være en Temaplan-fil (%2 MB).")
                .arg(shown)
                .arg(file.size() / (1024 * 1024)));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error::make(
            Error::Code::Io,
            LibraryExchange::tr("%1 kan ikke læses: %2").arg(shown, file.errorString()));
    Result<LibraryContents> contents = json::readLibraryJson(bytes);
    if (!contents) {
        Error e = contents.error();
        e.message = u"%1: %2"_s.arg(shown, e.message);
        return e;
    }
    return contents;
}

Result<ImportReport> importJsonFile(Library &library, const QString &path)
{
    const Result<LibraryContents> contents = readJsonFile(path);
    if (!contents)
        return contents.error();
    Result<ImportReport> report = importContents(library, *contents);
    if (!report) {
        Error e = report.error();
        e.message = LibraryExchange::tr("%1 blev ikke importeret: %2")
                        .arg(QDir::toNativeSeparators(path), e.message);
        return e;
    }
    return report;
}

Status exportJsonFile(const Library &library, const QString &path, const QList<Id> &roots)
{
    const QString shown = QDir::toNativeSeparators(path);
    const Result<LibraryContents> contents = library.contents(roots);
    if (!contents)
        return contents.error();
    if (!roots.isEmpty() && contents->recordCount() == 0)
        return Error::make(
            Error::Code::NotFound,
            LibraryExchange::tr("Der er intet at eksportere: de valgte poster findes ikke."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(
            Error::Code::Io,
            LibraryExchange::tr("Kunne ikke skrive %1: %2").arg(shown, file.errorString()));
    file.write(json::writeLibraryJson(*contents));
    if (!file.commit())
        return Error::make(
            Error::Code::Io,
            LibraryExchange::tr("Kunne ikke skrive %1: %2").arg(shown, file.errorString()));
    return {};
}

} // namespace temaplan
