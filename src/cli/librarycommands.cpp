#include "command.h"
#include "libraryaccess.h"

#include "core/synthetic.h"
#include "store/libraryexchange.h"
#include "store/libraryfile.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::cli {

namespace {

int runInit(const QStringList &args, Context &ctx, const Command &self)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"FIL"_s, u"Det nye biblioteks filnavn (fx programmer.temaplan)."_s);
    if (auto code = parseCommandLine(parser, self, args, ctx))
        return *code;
    if (parser.positionalArguments().size() != 1) {
        ctx.err << "temaplan-cli init: angiv præcis ét filnavn.\n";
        return UsageError;
    }
    const QString path = parser.positionalArguments().first();
    auto created = openLibrary(path, OpenMode::CreateNew);
    if (!created)
        return fail(ctx, created.error());
    ctx.out << "Oprettede et tomt bibliotek: " << QDir::toNativeSeparators(path) << '\n';
    return Ok;
}

int runCheck(const QStringList &args, Context &ctx, const Command &self)
{
    QCommandLineParser parser;
    if (auto code = parseCommandLine(parser, self, args, ctx))
        return *code;
    int exitCode = Ok;
    auto library = openForCommand(ctx, exitCode);
    if (!library)
        return exitCode;
    const auto problems = library->check();
    if (!problems)
        return fail(ctx, problems.error());
    ctx.out << "Bibliotek: " << QDir::toNativeSeparators(library->location()) << '\n'
            << "Skemaversion: " << library->schemaVersion() << " (denne version skriver "
            << currentSchemaVersion() << ")\n";
    if (problems->isEmpty()) {
        ctx.out << "Ingen fejl fundet.\n";
        return Ok;
    }
    for (const QString &p : *problems)
        ctx.out << "FEJL: " << p << '\n';
    ctx.err << "temaplan-cli: " << problems->size() << " fejl fundet i biblioteket.\n";
    return DataError;
}

int runCopy(const QStringList &args, Context &ctx, const Command &self)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"FIL"_s, u"Kopiens filnavn; en eksisterende fil erstattes, når kopien er hel."_s);
    if (auto code = parseCommandLine(parser, self, args, ctx))
        return *code;
    if (parser.positionalArguments().size() != 1) {
        ctx.err << "temaplan-cli copy: angiv præcis ét filnavn.\n";
        return UsageError;
    }
    int exitCode = Ok;
    auto library = openForCommand(ctx, exitCode);
    if (!library)
        return exitCode;
    const QString path = parser.positionalArguments().first();
    if (Status s = library->saveCopy(path); !s)
        return fail(ctx, s.error());
    ctx.out << "Gemte en kopi af biblioteket i " << QDir::toNativeSeparators(path) << ".\n";
    return Ok;
}

std::optional<int> countOption(const QCommandLineParser &parser, const QCommandLineOption &option,
                               Context &ctx)
{
    bool ok = false;
    const int n = parser.value(option).toInt(&ok);
    if (!ok || n < 0) {
        ctx.err << "temaplan-cli generate: --" << option.names().first()
                << " skal være et heltal på 0 eller mere.\n";
        return std::nullopt;
    }
    return n;
}

int runGenerate(const QStringList &args, Context &ctx, const Command &self)
{
    QCommandLineParser parser;
    const QCommandLineOption cases(u"cases"_s, u"Antal cases (standard 1000)."_s, u"N"_s, u"1000"_s);
    const QCommandLineOption events(u"events"_s, u"Antal arrangementer (standard 100)."_s, u"M"_s, u"100"_s);
    const QCommandLineOption seed(u"seed"_s, u"Startværdi; samme værdi giver samme bibliotek (standard 1)."_s,
                                  u"S"_s, u"1"_s);
    parser.addOptions({cases, events, seed});
    parser.addPositionalArgument(u"FIL"_s, u"Det nye biblioteks filnavn."_s);
    if (auto code = parseCommandLine(parser, self, args, ctx))
        return *code;
    if (parser.positionalArguments().size() != 1) {
        ctx.err << "temaplan-cli generate: angiv præcis ét filnavn.\n";
        return UsageError;
    }
    const auto caseCount = countOption(parser, cases, ctx);
    const auto eventCount = countOption(parser, events, ctx);
    const auto seedValue = countOption(parser, seed, ctx);
    if (!caseCount || !eventCount || !seedValue)
        return UsageError;
    const QString path = parser.positionalArguments().first();
    const SyntheticLibrary lib = generateSyntheticLibrary({*caseCount, *eventCount, quint32(*seedValue)});
    const Result<ImportReport> made = createAndFill(path, [&](Library &l) { return importContents(l, lib); });
    if (!made)
        return fail(ctx, made.error());
    ctx.out << "Oprettede " << QDir::toNativeSeparators(path) << " med " << lib.cases.size()
            << " cases og " << lib.events.size() << " arrangementer.\n";
    return Ok;
}

} // namespace

QList<Command> libraryCommands()
{
    QList<Command> list;
    Command init{u"init"_s, u"init FIL"_s, u"Opret et nyt, tomt bibliotek."_s, {}};
    init.run = [init](const QStringList &a, Context &c) { return runInit(a, c, init); };
    Command check{u"check"_s, u"check"_s,
                  u"Kontrollér biblioteket: integritet, skemaversion, hængende henvisninger."_s, {}};
    check.run = [check](const QStringList &a, Context &c) { return runCheck(a, c, check); };
    Command generate{u"generate"_s, u"generate [--cases N] [--events M] [--seed S] FIL"_s,
                     u"Opret et stort bibliotek med opdigtede, danske data (til måling og afprøvning)."_s, {}};
    generate.run = [generate](const QStringList &a, Context &c) { return runGenerate(a, c, generate); };
    Command copy{u"copy"_s, u"copy FIL"_s, u"Gem en kopi af biblioteket (sikker, også mens det er åbent)."_s, {}};
    copy.run = [copy](const QStringList &a, Context &c) { return runCopy(a, c, copy); };
    list << init << check << copy << generate;
    return list;
}

} // namespace temaplan::cli
