#ifndef C_FUZZER_DRIVER_H
#define C_FUZZER_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver, called from our own `main` (SwiftPM on Linux names an executable's entry
/// point itself, so libFuzzer's `main` cannot be the one that runs). Defined by libclang_rt.fuzzer:
/// only referenced when the fuzz target is built with `-sanitize=fuzzer` and `-D VIGIA_LIBFUZZER`.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
