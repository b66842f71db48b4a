// libFuzzer target: any bytes given to the JSON import must either be refused with a
// message, leaving the library exactly as it was, or be imported whole into a library
// that still passes check(). Built only with -DTEMAPLAN_FUZZ=ON and clang (scripts/fuzz).
#include "importcheck.h"

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString problem = temaplan::reliability::checkImportOf(bytes);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "import_fuzzer: %s\n", problem.toUtf8().constData());
        std::abort();
    }
    return 0;
}
