// identity_rules_test.cpp — the 勾稽 identities (C3.1–C3.3, C4.1), the anti-cascade grouping and E2.
#include "rule_fixtures.h"

using namespace nianbao;
using namespace nianbao::test;

TEST_CASE("C3.1: each column, first plus second equals third plus fourth") {
  Report r = zero2021();
  CHECK(check_report(r).empty());
  natural_rows(r, {{"new", 3}});
  auto f = with_rule(check_report(r), "C3.1");
  REQUIRE(f.size() == 2);  // 自然人 and 总计 columns; no single cell explains both
  CHECK(f[0].message == "自然人列：第一项加第二项之和（3）不等于第三项加第四项之和（0），相差 3");
  CHECK(f[0].actual == "3");
  CHECK(f[0].expected == "0");
  CHECK(f[0].severity == Severity::Inconsistency);
  CHECK(f[0].cells == std::vector<std::string>{"t3.new.natural", "t3.carried.natural", "t3.total.natural",
                                               "t3.forward.natural"});
  natural_rows(r, {{"forward", 3}});
  CHECK(check_report(r).empty());
}

TEST_CASE("C3.2: Pingtan 2020's real error — outcome rows do not add up to （七）总计") {
  // Figures of Pingtan 2020 table 三 (format-spec §4.5; 2019 format).
  Report r = new_report(FormatVersion::v2019, 2020, "平潭综合实验区");
  for (auto& c : r.cells) c = CellValue::of_count(0);
  set_row(r, "new", {20, 0, 0, 0, 0, 1, 21});
  set_row(r, "granted", {6, 0, 0, 0, 0, 1, 7});
  set_row(r, "partial", {6, 0, 0, 0, 0, 0, 6});
  set_row(r, "unable.1", {4, 0, 0, 0, 0, 0, 4});
  set_row(r, "unable.3", {3, 0, 0, 0, 0, 0, 3});
  set_row(r, "refused.2", {3, 0, 0, 0, 0, 0, 3});
  set_row(r, "other", {4, 0, 0, 0, 0, 0, 4});
  set_row(r, "total", {20, 0, 0, 0, 0, 1, 21});
  auto all = check_report(r);
  auto f = with_rule(all, "C3.2");
  REQUIRE(f.size() == 2);
  CHECK(f[0].message == "自然人列：（七）总计（20）不等于（一）至（六）各项办理结果之和（26），相差 6");
  CHECK(f[1].message == "总计列：（七）总计（21）不等于（一）至（六）各项办理结果之和（27），相差 6");
  CHECK(f[1].expected == "27");
  CHECK(f[1].actual == "21");
  CHECK(with_rule(all, "C3.1").empty());
  CHECK(with_rule(all, "C3.3").empty());
  CHECK_FALSE(summarize(all).passes());
}

TEST_CASE("C3.3: each row, total equals the sum of applicant kinds") {
  Report r = zero2021();
  natural_rows(r, {{"new", 2}, {"granted", 1}, {"partial", 1}, {"total", 2}});
  CHECK(check_report(r).empty());
  set(r, "t3.granted.natural", 2);  // moved between rows: the column still adds up, two rows do not
  set(r, "t3.partial.natural", 0);
  auto f = with_rule(check_report(r), "C3.3");
  REQUIRE(f.size() == 2);
  CHECK(f[0].message == "三（一）予以公开行：总计（1）不等于各类申请人之和（2），相差 1");
  CHECK(f[1].message.rfind("三（二）部分公开", 0) == 0);
}

TEST_CASE("anti-cascade: one wrong cell breaking several identities is one finding naming that cell") {
  Report r = zero2021();
  set(r, "t3.unable.1.total", 6);  // breaks C3.2 (总计列) and C3.3 (its row)
  auto all = check_report(r);
  REQUIRE(all.size() == 1);
  const Finding& f = all[0];
  CHECK(f.rule == "C3.2");
  CHECK(f.cells == std::vector<std::string>{"t3.unable.1.total"});
  CHECK(f.expected == "0");
  CHECK(f.actual == "6");
  CHECK(contains(f.message, "三（四）无法提供 1.本机关不掌握相关政府信息 · 总计 填写为 6，按勾稽关系应为 0"));
  CHECK(contains(f.message, "〔C3.2〕"));
  CHECK(contains(f.message, "〔C3.3〕"));

  Report t = zero2021();
  set(t, "t3.total.total", 4);  // in C3.1, C3.2 and C3.3 at once
  auto three = check_report(t);
  REQUIRE(three.size() == 1);
  CHECK(three[0].rule == "C3.1");
  CHECK(contains(three[0].message, "3 处不符"));
}

TEST_CASE("C4.1: each group of table 四") {
  Report r = zero2021();
  set(r, "t4.review.upheld", 1);
  set(r, "t4.review.total", 1);
  CHECK(check_report(r).empty());
  set(r, "t4.review.total", 2);
  auto f = with_rule(check_report(r), "C4.1");
  REQUIRE(f.size() == 1);
  CHECK(f[0].message == "行政复议：总计（2）不等于结果维持、结果纠正、其他结果、尚未审结之和（1），相差 1");
  CHECK(f[0].section == "table4");
}

TEST_CASE("E2: an identity with empty contributors says it cannot be verified") {
  Report r = zero2021();
  r.cell("t3.new.business") = CellValue{};
  auto all = check_report(r);
  CHECK(rule_ids(all) == std::multiset<std::string>{"E1", "E2"});
  auto e2 = with_rule(all, "E2");
  REQUIRE(e2.size() == 1);
  CHECK(e2[0].cells == std::vector<std::string>{"t3.new.business"});
  CHECK(contains(e2[0].message, "2 条勾稽关系"));
  CHECK(contains(e2[0].message, "〔C3.1〕"));
  CHECK(contains(e2[0].message, "〔C3.3〕"));
}
