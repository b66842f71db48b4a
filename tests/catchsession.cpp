// Catch2's implementation, compiled once and linked by every test program: it is the
// slowest file of a test program to compile (about a minute under the sanitizers), and
// Catch::Session is declared only where the implementation is compiled.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "catchsession.h"

int runCatchSession(int argc, char *argv[])
{
    return Catch::Session().run(argc, argv);
}
