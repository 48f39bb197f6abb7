// import_fuzz.cpp — libFuzzer target for import_report (run manually: tests/fuzz/run.sh).
//
// Every input must give either a usable report that saves and loads again, or a message.
#include <cstdint>
#include <string>

#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  return check_import_result(nianbao::import_report(input, size % 2 ? "page.html" : "page.txt"));
}
