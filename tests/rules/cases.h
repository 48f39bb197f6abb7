// cases.h — the rule conformance suite: tests/rules/<ID>.json, read by the core runner
// (tests/core/rules/conformance_test.cpp) and the CLI runner (tests/cli/conformance_test.cpp).
//
// A case file holds the cases of one rule (model: JSON-Schema-Test-Suite):
//   {"rule": "C3.1", "cases": [{"description": "…", "base": "zero-2021", "patch": {…}, "previous": {…},
//                               "valid": false, "findings": [{"cells": […], "expected": "…", "actual": "…"}]}]}
// `base` names a report in tests/rules/base/ (every count 0, prose that passes every rule); `patch` is a
// JSON merge patch (RFC 7386) applied to it; `previous` (base + patch) is last year's report for CY rules;
// `units` (a list of base + patch) are the unit reports an aggregate is checked against (H rules).
// `valid` says whether the report passes the rule (no finding of it); for a failing case, `findings` lists
// the rule's findings in order, each with the keys to compare (any key of the findings JSON).
// Domain reviewers add cases here without writing C++.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

namespace nianbao::test {

struct RuleCase {
  std::string rule;         ///< the rule id the file is about
  std::string name;         ///< "C3.1.json #2: …" for messages
  nlohmann::json report;    ///< the report JSON to check
  nlohmann::json previous;  ///< last year's report, or null
  std::vector<nlohmann::json> units;  ///< unit reports for the H rules (none: not given)
  bool valid = true;
  nlohmann::json findings;  ///< expected findings of the rule (failing cases), or null
};

inline nlohmann::json read_json_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot read " << p.string());
  std::stringstream ss;
  ss << in.rdbuf();
  return nlohmann::json::parse(ss.str());
}

/// base + patch of a case (or of its "previous").
inline nlohmann::json build_report(const std::filesystem::path& dir, const nlohmann::json& spec) {
  nlohmann::json doc = read_json_file(dir / "base" / (spec.at("base").get<std::string>() + ".json"));
  if (spec.contains("patch")) doc.merge_patch(spec["patch"]);
  return doc;
}

/// Every case of every tests/rules/*.json, files in name order.
inline std::vector<RuleCase> load_rule_cases() {
  const std::filesystem::path dir = std::filesystem::path(NIANBAO_SOURCE_DIR) / "tests" / "rules";
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".json") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<RuleCase> out;
  for (const auto& file : files) {
    const nlohmann::json doc = read_json_file(file);
    const std::string rule = doc.at("rule");
    CHECK_MESSAGE(file.stem().string() == rule, file.string() << " is about rule " << rule);
    int n = 0;
    for (const auto& c : doc.at("cases")) {
      RuleCase rc;
      rc.rule = rule;
      rc.name = file.filename().string() + " #" + std::to_string(++n) + ": " + c.value("description", "");
      rc.report = build_report(dir, c);
      if (c.contains("previous")) rc.previous = build_report(dir, c["previous"]);
      if (c.contains("units"))
        for (const auto& u : c["units"]) rc.units.push_back(build_report(dir, u));
      rc.valid = c.at("valid").get<bool>();
      if (c.contains("findings")) rc.findings = c["findings"];
      out.push_back(std::move(rc));
    }
  }
  return out;
}

/// Compares the findings of the case's rule (findings-JSON objects) with what the case expects.
inline void check_case_findings(const RuleCase& c, const nlohmann::json& actual) {
  INFO(c.name);
  INFO("findings of the rule: " << actual.dump(1));
  if (c.valid) {
    CHECK(actual.empty());
    return;
  }
  CHECK_FALSE(actual.empty());
  if (c.findings.is_null()) return;
  REQUIRE(actual.size() == c.findings.size());
  for (size_t i = 0; i < actual.size(); ++i)
    for (const auto& [key, want] : c.findings[i].items()) CHECK_MESSAGE(actual[i].value(key, nlohmann::json()) == want, key);
}

}  // namespace nianbao::test
