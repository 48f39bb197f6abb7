// pingtan_reports.h — the real Pingtan reports as report JSON, for tests across years: each year's cells as
// the importer must read them (tests/data/expected/pingtan-YEAR.json), with the prose given.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "support.h"

namespace nianbao::test {

/// Report JSON of Pingtan's report of `year` (2019–2025): format, year, agency and every cell; 五 = `problems`.
inline std::string pingtan_report_json(int year, const std::string& problems = "") {
  const auto expected = nlohmann::json::parse(source_file("tests/data/expected/pingtan-" + std::to_string(year) + ".json"));
  const nlohmann::json doc = {{"schema", "nianbao/report"}, {"version", 1},         {"format", expected["format"]},
                              {"year", expected["year"]},   {"agency", expected["agency"]},
                              {"sections", {{"problems", problems}}}, {"cells", expected["cells"]}};
  return doc.dump();
}

}  // namespace nianbao::test
