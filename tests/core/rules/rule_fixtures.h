// rule_fixtures.h — reports and finding filters shared by the rule tests (tests/core/*rules_test.cpp).
#pragma once

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "nianbao/rules.h"
#include "support.h"

namespace nianbao::test {

/// The seed report (偃师 2020) from tests/data/yanshi-2020.json: figures and metadata, no prose.
inline Report load_seed() {
  auto r = load_report_json(source_file("tests/data/yanshi-2020.json"));
  REQUIRE_MESSAGE(r.ok, r.error);
  return r.report;
}

/// A 2021 report with every count 0 and the fee amount "0": passes every table rule.
inline Report zero2021(int year = 2022) {
  Report r = new_report(FormatVersion::v2021, year, "测试局");
  r.agency_kind = AgencyKind::Department;  // chosen, as M2 asks
  for (size_t i = 0; i < r.cells.size(); ++i)
    r.cells[i] = r.def().cells[i].kind == ValueKind::Amount ? CellValue::of_amount("0") : CellValue::of_count(0);
  r.other = "本年度未收取信息处理费。";
  return r;
}

/// 一、总体情况 as units copy it from each other (雷同, S2): `agency`'s name and the figure `n` put in.
inline std::string copied_overview(const std::string& agency, const std::string& n) {
  std::string s =
      "本年度，{}坚持以公开为常态、不公开为例外，围绕重点领域信息公开和回应关切开展工作。全年主动公开政府信息{}条，"
      "召开新闻发布会{}场。依申请公开方面，均在法定期限内答复。平台建设方面，完成政府网站集约化改造，优化信息公开专栏。";
  s.replace(s.find("{}"), 2, agency);
  for (size_t at; (at = s.find("{}")) != std::string::npos;) s.replace(at, 2, n);
  return s;
}

/// Sets a count cell.
inline void set(Report& r, const std::string& code, int64_t v) { REQUIRE(r.set_cell(code, CellValue::of_count(v))); }

/// The findings of one rule, in order.
inline std::vector<Finding> with_rule(const std::vector<Finding>& all, const std::string& rule) {
  std::vector<Finding> out;
  for (const auto& f : all)
    if (f.rule == rule) out.push_back(f);
  return out;
}

/// The rule ids of all findings (with repetitions).
inline std::multiset<std::string> rule_ids(const std::vector<Finding>& all) {
  std::multiset<std::string> s;
  for (const auto& f : all) s.insert(f.rule);
  return s;
}

/// Does `s` contain `part`?
inline bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

/// Sets one table-三 row from 7 values (natural … other, total).
inline void set_row(Report& r, const std::string& row, std::initializer_list<int64_t> v) {
  size_t c = 0;
  for (int64_t x : v) set(r, "t3." + row + "." + r.def().t3_columns[c++].key, x);
}

/// Sets rows where only 自然人 applied: {row, n} makes 自然人 = 总计 = n and the other columns 0.
inline void natural_rows(Report& r, std::initializer_list<std::pair<const char*, int64_t>> rows) {
  for (const auto& [row, n] : rows) set_row(r, row, {n, 0, 0, 0, 0, 0, n});
}

}  // namespace nianbao::test
