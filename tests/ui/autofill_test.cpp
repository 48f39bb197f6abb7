// autofill_test.cpp — 自动计算合计: only from fully filled parts; typed totals stay; linked totals follow.
#include "autofill.h"

#include <doctest/doctest.h>

using namespace nianbao;
using namespace nianbao::ui;

namespace {

/// 表三 row `row` with all six applicant columns filled with `v`.
void fill_row(Report& r, const std::string& row, int64_t v) {
  for (const char* c : {"natural", "business", "research", "nonprofit", "legal", "other"})
    REQUIRE(r.set_cell("t3." + row + "." + c, CellValue::of_count(v)));
}

int at(const Report& r, const char* code) { return r.def().cell_index(code); }

}  // namespace

TEST_CASE("a row total is computed only when all six parts are filled, the message names the empty parts") {
  Report r = new_report(FormatVersion::v2021, 2024, "甲");
  fill_row(r, "granted", 1);
  REQUIRE(r.set_cell("t3.partial.natural", CellValue::of_count(4)));  // five parts of this row are empty
  Autofill a = compute_autofill(r, 3);
  apply_autofill(a, r);
  CHECK(r.cell("t3.granted.total") == CellValue::of_count(6));
  CHECK_FALSE(r.cell("t3.partial.total").filled);
  // （七）总计 needs every outcome row: 145 blank outcome cells keep it empty.
  CHECK_FALSE(r.cell("t3.total.natural").filled);
  CHECK_FALSE(r.cell("t3.total.total").filled);
  const std::string m = a.message(r.def());
  CHECK(m.find("已自动计算 1 个合计") != std::string::npos);
  CHECK(m.find("空白不是 0") != std::string::npos);
  CHECK(m.find("商业企业") != std::string::npos);  // an empty part of 部分公开 is named
}

TEST_CASE("with every outcome row filled, the （七）总计 row and its total follow from the row totals") {
  Report r = new_report(FormatVersion::v2021, 2024, "甲");
  for (const auto& row : r.def().t3_rows)
    if (row.is_outcome) fill_row(r, row.key, 1);
  apply_autofill(compute_autofill(r, 3), r);
  CHECK(r.cell("t3.total.natural") == CellValue::of_count(21));  // 21 outcome rows in 2021
  CHECK(r.cell("t3.granted.total") == CellValue::of_count(6));
  CHECK(r.cell("t3.total.total") == CellValue::of_count(126));
  CHECK_FALSE(r.cell("t3.new.total").filled);  // no part filled
}

TEST_CASE("typed totals are never overwritten, even when wrong, linked ones are updated") {
  Report r = new_report(FormatVersion::v2021, 2024, "甲");
  fill_row(r, "granted", 1);
  REQUIRE(r.set_cell("t3.granted.total", CellValue::of_count(99)));
  CHECK(compute_autofill(r, 3).fills.empty());
  const std::vector<int> linked = {at(r, "t3.granted.total")};
  Autofill a = compute_autofill(r, 3, linked);
  REQUIRE(a.fills.size() == 1);
  CHECK(a.fills[0].second == 6);
}

TEST_CASE("linked totals follow their parts and empty while a part is empty") {
  Report r = new_report(FormatVersion::v2019, 2020, "甲");
  for (const char* k : {"upheld", "corrected", "other", "pending"}) REQUIRE(r.set_cell(std::string("t4.review.") + k, CellValue::of_count(1)));
  Autofill a = compute_autofill(r, 4);
  REQUIRE(a.fills.size() == 1);
  apply_autofill(a, r);
  const std::vector<int> linked = {at(r, "t4.review.total")};
  CHECK(r.cell("t4.review.total") == CellValue::of_count(4));
  REQUIRE(r.set_cell("t4.review.upheld", CellValue::of_count(5)));
  CHECK(follow_linked(r, linked));
  CHECK(r.cell("t4.review.total") == CellValue::of_count(8));
  REQUIRE(r.set_cell("t4.review.pending", CellValue{}));
  CHECK(follow_linked(r, linked));
  CHECK_FALSE(r.cell("t4.review.total").filled);  // never from partly blank parts
  CHECK(derived_value(r, at(r, "t4.review.total")) == CellValue{});
  CHECK_FALSE(follow_linked(r, {}));
  CHECK(compute_autofill(r, 2).fills.empty());
}
