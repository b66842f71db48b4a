#include "clirunner.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Programmes are laid out with fonts, which needs a QGuiApplication; a command-line
    // tool has no screen to show anything on, so it never asks for one.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("temaplan-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TEMAPLAN_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = temaplan::cli::run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
