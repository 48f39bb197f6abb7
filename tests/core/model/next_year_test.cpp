// next_year_test.cpp — next_year_report: the next year's report started from last year's.
#include "nianbao/year_to_year.h"
#include "pingtan_reports.h"

using namespace nianbao;
using namespace nianbao::test;

namespace {

Report pingtan(int year) {
  LoadResult r = load_report_json(pingtan_report_json(year));
  REQUIRE_MESSAGE(r.ok, r.error);
  return r.report;
}

/// Every cell of `r` other than 上年结转 is empty, and so is every section.
void check_nothing_else(const Report& r) {
  for (size_t i = 0; i < r.cells.size(); ++i) {
    const std::string& code = r.def().cells[i].code;
    if (code.rfind("t3.carried.", 0) == 0) continue;
    CHECK_MESSAGE(!r.cells[i].filled, code);
  }
  CHECK(r.overview.empty());
  CHECK(r.problems.empty());
  CHECK(r.other.empty());
  CHECK(r.published.empty());
  CHECK(r.reviews.empty());
  CHECK(r.units.empty());
}

}  // namespace

TEST_CASE("new from last year: a 2019-format 2020 report gives a 2021-format 2021 report") {
  const Report last = pingtan(2020);
  REQUIRE(last.format == FormatVersion::v2019);
  const NextYearResult next = next_year_report(last);
  REQUIRE_MESSAGE(next.ok, next.error);
  const Report& r = next.report;
  CHECK(r.year == 2021);
  CHECK(r.format == FormatVersion::v2021);
  CHECK(r.cells.size() == format_def(FormatVersion::v2021).cells.size());
  CHECK(r.agency == last.agency);
  CHECK(r.agency_kind == last.agency_kind);
  // The agency's own 2021 report carried exactly what the 2020 one sent forward.
  const Report published = pingtan(2021);
  for (const auto& col : r.def().t3_columns) {
    INFO(col.key);
    CHECK(r.cell("t3.carried." + col.key) == last.cell("t3.forward." + col.key));
    CHECK(r.cell("t3.carried." + col.key) == published.cell("t3.carried." + col.key));
  }
  check_nothing_else(r);
}

TEST_CASE("new from last year: 2021 → 2022 keeps the format, the one forwarded application is carried") {
  Report last = pingtan(2021);
  last.agency_kind = AgencyKind::CountyGovernment;
  const NextYearResult next = next_year_report(last, 2022);
  REQUIRE_MESSAGE(next.ok, next.error);
  const Report& r = next.report;
  CHECK(r.year == 2022);
  CHECK(r.format == FormatVersion::v2021);
  CHECK(r.agency_kind == AgencyKind::CountyGovernment);
  CHECK(r.cell("t3.carried.natural") == CellValue::of_count(1));
  CHECK(r.cell("t3.carried.total") == CellValue::of_count(1));
  CHECK(r.cell("t3.carried.business") == CellValue::of_count(0));
  const Report published = pingtan(2022);
  for (const auto& col : r.def().t3_columns) CHECK(r.cell("t3.carried." + col.key) == published.cell("t3.carried." + col.key));
  check_nothing_else(r);
}

TEST_CASE("new from last year: an empty 结转下年度 stays empty, never 0") {
  Report last = new_report(FormatVersion::v2021, 2023, "青山县自然资源局");
  REQUIRE(last.set_cell("t3.forward.natural", CellValue::of_count(3)));
  REQUIRE(last.set_cell("t3.forward.total", CellValue::of_count(0)));
  last.overview = "2023年……";
  const NextYearResult next = next_year_report(last);
  REQUIRE(next.ok);
  CHECK(next.report.cell("t3.carried.natural") == CellValue::of_count(3));
  CHECK(next.report.cell("t3.carried.total") == CellValue::of_count(0));
  CHECK_FALSE(next.report.cell("t3.carried.business").filled);
  CHECK_FALSE(next.report.cell("t3.carried.other").filled);
  check_nothing_else(next.report);
}

TEST_CASE("new from last year: the year must follow last year's, an undated report needs one given") {
  Report last = new_report(FormatVersion::v2021, 2023, "青山县自然资源局");
  NextYearResult wrong = next_year_report(last, 2025);
  CHECK_FALSE(wrong.ok);
  CHECK(wrong.error.find("应为 2024 年度") != std::string::npos);
  last.year = 0;
  NextYearResult undated = next_year_report(last);
  CHECK_FALSE(undated.ok);
  CHECK(undated.error.find("未填写年度") != std::string::npos);
  NextYearResult given = next_year_report(last, 2024);
  REQUIRE(given.ok);
  CHECK(given.report.year == 2024);
  CHECK_FALSE(next_year_report(last, 1999).ok);
}
