#pragma once

#include "librarycontents.h"

namespace temaplan {

// A made-up but plausible library for benchmarks and scale tests: Danish
// municipalities, case titles, people and theme-group meetings whose slots present
// the cases. The same options give the same library, ids included.
struct SyntheticOptions
{
    int cases = 1000;
    int events = 100;
    quint32 seed = 1;
};

// The generated records; series stays empty.
using SyntheticLibrary = LibraryContents;

SyntheticLibrary generateSyntheticLibrary(const SyntheticOptions &options);

} // namespace temaplan
