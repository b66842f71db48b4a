#include "clirunner.h"

#include "command.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::cli {

namespace {

QList<Command> allCommands()
{
    QList<Command> all;
    all << libraryCommands() << eventCommands() << caseCommands() << exchangeCommands() << renderCommands();
    return all;
}

void printOverview(QTextStream &out, const QList<Command> &commands)
{
    out << "Brug: temaplan-cli [--library FIL] KOMMANDO [ARGUMENTER]\n\n"
        << "Temaplan på kommandolinjen: programmer og cases i et Temaplan-bibliotek.\n\n"
        << "Tilvalg:\n"
        << "  --library FIL   biblioteket der arbejdes på (ellers $TEMAPLAN_LIBRARY)\n"
        << "  -h, --help      vis denne hjælp; KOMMANDO --help viser kommandoens hjælp\n"
        << "  -v, --version   vis versionen\n\n"
        << "Kommandoer:\n";
    for (const Command &c : commands)
        out << "  " << c.synopsis.leftJustified(44) << ' ' << c.summary << '\n';
}

} // namespace

std::optional<int> parseCommandLine(QCommandLineParser &parser, const Command &command,
                                    const QStringList &args, Context &ctx)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Vis hjælp til kommandoen."_s);
    parser.addOption(help);
    if (!parser.parse(QStringList{u"temaplan-cli"_s} + args)) {
        ctx.err << "temaplan-cli " << command.name << ": " << parser.errorText() << '\n'
                << "Brug: temaplan-cli " << command.synopsis << '\n';
        return UsageError;
    }
    if (parser.isSet(help)) {
        ctx.out << "Brug: temaplan-cli [--library FIL] " << command.synopsis << "\n\n"
                << command.summary << "\n";
        // helpText() names the program and its own usage line; ours is above.
        const QString text = parser.helpText();
        const qsizetype optionsAt = text.indexOf(u"Options:"_s);
        if (optionsAt >= 0)
            ctx.out << '\n' << QString(text.mid(optionsAt)).replace(u"Options:"_s, u"Tilvalg:"_s)
                                   .replace(u"Arguments:"_s, u"Argumenter:"_s);
        return Ok;
    }
    return std::nullopt;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QList<Command> commands = allCommands();
    // Global options stand before the command; everything from the command on is its own.
    QString library = qEnvironmentVariable("TEMAPLAN_LIBRARY");
    qsizetype i = 1;
    for (; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--library"_s || a == u"-library"_s) {
            if (i + 1 >= arguments.size()) {
                err << "temaplan-cli: --library mangler et filnavn.\n";
                return UsageError;
            }
            library = arguments.at(++i);
        } else if (a.startsWith(u"--library="_s)) {
            library = a.mid(10);
        } else if (a == u"-h"_s || a == u"--help"_s) {
            printOverview(out, commands);
            return Ok;
        } else if (a == u"-v"_s || a == u"--version"_s) {
            out << "temaplan-cli " << TEMAPLAN_VERSION << '\n';
            return Ok;
        } else if (a.startsWith(u'-')) {
            err << "temaplan-cli: ukendt tilvalg «" << a << "». Se temaplan-cli --help.\n";
            return UsageError;
        } else {
            break;
        }
    }
    if (i >= arguments.size()) {
        printOverview(err, commands);
        return UsageError;
    }
    const QString name = arguments.at(i);
    for (const Command &c : commands) {
        if (c.name == name) {
            Context ctx{library, out, err};
            return c.run(arguments.mid(i + 1), ctx);
        }
    }
    err << "temaplan-cli: ukendt kommando «" << name << "». Se temaplan-cli --help.\n";
    return UsageError;
}

bool commandUsesFonts(const QStringList &arguments)
{
    // As run() reads them: global options, then the command.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--library"_s || a == u"-library"_s) {
            ++i;
            continue;
        }
        if (a.startsWith(u'-'))
            continue;
        for (const Command &c : allCommands()) {
            if (c.name == a)
                return c.usesFonts;
        }
        return false;
    }
    return false;
}

} // namespace temaplan::cli
