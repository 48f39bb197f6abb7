// autofill_test.cpp — 自动计算合计 fills only empty totals.
#include "autofill.h"

#include <doctest/doctest.h>

using namespace nianbao;
using namespace nianbao::ui;

TEST_CASE("row totals and the （七）总计 row are derived from the filled parts") {
  Report r = new_report(FormatVersion::v2021, 2024, "甲");
  REQUIRE(r.set_cell("t3.granted.natural", CellValue::of_count(3)));
  REQUIRE(r.set_cell("t3.granted.business", CellValue::of_count(2)));
  REQUIRE(r.set_cell("t3.unable.1.natural", CellValue::of_count(4)));
  Autofill a = compute_autofill(r, 3);
  apply_autofill(a, r);
  CHECK(r.cell("t3.granted.total") == CellValue::of_count(5));
  CHECK(r.cell("t3.unable.1.total") == CellValue::of_count(4));
  CHECK(r.cell("t3.total.natural") == CellValue::of_count(7));
  CHECK(r.cell("t3.total.business") == CellValue::of_count(2));
  CHECK(r.cell("t3.total.total") == CellValue::of_count(9));
  CHECK_FALSE(r.cell("t3.new.total").filled);       // no part filled: stays empty
  CHECK_FALSE(r.cell("t3.total.research").filled);
  CHECK(a.message().find("5") != std::string::npos);
}

TEST_CASE("typed totals are never overwritten, even when wrong") {
  Report r = new_report(FormatVersion::v2021, 2024, "甲");
  REQUIRE(r.set_cell("t3.granted.natural", CellValue::of_count(3)));
  REQUIRE(r.set_cell("t3.granted.total", CellValue::of_count(99)));
  apply_autofill(compute_autofill(r, 3), r);
  CHECK(r.cell("t3.granted.total") == CellValue::of_count(99));
  CHECK(r.cell("t3.total.total") == CellValue::of_count(99));  // the column sum uses the typed value
}

TEST_CASE("table 四 totals, and nothing to do says so") {
  Report r = new_report(FormatVersion::v2019, 2020, "甲");
  REQUIRE(r.set_cell("t4.review.upheld", CellValue::of_count(2)));
  REQUIRE(r.set_cell("t4.review.pending", CellValue::of_count(1)));
  Autofill a = compute_autofill(r, 4);
  REQUIRE(a.fills.size() == 1);
  apply_autofill(a, r);
  CHECK(r.cell("t4.review.total") == CellValue::of_count(3));
  Autofill again = compute_autofill(r, 4);
  CHECK(again.fills.empty());
  CHECK(again.message().find("没有") != std::string::npos);
  CHECK(compute_autofill(r, 2).fills.empty());
}
