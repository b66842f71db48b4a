#include "command.h"
#include "libraryaccess.h"

#include "core/libraryjson.h"
#include "store/demolibrary.h"
#include "store/libraryexchange.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::cli {

namespace {

void printReport(Context &ctx, const ImportReport &r)
{
    ctx.out << r.added << " nye, " << r.updated << " ændrede og " << r.unchanged << " uændrede poster.\n";
}

int runDemo(const QStringList &args, Context &ctx, const Command &self)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"FIL"_s, u"Det nye biblioteks filnavn."_s);
    if (auto code = parseCommandLine(parser, self, args, ctx))
        return *code;
    if (parser.positionalArguments().size() != 1) {
        ctx.err << "temaplan-cli demo: angiv præcis ét filnavn.\n";
        return UsageError;
    }
    const QString path = parser.positionalArguments().first();
    const Result<ImportReport> made = createAndFill(path, importDemo);
    if (!made)
        return fail(ctx, made.error());
    ctx.out << "Oprettede demobiblioteket " << QDir::toNativeSeparators(path) << ": ";
    printReport(ctx, *made);
    return Ok;
}

int runImport(const QStringList &args, Context &ctx, const Command &self)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"JSON-FIL"_s, u"Filen der importeres (Temaplans JSON-format)."_s);
    if (auto code = parseCommandLine(parser, self, args, ctx))
        return *code;
    if (parser.positionalArguments().size() != 1) {
        ctx.err << "temaplan-cli import: angiv præcis én JSON-fil.\n";
        return UsageError;
    }
    int exitCode = Ok;
    auto library = openForCommand(ctx, exitCode);
    if (!library)
        return exitCode;
    const Result<ImportReport> report = importJsonFile(*library, parser.positionalArguments().first());
    if (!report)
        return fail(ctx, report.error());
    ctx.out << "Importeret: ";
    printReport(ctx, *report);
    return Ok;
}

int runExport(const QStringList &args, Context &ctx, const Command &self)
{
    QCommandLineParser parser;
    const QCommandLineOption event(u"event"_s, u"Eksportér kun dette arrangement (id eller begyndelsen af et id; "
                                               u"kan gentages) med alt det henviser til."_s,
                                   u"ID"_s);
    const QCommandLineOption caseOption(u"case"_s, u"Eksportér kun denne case (kan gentages)."_s, u"ID"_s);
    const QCommandLineOption output({u"o"_s, u"output"_s},
                                    u"Filen der skrives; uden den skrives til standard-output."_s, u"FIL"_s);
    parser.addOptions({event, caseOption, output});
    if (auto code = parseCommandLine(parser, self, args, ctx))
        return *code;
    if (!parser.positionalArguments().isEmpty()) {
        ctx.err << "temaplan-cli export: ukendt argument «" << parser.positionalArguments().first()
                << "»; filen angives med -o FIL.\n";
        return UsageError;
    }
    int exitCode = Ok;
    auto library = openForCommand(ctx, exitCode);
    if (!library)
        return exitCode;

    QList<Id> roots;
    auto resolveAll = [&](const QStringList &prefixes, const QList<Id> &ids, const QString &what) -> bool {
        for (const QString &prefix : prefixes) {
            const Result<Id> id = resolveId(prefix, ids, what);
            if (!id) {
                fail(ctx, id.error());
                return false;
            }
            roots.append(*id);
        }
        return true;
    };
    if (parser.isSet(event)) {
        const auto events = library->events().all();
        if (!events)
            return fail(ctx, events.error());
        QList<Id> ids;
        for (const Event &e : *events)
            ids.append(e.id);
        if (!resolveAll(parser.values(event), ids, u"arrangementer"_s))
            return DataError;
    }
    if (parser.isSet(caseOption)) {
        const auto cases = library->cases().all();
        if (!cases)
            return fail(ctx, cases.error());
        QList<Id> ids;
        for (const Case &c : *cases)
            ids.append(c.id);
        if (!resolveAll(parser.values(caseOption), ids, u"cases"_s))
            return DataError;
    }

    const QString target = parser.value(output);
    if (target.isEmpty() || target == u"-"_s) {
        const auto contents = library->contents(roots);
        if (!contents)
            return fail(ctx, contents.error());
        ctx.out << QString::fromUtf8(json::writeLibraryJson(*contents));
        return Ok;
    }
    if (Status s = exportJsonFile(*library, target, roots); !s)
        return fail(ctx, s.error());
    ctx.out << "Eksporterede til " << QDir::toNativeSeparators(target) << ".\n";
    return Ok;
}

} // namespace

QList<Command> exchangeCommands()
{
    QList<Command> list;
    Command demo{u"demo"_s, u"demo FIL"_s, u"Opret et bibliotek med demodata fra Sund By Netværkets programmer."_s, {}};
    demo.run = [demo](const QStringList &a, Context &c) { return runDemo(a, c, demo); };
    Command import{u"import"_s, u"import JSON-FIL"_s,
                   u"Importér poster fra en JSON-fil; alt eller intet, poster med samme id erstattes."_s, {}};
    import.run = [import](const QStringList &a, Context &c) { return runImport(a, c, import); };
    Command exportCommand{u"export"_s, u"export [--event ID]... [--case ID]... [-o FIL]"_s,
                          u"Eksportér biblioteket (eller de valgte poster med alt de henviser til) som JSON."_s, {}};
    exportCommand.run = [exportCommand](const QStringList &a, Context &c) { return runExport(a, c, exportCommand); };
    list << demo << import << exportCommand;
    return list;
}

} // namespace temaplan::cli
