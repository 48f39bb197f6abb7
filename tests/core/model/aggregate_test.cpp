// aggregate_test.cpp — the 汇总 builder: exact sums, blanks never summed, refusals that name the units.
#include "nianbao/aggregate.h"

#include <random>

#include "nianbao/rules.h"
#include "support.h"

using namespace nianbao;

namespace {

/// A unit with every cell filled by a pseudo-random value (amounts with up to 4 decimals).
Report generated_unit(FormatVersion format, const std::string& agency, std::mt19937& rng) {
  Report r = new_report(format, 2024, agency);
  r.agency_kind = AgencyKind::Department;
  std::uniform_int_distribution<int> count(0, 40), cents(0, 999999);
  for (size_t i = 0; i < r.cells.size(); ++i) {
    const CellDef& d = r.def().cells[i];
    if (d.kind == ValueKind::Amount) {
      const int v = cents(rng);
      r.cells[i] = CellValue::of_amount(std::to_string(v / 10000) + "." + std::to_string(10000 + v % 10000).substr(1));
    } else {
      r.cells[i] = CellValue::of_count(d.kind == ValueKind::SignedCount ? count(rng) - 20 : count(rng));
    }
  }
  if (format == FormatVersion::v2019) r.set_unit("t2.procurement.amount", "万元");
  return r;
}

std::vector<AggregateInput> inputs_of(const std::vector<Report>& units) {
  std::vector<AggregateInput> in;
  for (const Report& u : units) in.push_back({&u, u.agency + ".json", ""});
  return in;
}

/// The hand sum of an amount written with exactly 4 decimals, in units of 0.0001.
int64_t ten_thousandths(const std::string& amount) {
  const size_t dot = amount.find('.');
  return std::stoll(amount.substr(0, dot)) * 10000 + std::stoll(amount.substr(dot + 1));
}

}  // namespace

TEST_CASE("the aggregate of generated units equals the hand sum, cell by cell, in both formats") {
  std::mt19937 rng(11);
  for (FormatVersion format : all_formats()) {
    std::vector<Report> units;
    for (int i = 0; i < 25; ++i) units.push_back(generated_unit(format, "单位" + std::to_string(i), rng));
    AggregateOptions options;
    options.agency = "青山县人民政府";
    AggregateResult res = build_aggregate(inputs_of(units), options);
    REQUIRE_MESSAGE(res.ok, res.error);
    CHECK(res.incomplete.empty());
    CHECK(res.report.scope == ReportScope::Aggregate);
    CHECK(res.report.aggregate_units.size() == 25);
    CHECK(res.report.overview.empty());
    for (size_t c = 0; c < res.report.cells.size(); ++c) {
      const CellDef& d = res.report.def().cells[c];
      INFO(d.code);
      REQUIRE(res.report.cells[c].filled);
      if (d.kind == ValueKind::Amount) {
        int64_t hand = 0;
        for (const Report& u : units) hand += ten_thousandths(u.cells[c].amount);
        CHECK(ten_thousandths(res.report.cells[c].amount) == hand);
        CHECK(res.report.cells[c].amount.size() - res.report.cells[c].amount.find('.') == 5);
      } else {
        int64_t hand = 0;
        for (const Report& u : units) hand += u.cells[c].count;
        CHECK(res.report.cells[c].count == hand);
      }
      CHECK(res.contributions[c].size() <= 25);
    }
    // The aggregate passes its own H check against the same units.
    std::vector<const Report*> ptrs;
    for (const Report& u : units) ptrs.push_back(&u);
    for (const Finding& f : check_report(res.report, nullptr, &ptrs)) CHECK_MESSAGE(f.rule[0] != 'H', f.message);
  }
}

TEST_CASE("a cell is summed only when every unit filled it, the blank units are named") {
  std::mt19937 rng(3);
  std::vector<Report> units = {generated_unit(FormatVersion::v2021, "甲局", rng),
                               generated_unit(FormatVersion::v2021, "乙镇", rng)};
  REQUIRE(units[1].set_cell("t3.new.natural", CellValue{}));
  AggregateResult res = build_aggregate(inputs_of(units), {});
  REQUIRE(res.ok);
  CHECK_FALSE(res.report.cell("t3.new.natural").filled);
  REQUIRE(res.incomplete.size() == 1);
  CHECK(res.report.def().cells[static_cast<size_t>(res.incomplete[0].first)].code == "t3.new.natural");
  CHECK(res.incomplete[0].second.find("乙镇") != std::string::npos);
  // Its contributions still show what 甲局 wrote.
  const int cell = res.report.def().cell_index("t3.new.natural");
  REQUIRE(res.contributions[static_cast<size_t>(cell)].size() == 1);
  CHECK(res.contributions[static_cast<size_t>(cell)][0].unit == 0);
}

TEST_CASE("contributions are listed largest first") {
  std::vector<Report> units;
  for (int i = 0; i < 3; ++i) {
    units.push_back(new_report(FormatVersion::v2021, 2024, "单位" + std::to_string(i)));
    REQUIRE(units.back().set_cell("t4.review.upheld", CellValue::of_count(i * 10)));
    REQUIRE(units.back().set_cell("t2.fees.amount", CellValue::of_amount(i == 1 ? "9.5" : "10")));
  }
  AggregateResult res = build_aggregate(inputs_of(units), {});
  REQUIRE(res.ok);
  const auto& upheld = res.contributions[static_cast<size_t>(res.report.def().cell_index("t4.review.upheld"))];
  REQUIRE(upheld.size() == 3);
  CHECK(upheld[0].unit == 2);
  CHECK(res.report.cell("t4.review.upheld").count == 30);
  CHECK(res.report.cell("t2.fees.amount").amount == "29.5");
}

TEST_CASE("mixed years, mixed formats and duplicate agencies are refused, naming them") {
  std::mt19937 rng(5);
  std::vector<Report> units = {generated_unit(FormatVersion::v2021, "甲局", rng),
                               generated_unit(FormatVersion::v2021, "乙镇", rng)};
  units[1].year = 2023;
  AggregateResult res = build_aggregate(inputs_of(units), {});
  CHECK_FALSE(res.ok);
  CHECK(res.error.find("年度不一致") != std::string::npos);
  CHECK(res.error.find("2023 年度：乙镇") != std::string::npos);
  CHECK(res.error.find("2024 年度：甲局") != std::string::npos);

  units[1] = generated_unit(FormatVersion::v2019, "乙镇", rng);
  res = build_aggregate(inputs_of(units), {});
  CHECK_FALSE(res.ok);
  CHECK(res.error.find("格式不一致") != std::string::npos);
  CHECK(res.error.find("2019 格式：乙镇") != std::string::npos);

  units[1] = generated_unit(FormatVersion::v2021, "甲局", rng);
  std::vector<AggregateInput> in = inputs_of(units);
  in[1].file = "另一份.json";
  res = build_aggregate(in, {});
  CHECK_FALSE(res.ok);
  CHECK(res.error.find("甲局（甲局.json、另一份.json）") != std::string::npos);

  CHECK_FALSE(build_aggregate({}, {}).ok);
  AggregateOptions year2022;
  year2022.year = 2022;
  units[1].agency = "乙镇";
  CHECK_FALSE(build_aggregate(inputs_of(units), year2022).ok);
}

TEST_CASE("vertical-system units and aggregates are left out unless all are asked for") {
  std::mt19937 rng(7);
  std::vector<Report> units = {generated_unit(FormatVersion::v2021, "甲局", rng),
                               generated_unit(FormatVersion::v2021, "税务局", rng),
                               generated_unit(FormatVersion::v2021, "某县汇总", rng)};
  units[1].agency_kind = AgencyKind::VerticalSystem;
  units[2].scope = ReportScope::Aggregate;
  AggregateResult res = build_aggregate(inputs_of(units), {});
  REQUIRE(res.ok);
  CHECK(res.included == std::vector<size_t>{0});
  CHECK(res.left_out.size() == 2);
  CHECK(res.report.cell("t4.review.upheld") == units[0].cell("t4.review.upheld"));
  AggregateOptions all;
  all.include_all = true;
  res = build_aggregate(inputs_of(units), all);
  REQUIRE(res.ok);
  CHECK(res.included.size() == 3);
}

TEST_CASE("2019 procurement amounts in 元 and 万元 are summed in 万元, an unknown unit is not summed") {
  std::vector<Report> units = {new_report(FormatVersion::v2019, 2020, "甲局"), new_report(FormatVersion::v2019, 2020, "乙局")};
  REQUIRE(units[0].set_cell("t2.procurement.amount", CellValue::of_amount("12345")));
  units[0].set_unit("t2.procurement.amount", "元");
  REQUIRE(units[1].set_cell("t2.procurement.amount", CellValue::of_amount("2.5")));
  units[1].set_unit("t2.procurement.amount", "万元");
  AggregateResult res = build_aggregate(inputs_of(units), {});
  REQUIRE(res.ok);
  CHECK(res.report.cell("t2.procurement.amount").amount == "3.7345");
  CHECK(res.report.unit_of("t2.procurement.amount") == "万元");
  units[1].set_unit("t2.procurement.amount", "");
  res = build_aggregate(inputs_of(units), {});
  REQUIRE(res.ok);
  CHECK_FALSE(res.report.cell("t2.procurement.amount").filled);
}

TEST_CASE("sha256 of known inputs") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex(std::string(1000, 'a')) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
}
