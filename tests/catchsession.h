#pragma once

// Runs the Catch2 session on the command line's arguments: the test programs' mains call
// this once their Qt application exists (catchsession.cpp holds Catch2's implementation).
int runCatchSession(int argc, char *argv[]);
