// fuzz_check.h — what every importer fuzz target demands of a result: a usable report that saves and
// loads again, or a message; anything else aborts (a finding for libFuzzer).
#pragma once

#include <cstdlib>

#include "nianbao/import.h"

inline int check_import_result(const nianbao::ImportResult& r) {
  if (!r.ok) {
    if (r.error.empty()) std::abort();
    return 0;
  }
  if (r.report.cells.size() != r.report.def().cells.size()) std::abort();
  if (!nianbao::load_report_json(nianbao::save_report_json(r.report)).ok) std::abort();
  return 0;
}
