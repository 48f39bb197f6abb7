// rules_test.cpp — the rule table, the seed report, hand-built reports, reviews and the order of findings.
// (Each rule has its passing and failing cases in the test file of the rule file that implements it.)
#include "rule_fixtures.h"

using namespace nianbao;
using namespace nianbao::test;

namespace {

/// Text between a heading line and the next heading (or the end), from the seed sample.
std::string section_text(const std::string& text, const std::string& heading, const std::string& next) {
  size_t at = text.find("\n" + heading + "\n");
  REQUIRE_MESSAGE(at != std::string::npos, "heading " << heading);
  at += heading.size() + 2;
  size_t end = next.empty() ? text.size() : text.find("\n" + next + "\n", at);
  return text.substr(at, end == std::string::npos ? std::string::npos : end - at);
}

}  // namespace

TEST_CASE("rule list: unique ids, one line each, covering format-spec §4") {
  std::set<std::string> ids;
  for (const auto& r : rule_list()) {
    CHECK(ids.insert(r.id).second);
    CHECK_FALSE(r.summary.empty());
    CHECK(r.summary.find('\n') == std::string::npos);
    CHECK(r.needs_previous == (r.id.rfind("CY", 0) == 0));
    CHECK_FALSE(r.formats.empty());
  }
  for (const char* id : {"C2.1", "C3.1", "C3.2", "C3.3", "C3.4", "C4.1", "CY1", "CY2", "CY3", "CY4", "N1", "N2", "N3",
                         "N4", "N5", "N6", "N7", "N8", "N9", "E1", "U1"})
    CHECK_MESSAGE(ids.count(id), id);
}

TEST_CASE("rule list: printed by family (C, E, A, M, U, N, CY, H, S), then by number, format-specific rules say so") {
  std::vector<std::string> order;
  for (const auto& r : rule_list()) order.push_back(r.id);
  auto before = [&](const char* a, const char* b) {
    auto pa = std::find(order.begin(), order.end(), a), pb = std::find(order.begin(), order.end(), b);
    return pa != order.end() && pb != order.end() && pa < pb;
  };
  CHECK(order.front() == "C2.1");
  CHECK(before("C3.4", "C4.1"));
  CHECK(before("C4.2", "E1"));
  CHECK(before("E2", "A1"));
  CHECK(before("A3", "M1"));
  CHECK(before("U1", "N1"));
  CHECK(before("N9", "CY0"));
  CHECK(before("CY4", "H1"));
  CHECK(before("H5", "S1"));
  CHECK(order.back() == "S2");
  for (const auto& r : rule_list()) {
    if (r.id == "N2" || r.id == "N3" || r.id == "CY2") CHECK(r.formats == std::vector<FormatVersion>{FormatVersion::v2021});
    if (r.id == "CY3") CHECK(r.formats == std::vector<FormatVersion>{FormatVersion::v2019});
    if (r.id == "C3.1") CHECK(r.formats.size() == kFormatCount);
  }
}

// ---------------------------------------------------------------------------------------------
// seed report

TEST_CASE("seed report (偃师 2020): no error or inconsistency, exactly N4 and N8 warnings") {
  Report r = load_seed();
  auto findings = check_report(r);
  CHECK(summarize(findings).passes());
  CHECK(rule_ids(findings) == std::multiset<std::string>{"N4", "N8"});

  auto text = test::shared_file("samples/yanshi-2020.txt");
  if (!text) return;
  r.overview = section_text(*text, "一、总体情况", "二、主动公开政府信息情况");
  r.problems = section_text(*text, "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
  r.other = section_text(*text, "六、其他需要报告的事项", "");
  REQUIRE(contains(r.overview, "收到依申请公开18件"));
  auto full = check_report(r);
  CHECK(summarize(full).passes());
  // N1 finds 收到…18件 and 行政复议1件 consistent; N9 finds 45 = 7+15+1+22 and 51 = 14+37 and skips 7800余条.
  // N4 stays: the overview never mentions 考核/评议/追究 (五 does, which is not where 条例 §50 puts them).
  CHECK(rule_ids(full) == std::multiset<std::string>{"N4", "N8"});

  // The same prose with one figure changed is caught: the narrative checks really ran.
  auto replace = [](std::string s, const std::string& from, const std::string& to) {
    size_t at = s.find(from);
    REQUIRE(at != std::string::npos);
    return s.replace(at, from.size(), to);
  };
  Report changed = r;
  changed.overview = replace(replace(r.overview, "收到依申请公开18件", "收到依申请公开19件"), "共公布各类文件45件",
                             "共公布各类文件46件");
  CHECK(rule_ids(check_report(changed)) == std::multiset<std::string>{"N1", "N4", "N8", "N9"});
}

TEST_CASE("a report built by hand with too few cells is checked as if the missing cells were empty") {
  Report r = zero2021();
  r.cells.resize(12);  // table 二 and the first rows of table 三 only
  auto all = check_report(r, &r);
  REQUIRE_FALSE(with_rule(all, "E1").empty());
  CHECK(with_rule(all, "E1")[0].section == "table3");
  CHECK(with_rule(all, "E1")[0].cells.size() == 173);
}

TEST_CASE("reviewed findings are returned dismissed and not counted") {
  Report r = load_seed();
  auto first = check_report(r);
  REQUIRE(first.size() == 2);
  r.reviews.push_back({first[1].key(), "其他处理均为申请人撤回，已在正文说明"});
  auto again = check_report(r);
  REQUIRE(again.size() == 2);
  CHECK_FALSE(again[0].dismissed);
  CHECK(again[1].dismissed);
  CHECK(again[1].dismiss_reason == "其他处理均为申请人撤回，已在正文说明");
  Verdict v = summarize(again);
  CHECK(v.warnings == 1);
  CHECK(v.dismissed == 1);
}

TEST_CASE("a review cannot dismiss an error or an inconsistency") {
  Report r = zero2021();
  set(r, "t4.review.total", 1);  // C4.1: 0 + 0 + 0 + 0 ≠ 1
  auto first = with_rule(check_report(r), "C4.1");
  REQUIRE(first.size() == 1);
  r.reviews.push_back({first[0].key(), "无需修改"});
  auto again = with_rule(check_report(r), "C4.1");
  REQUIRE(again.size() == 1);
  CHECK_FALSE(again[0].dismissed);
  CHECK_FALSE(summarize(check_report(r)).passes());
}

TEST_CASE("findings are ordered by section, then by rule") {
  Report r = zero2021();
  r.published = "2022-01-01";                 // N5 → meta
  set(r, "t4.review.total", 1);                // C4.1 → table4
  REQUIRE(r.set_cell("t2.fees.amount", CellValue::of_amount("x")));  // C2.1 → table2
  r.other.clear();                             // N2 → other
  auto all = check_report(r);
  std::vector<std::string> sections;
  for (const auto& f : all) sections.push_back(f.section);
  CHECK(sections == std::vector<std::string>{"meta", "table2", "table4", "other"});
}

TEST_CASE("a finding's location is a JSON Pointer into the report: its cells, else its narrative section") {
  Finding cell_finding;
  cell_finding.cells = {"t3.new.natural", "t3.new.total"};
  cell_finding.section = "table3";
  CHECK(cell_finding.pointers() == std::vector<std::string>{"/cells/t3.new.natural", "/cells/t3.new.total"});
  Finding prose;
  prose.section = "overview";
  CHECK(prose.pointers() == std::vector<std::string>{"/sections/overview"});
  Finding meta;
  meta.section = "meta";
  CHECK(meta.pointers().empty());
}
