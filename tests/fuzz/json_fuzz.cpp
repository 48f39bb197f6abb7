// json_fuzz.cpp — libFuzzer target: report JSON → load → check → save → load → save.
//
// Every input either loads or gets a message; a loaded report is checked without trouble, and saving is a
// fixed point (what was saved loads again and saves to the same bytes).
#include <cstdint>
#include <cstdlib>
#include <string>

#include "nianbao/report.h"
#include "nianbao/rules.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  nianbao::LoadResult loaded = nianbao::load_report_json(input);
  if (!loaded.ok) {
    if (loaded.error.empty()) std::abort();
    return 0;
  }
  for (const auto& f : nianbao::check_report(loaded.report, &loaded.report))
    if (f.rule.empty() || f.message.empty()) std::abort();
  const std::string saved = nianbao::save_report_json(loaded.report);
  nianbao::LoadResult again = nianbao::load_report_json(saved);
  if (!again.ok || nianbao::save_report_json(again.report) != saved) std::abort();
  return 0;
}
