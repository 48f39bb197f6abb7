// new_command_test.cpp — `nianbao new --from LAST.json [--year YEAR] -o OUT.json` (data contract §4).
#include <nlohmann/json.hpp>

#include "cli/run.h"
#include "pingtan_reports.h"

using namespace nianbao::test;
using json = nlohmann::json;

namespace {

std::string data(const char* relative) { return std::string(NIANBAO_SOURCE_DIR) + "/tests/data/" + relative; }

/// The real Pingtan report of `year` as a file in `dir`.
std::string pingtan(const std::string& dir, int year) {
  const std::string path = dir + "/pingtan-" + std::to_string(year) + ".json";
  write_all(path, pingtan_report_json(year));
  return path;
}

}  // namespace

TEST_CASE("new --from: a 2019-format 2020 report starts a 2021-format 2021 report, 上年结转 carried") {
  std::string dir = scratch_dir();
  RunResult r = run_nianbao(dir, "new --from '" + data("yanshi-2020.json") + "' -o '" + dir + "/2021.json'");
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  const json out = json::parse(read_all(dir + "/2021.json"));
  const json last = json::parse(read_all(data("yanshi-2020.json")));
  CHECK(out["format"] == "2021");
  CHECK(out["year"] == 2021);
  CHECK(out["agency"] == last["agency"]);
  CHECK(out["agency_kind"] == last["agency_kind"]);
  for (const char* col : {"natural", "business", "research", "nonprofit", "legal", "other", "total"})
    CHECK(out["cells"][std::string("t3.carried.") + col] == last["cells"][std::string("t3.forward.") + col]);
  int filled = 0;
  for (const auto& [code, v] : out["cells"].items()) filled += v.is_null() ? 0 : 1;
  CHECK(filled == 7);
  for (const char* s : {"overview", "problems", "other"}) CHECK(out["sections"][s] == "");
  // And the new file checks against last year's with no cross-year finding about 上年结转.
  RunResult check = run_nianbao(dir, "check --json --previous '" + data("yanshi-2020.json") + "' '" + dir + "/2021.json'");
  CHECK(check.out.find("\"CY1\"") == std::string::npos);
  CHECK(check.out.find("\"CY0\"") == std::string::npos);
  remove_dir(dir);
}

TEST_CASE("new --from: 2021 → 2022 with --year, refusals leave nothing behind") {
  std::string dir = scratch_dir();
  const std::string last = pingtan(dir, 2021);
  RunResult r = run_nianbao(dir, "new --from '" + last + "' --year 2022 -o '" + dir + "/2022.json'");
  CHECK(r.status == 0);
  const json out = json::parse(read_all(dir + "/2022.json"));
  CHECK(out["format"] == "2021");
  CHECK(out["year"] == 2022);
  CHECK(out["cells"]["t3.carried.natural"] == 1);
  CHECK(out["cells"]["t3.carried.total"] == 1);
  CHECK(out["cells"]["t3.new.natural"].is_null());

  RunResult wrong_year = run_nianbao(dir, "new --from '" + last + "' --year 2024 -o '" + dir + "/x.json'");
  CHECK(wrong_year.status == 2);
  CHECK(wrong_year.err.find("新报告应为 2022 年度") != std::string::npos);
  RunResult with_format = run_nianbao(dir, "new --from '" + last + "' --format 2019 -o '" + dir + "/x.json'");
  CHECK(with_format.status == 2);
  CHECK(with_format.err.find("--from 不能与 --format 同用") != std::string::npos);
  write_all(dir + "/broken.json", "{\"schema\": \"nianbao/report\"");
  RunResult broken = run_nianbao(dir, "new --from '" + dir + "/broken.json' -o '" + dir + "/x.json'");
  CHECK(broken.status == 2);
  CHECK(broken.err.find("broken.json") != std::string::npos);
  RunResult missing = run_nianbao(dir, "new --from '" + dir + "/none.json' -o '" + dir + "/x.json'");
  CHECK(missing.status == 2);
  CHECK(read_all(dir + "/x.json").empty());  // never written
  remove_dir(dir);
}
