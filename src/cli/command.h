#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace temaplan::cli {

// Exit codes: scripts rely on them.
enum ExitCode { Ok = 0, DataError = 1, UsageError = 2 };

struct Context
{
    QString libraryPath; // from --library or TEMAPLAN_LIBRARY; may be empty
    QTextStream &out;
    QTextStream &err;
};

struct Command
{
    QString name;
    QString synopsis; // "events [--from DATO] [--to DATO] [--group NAVN]"
    QString summary;  // one line for the command list
    std::function<int(const QStringList &args, Context &ctx)> run;
    bool usesFonts = false; // lays text out (a PDF): see loadFontConfiguration()
};

// Parses a command's own arguments. Returns nullopt when the caller should go on;
// otherwise the exit code to return (help printed: Ok; bad arguments: UsageError).
std::optional<int> parseCommandLine(QCommandLineParser &parser, const Command &command,
                                    const QStringList &args, Context &ctx);

QList<Command> libraryCommands();
QList<Command> eventCommands();
QList<Command> caseCommands();
QList<Command> exchangeCommands();
QList<Command> renderCommands();


} // namespace temaplan::cli
