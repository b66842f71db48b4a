#include "libraryaccess.h"

#include <QDir>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::cli {

int fail(Context &ctx, const Error &error, int code)
{
    ctx.err << "temaplan-cli: " << error.message << '\n';
    return code;
}

Result<ImportReport> createAndFill(const QString &path,
                                   const std::function<Result<ImportReport>(Library &)> &fill)
{
    auto created = openLibrary(path, OpenMode::CreateNew);
    if (!created)
        return created.error();
    Result<ImportReport> report = fill(**created);
    if (!report) {
        created->reset();
        QFile::remove(path);
    }
    return report;
}

std::unique_ptr<Library> openForCommand(Context &ctx, int &exitCode)
{
    if (ctx.libraryPath.isEmpty()) {
        ctx.err << "temaplan-cli: intet bibliotek angivet. Brug --library FIL "
                   "eller sæt TEMAPLAN_LIBRARY.\n";
        exitCode = UsageError;
        return nullptr;
    }
    auto opened = openLibrary(ctx.libraryPath, OpenMode::OpenExisting);
    if (!opened) {
        exitCode = fail(ctx, opened.error());
        return nullptr;
    }
    return std::move(opened).value();
}

Result<Event> eventByPrefix(Library &library, const QString &prefix)
{
    auto all = library.findEvents({});
    if (!all)
        return all.error();
    QList<Id> ids;
    for (const EventSummary &e : *all)
        if (!ids.contains(e.eventId))
            ids << e.eventId;
    const Result<Id> id = resolveId(prefix, ids, u"arrangementer"_s);
    if (!id)
        return id.error();
    return library.events().get(*id);
}

Result<Id> resolveId(const QString &prefix, const QList<Id> &ids, const QString &what)
{
    const QString wanted = prefix.trimmed().toLower().remove(u'-').remove(u'{').remove(u'}');
    if (wanted.isEmpty())
        return Error::make(Error::Code::Invalid, u"tomt id for %1."_s.arg(what));
    QList<Id> matches;
    for (const Id &id : ids) {
        if (id.toString(QUuid::Id128).startsWith(wanted))
            matches << id;
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty())
        return Error::make(Error::Code::NotFound, u"fandt ingen %1 med et id, der begynder med «%2»."_s.arg(what, prefix));
    return Error::make(Error::Code::Invalid,
                       u"«%1» passer på %2 %3; skriv flere tegn af id'et."_s.arg(prefix).arg(matches.size()).arg(what));
}

QString shortId(const Id &id) { return idToString(id).left(8); }

} // namespace temaplan::cli
