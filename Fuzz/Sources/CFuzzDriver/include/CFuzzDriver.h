/* libFuzzer's entry point for programs that own `main`.
 *
 * SwiftPM links every executable with `main` aliased to `<Module>_main`, a symbol a
 * `-parse-as-library` module never defines; each fuzz target therefore defines `<Module>_main`
 * itself and hands control to libFuzzer through this function (libFuzzer 11 and later).
 */
#ifndef C_FUZZ_DRIVER_H
#define C_FUZZ_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/** Runs libFuzzer with the command line `argc`/`argv`, calling `callback` for each input. */
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
