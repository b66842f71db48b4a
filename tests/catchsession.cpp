// Catch2's implementation, compiled once and linked by every test program: it is the
// slowest file of a test program to compile (about a minute under the sanitizers), and
// each program's catchmain_*.cpp needs only Catch::Session from the header.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
