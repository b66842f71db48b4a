// A QCoreApplication for tests that use Qt Core (event loop, QStandardPaths).
#include "catchsession.h"
#include "testhome.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTranslator>

int main(int argc, char *argv[])
{
    const TestHome home;
    QCoreApplication app(argc, argv);
    // As the programs speak on a Danish system: the texts are written in Danish, and the
    // Danish file gives the forms of the "%n" texts (where a test links the resources).
    QTranslator danish;
    if (danish.load(QStringLiteral(":/i18n/temaplan_da.qm")))
        QCoreApplication::installTranslator(&danish);
    QStandardPaths::setTestModeEnabled(true);
    return runCatchSession(argc, argv);
}
