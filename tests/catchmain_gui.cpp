// A QApplication for widget tests, a QGuiApplication for tests of layers without
// widgets (render): the include path says which Qt modules the test links.
// Offscreen unless the caller chose a platform.
#include "catchsession.h"
#include "testhome.h"

#include <QStandardPaths>
#include <QTranslator>

#if __has_include(<QApplication>)
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const TestHome home;
    TestApplication app(argc, argv);
    // As the programs speak on a Danish system: the texts are written in Danish, and the
    // Danish file gives the forms of the "%n" texts (where a test links the resources).
    QTranslator danish;
    if (danish.load(QStringLiteral(":/i18n/temaplan_da.qm")))
        QCoreApplication::installTranslator(&danish);
    QStandardPaths::setTestModeEnabled(true);
    return runCatchSession(argc, argv);
}
