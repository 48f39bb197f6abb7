// examples_test.cpp — the built-in example reports are complete, survive JSON, and carry the
// deliberate mistakes their header documents.
#include "examples.h"

#include <doctest/doctest.h>

#include <set>

#include "nianbao/rules.h"

using namespace nianbao;
using nianbao::ui::example_report;

namespace {

int64_t outcome_sum(const Report& r, const std::string& column) {
  int64_t sum = 0;
  for (const auto& row : r.def().t3_rows)
    if (row.is_outcome) sum += r.cell("t3." + row.key + "." + column).count;
  return sum;
}

}  // namespace

TEST_CASE("both examples fill every table cell and round-trip through JSON") {
  for (FormatVersion v : {FormatVersion::v2019, FormatVersion::v2021}) {
    const Report r = example_report(v);
    CHECK(r.format == v);
    for (const auto& c : r.cells) CHECK(c.filled);
    LoadResult back = load_report_json(save_report_json(r));
    REQUIRE(back.ok);
    CHECK(save_report_json(back.report) == save_report_json(r));
  }
}

TEST_CASE("the 2021 example breaks C3.2 in the 自然人 column only through 予以公开") {
  const Report r = example_report(FormatVersion::v2021);
  CHECK(outcome_sum(r, "natural") == r.cell("t3.total.natural").count + 1);
  CHECK(outcome_sum(r, "business") == r.cell("t3.total.business").count);
  // C3.1 holds in every column: the mistake is only in the outcome rows.
  for (const auto& col : r.def().t3_columns) {
    const std::string c = col.key;
    CHECK(r.cell("t3.new." + c).count + r.cell("t3.carried." + c).count ==
          r.cell("t3.total." + c).count + r.cell("t3.forward." + c).count);
  }
  CHECK(r.overview.find("新收政府信息公开申请62件") != std::string::npos);  // table says 58 (N1)
  CHECK(r.cell("t3.new.total").count == 58);
  // N9: the overview states 1326 items whose listed parts add up to 87 + 154 + 1063 = 1304.
  CHECK(r.overview.find("1326条，其中政策文件87条、规划信息154条、确权登记和征地信息1063条") != std::string::npos);
}

TEST_CASE("the 2019 example's tables are consistent, its mistakes are in the prose") {
  const Report r = example_report(FormatVersion::v2019);
  for (const auto& col : r.def().t3_columns) CHECK(outcome_sum(r, col.key) == r.cell("t3.total." + col.key).count);
  CHECK(r.cell("t3.total.total").count == 15);
  CHECK(r.overview.find("办结14件") != std::string::npos);  // table says 15 (N1)
  CHECK(r.overview.find("行政审批事项200件，其中行政许可处理决定132件、其他对外管理服务事项处理决定58件") !=
        std::string::npos);  // 132 + 58 = 190 (N9)
  CHECK(r.unit_of("t2.procurement.amount") == "万元");
}

TEST_CASE("the checks find exactly the deliberate mistakes") {
  auto rules_of = [](const Report& r) {
    std::multiset<std::string> ids;
    for (const auto& f : check_report(r)) ids.insert(f.rule);
    return ids;
  };
  CHECK(rules_of(example_report(FormatVersion::v2021)) == std::multiset<std::string>{"C3.2", "C3.2", "N1", "N9"});
  CHECK(rules_of(example_report(FormatVersion::v2019)) == std::multiset<std::string>{"N1", "N9"});
}
