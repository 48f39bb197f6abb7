// value_rules_test.cpp — single-cell rules: C2.1, C3.4, C4.2, E1, A1–A3, U1.
#include "rule_fixtures.h"

using namespace nianbao;
using namespace nianbao::test;

TEST_CASE("E1: empty required cells, one finding per table, empty is not 0") {
  Report blank = new_report(FormatVersion::v2021, 2022, "测试局");
  blank.other = "未收取信息处理费。";
  blank.agency_kind = AgencyKind::Department;  // else M2 asks for it
  auto all = check_report(blank);
  REQUIRE(all.size() == 3);
  for (const auto& f : all) CHECK(f.rule == "E1");
  CHECK(all[0].section == "table2");
  CHECK(all[0].cells.size() == 10);
  CHECK(all[1].cells.size() == 175);
  CHECK(all[2].cells.size() == 15);
  CHECK(contains(all[1].message, "表三有 175 个必填单元格为空"));
  CHECK(with_rule(check_report(zero2021()), "E1").empty());
}

TEST_CASE("C2.1: table 二 counts non-negative (2019 本年增/减 may be negative), amounts decimal") {
  Report r = load_seed();
  set(r, "t2.license.delta", -3);
  CHECK(with_rule(check_report(r), "C2.1").empty());
  set(r, "t2.rules.made", -1);
  REQUIRE(r.set_cell("t2.procurement.amount", CellValue::of_amount("7元")));
  auto f = with_rule(check_report(r), "C2.1");
  REQUIRE(f.size() == 2);
  CHECK(f[0].cells == std::vector<std::string>{"t2.rules.made"});
  CHECK(f[0].severity == Severity::Error);
  CHECK(contains(f[1].message, "“7元”不是非负的十进制数字"));
  CHECK(f[1].section == "table2");
}

TEST_CASE("C3.4 and C4.2: negative counts in tables 三 and 四") {
  Report r = zero2021();
  set(r, "t3.refused.2.legal", -1);
  set(r, "t4.direct.pending", -2);
  auto all = check_report(r);
  REQUIRE(with_rule(all, "C3.4").size() == 1);
  CHECK(with_rule(all, "C3.4")[0].cells == std::vector<std::string>{"t3.refused.2.legal"});
  REQUIRE(with_rule(all, "C4.2").size() == 1);
  CHECK(contains(with_rule(all, "C4.2")[0].message, "为负数（-2）"));
  CHECK(with_rule(check_report(zero2021()), "C3.4").empty());
}

TEST_CASE("A1/A2: amount precision") {
  Report r = zero2021();
  REQUIRE(r.set_cell("t2.fees.amount", CellValue::of_amount("9116.36")));
  CHECK(check_report(r).empty());
  REQUIRE(r.set_cell("t2.fees.amount", CellValue::of_amount("24252.311082")));
  CHECK(rule_ids(check_report(r)) == std::multiset<std::string>{"A2"});
  CHECK(check_report(r)[0].severity == Severity::Info);
  REQUIRE(r.set_cell("t2.fees.amount", CellValue::of_amount("1.1234567")));
  CHECK(rule_ids(check_report(r)) == std::multiset<std::string>{"A1"});
}

TEST_CASE("A3: amounts that look like 元 rather than 万元") {
  Report r = zero2021();
  REQUIRE(r.set_cell("t2.fees.amount", CellValue::of_amount("99999.5")));
  CHECK(with_rule(check_report(r), "A3").empty());
  REQUIRE(r.set_cell("t2.fees.amount", CellValue::of_amount("251000")));
  REQUIRE(with_rule(check_report(r), "A3").size() == 1);

  Report s = load_seed();  // 2019 procurement amount: the unit is the agency's own (units map)
  REQUIRE(s.set_cell("t2.procurement.amount", CellValue::of_amount("251000")));
  s.set_unit("t2.procurement.amount", "元");
  CHECK(with_rule(check_report(s), "A3").empty());
  s.set_unit("t2.procurement.amount", "万元");
  CHECK(with_rule(check_report(s), "A3").size() == 1);
  s.set_unit("t2.procurement.amount", "千元");
  REQUIRE(s.set_cell("t2.procurement.amount", CellValue::of_amount("7")));
  auto f = with_rule(check_report(s), "A3");
  REQUIRE(f.size() == 1);
  CHECK(contains(f[0].message, "“千元”无法识别"));
}

TEST_CASE("U1: unknown cell codes kept in the file") {
  Report r = zero2021();
  CHECK(with_rule(check_report(r), "U1").empty());
  r.unknown_cells["t2.services.prev"] = 3;
  auto f = with_rule(check_report(r), "U1");
  REQUIRE(f.size() == 1);
  CHECK(f[0].cells == std::vector<std::string>{"t2.services.prev"});
  CHECK(f[0].section == "meta");
}
