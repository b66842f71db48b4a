#include "clirun.h"

#include "cli/clirunner.h"

#include <QTextStream>

CliResult runCli(const QStringList &args)
{
    CliResult r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.exitCode = temaplan::cli::run(QStringList{QStringLiteral("temaplan-cli")} + args, out, err);
    out.flush();
    err.flush();
    return r;
}
