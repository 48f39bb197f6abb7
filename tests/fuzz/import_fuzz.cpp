// import_fuzz.cpp — libFuzzer target for import_report (run manually: tests/fuzz/run.sh).
//
// Every input must give either a usable report that saves and loads again, or a message.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "nianbao/import.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  nianbao::ImportResult r = nianbao::import_report(input, size % 2 ? "page.html" : "page.txt");
  if (!r.ok) {
    if (r.error.empty()) std::abort();
    return 0;
  }
  if (r.report.cells.size() != r.report.def().cells.size()) std::abort();
  if (!nianbao::load_report_json(nianbao::save_report_json(r.report)).ok) std::abort();
  return 0;
}
