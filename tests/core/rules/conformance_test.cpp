// conformance_test.cpp — the data-driven rule cases of tests/rules/*.json, run through check_report.
// (tests/cli/conformance_test.cpp runs the same cases through `nianbao check --json`.)
#include "nianbao/rules.h"
#include "rules/cases.h"

using namespace nianbao;
using namespace nianbao::test;

TEST_CASE("rule conformance suite (tests/rules/*.json) through check_report") {
  const auto cases = load_rule_cases();
  REQUIRE_FALSE(cases.empty());
  for (const auto& c : cases) {
    INFO(c.name);
    LoadResult report = load_report_json(c.report.dump());
    REQUIRE_MESSAGE(report.ok, report.error);
    LoadResult previous;
    if (!c.previous.is_null()) {
      previous = load_report_json(c.previous.dump());
      REQUIRE_MESSAGE(previous.ok, previous.error);
    }
    std::vector<Report> units;
    for (const auto& u : c.units) {
      LoadResult unit = load_report_json(u.dump());
      REQUIRE_MESSAGE(unit.ok, unit.error);
      units.push_back(std::move(unit.report));
    }
    std::vector<const Report*> unit_ptrs;
    for (const auto& u : units) unit_ptrs.push_back(&u);
    nlohmann::json of_rule = nlohmann::json::array();
    for (const auto& f : check_report(report.report, previous.ok ? &previous.report : nullptr,
                                      c.units.empty() ? nullptr : &unit_ptrs))
      if (f.rule == c.rule) of_rule.push_back(nlohmann::json::parse(f.to_json().dump()));
    check_case_findings(c, of_rule);
  }
}
