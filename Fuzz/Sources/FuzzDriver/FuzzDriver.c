// The fuzz executable's entry point. SwiftPM links every executable with `--defsym main=<Module>_main`
// (so that tests can link executables), which leaves no room for libFuzzer's own main(); this function is
// that symbol and hands over to libFuzzer's driver, which parses the usual flags and calls
// LLVMFuzzerTestOneInput (defined in Swift, FuzzDatasets.swift).
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int FuzzDatasets_main(int argc, char **argv) {
    return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput);
}
