// conformance_test.cpp — the rule cases of tests/rules/*.json through `nianbao check --json`, and the
// meta-test: every rule `nianbao rules` prints has at least one passing and one failing case.
#include <map>
#include <sstream>

#include "cli/run.h"
#include "rules/cases.h"

using namespace nianbao::test;
using json = nlohmann::json;

TEST_CASE("rule conformance suite (tests/rules/*.json) through nianbao check --json") {
  const std::string dir = scratch_dir();
  for (const auto& c : load_rule_cases()) {
    INFO(c.name);
    write_all(dir + "/report.json", c.report.dump(2));
    std::string args = "check --json";
    if (!c.previous.is_null()) {
      write_all(dir + "/previous.json", c.previous.dump(2));
      args += " --previous '" + dir + "/previous.json'";
    }
    if (!c.units.empty()) args += " --units";
    for (size_t i = 0; i < c.units.size(); ++i) {
      const std::string unit = dir + "/unit" + std::to_string(i) + ".json";
      write_all(unit, c.units[i].dump(2));
      args += " '" + unit + "'";
    }
    RunResult r = run_nianbao(dir, args + " '" + dir + "/report.json'");
    REQUIRE_MESSAGE((r.status == 0 || r.status == 1), r.err);
    json of_rule = json::array();
    for (auto& f : json::parse(r.out))
      if (f["rule"] == c.rule) {
        f.erase("file");
        of_rule.push_back(f);
      }
    check_case_findings(c, of_rule);
  }
  remove_dir(dir);
}

TEST_CASE("every rule nianbao rules prints has a passing and a failing case") {
  const std::string dir = scratch_dir();
  RunResult r = run_nianbao(dir, "rules");
  REQUIRE(r.status == 0);
  std::map<std::string, std::pair<int, int>> counts;  // id → (passing, failing)
  for (const auto& c : load_rule_cases()) (c.valid ? counts[c.rule].first : counts[c.rule].second)++;
  std::istringstream lines(r.out);
  int rules = 0;
  for (std::string line; std::getline(lines, line);) {
    const std::string id = line.substr(0, line.find(' '));
    ++rules;
    CHECK_MESSAGE(counts[id].first >= 1, id << " has no passing case in tests/rules/" << id << ".json");
    CHECK_MESSAGE(counts[id].second >= 1, id << " has no failing case in tests/rules/" << id << ".json");
  }
  CHECK(rules >= 28);
  remove_dir(dir);
}
