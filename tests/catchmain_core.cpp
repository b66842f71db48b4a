// A QCoreApplication for tests that use Qt Core (event loop, QStandardPaths).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    return Catch::Session().run(argc, argv);
}
