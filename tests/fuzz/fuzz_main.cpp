// libFuzzer entry for one BodyTargets family (AGENTP_FUZZ_TARGET): a crash, a sanitizer report
// or a contract violation (printed, then abort) is a finding. Built only in the `fuzz` preset.
#include "tests/fuzz/BodyTargets.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString violation = agentp::fuzz::AGENTP_FUZZ_TARGET(
        QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!violation.isEmpty()) {
        std::fprintf(stderr, "contract violation: %s\n", qUtf8Printable(violation));
        std::abort();
    }
    return 0;
}
