#include "clirunner.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("temaplan-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TEMAPLAN_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = temaplan::cli::run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
