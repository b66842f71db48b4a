#include "clirunner.h"
#include "fontconfiguration.h"

#include <QGuiApplication>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // Programmes are laid out with fonts, which needs a QGuiApplication; a command-line
    // tool has no screen to show anything on, so it never asks for one.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Only a command that lays text out gets a QGuiApplication: for the others its font
    // database started fontconfig at exit, only to free it again.
    const bool usesFonts = temaplan::cli::commandUsesFonts(arguments);
    // Before Qt starts fontconfig, which it does at the first font.
    if (usesFonts)
        temaplan::cli::loadFontConfiguration();
    const std::unique_ptr<QCoreApplication> app =
        usesFonts ? std::make_unique<QGuiApplication>(argc, argv)
                  : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("temaplan-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TEMAPLAN_VERSION));
    // The command line speaks only Danish, the language its texts are written in; the
    // Danish file adds the forms of the "%n" texts ("og 1 anden", "og 2 andre").
    QTranslator danish;
    if (danish.load(QStringLiteral(":/i18n/temaplan_da.qm")))
        QCoreApplication::installTranslator(&danish);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = temaplan::cli::run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
