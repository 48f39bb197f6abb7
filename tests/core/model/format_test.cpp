// format_test.cpp — the format definitions match the official templates (format-spec §2.4–2.6, §3.3–3.5).
#include <set>

#include "nianbao/format.h"
#include "support.h"

using namespace nianbao;

namespace {

/// Sum of column spans of each row, accounting for cells covered by row spans from above.
std::vector<int> occupied_widths(const TableDef& t) {
  std::vector<int> width(t.rows.size(), 0);
  for (size_t r = 0; r < t.rows.size(); ++r)
    for (const auto& c : t.rows[r])
      for (int k = 0; k < c.row_span && r + k < t.rows.size(); ++k) width[r + k] += c.col_span;
  return width;
}

int count_kind(const FormatDef& f, int table) {
  int n = 0;
  for (const auto& c : f.cells) n += c.table == table;
  return n;
}

}  // namespace

TEST_CASE("cell counts per table are those of the data contract") {
  const auto& f21 = format_def(FormatVersion::v2021);
  const auto& f19 = format_def(FormatVersion::v2019);
  CHECK(count_kind(f21, 2) == 10);
  CHECK(count_kind(f21, 3) == 175);
  CHECK(count_kind(f21, 4) == 15);
  CHECK(count_kind(f19, 2) == 22);
  CHECK(count_kind(f19, 3) == 161);
  CHECK(count_kind(f19, 4) == 15);
}

TEST_CASE("every grid row fills exactly the grid width") {
  for (auto v : {FormatVersion::v2019, FormatVersion::v2021}) {
    for (const auto& t : format_def(v).tables) {
      auto widths = occupied_widths(t);
      for (size_t r = 0; r < widths.size(); ++r) {
        INFO("format " << format_name(v) << " table " << t.number << " row " << r);
        CHECK(widths[r] == t.grid_columns);
      }
    }
  }
}

TEST_CASE("table 三 outcome group spans 22 rows in 2021 and 20 in 2019") {
  auto span_of = [](FormatVersion v) {
    for (const auto& row : format_def(v).table(3)->rows)
      for (const auto& c : row)
        if (c.label == "三、本年度办理结果") return c.row_span;
    return 0;
  };
  CHECK(span_of(FormatVersion::v2021) == 22);
  CHECK(span_of(FormatVersion::v2019) == 20);
}

TEST_CASE("cell codes are unique and indexed") {
  for (auto v : {FormatVersion::v2019, FormatVersion::v2021}) {
    const auto& f = format_def(v);
    std::set<std::string> seen;
    for (size_t i = 0; i < f.cells.size(); ++i) {
      CHECK(seen.insert(f.cells[i].code).second);
      CHECK(f.cell_index(f.cells[i].code) == static_cast<int>(i));
    }
  }
  const auto& f21 = format_def(FormatVersion::v2021);
  CHECK(f21.cell_index("t3.other.2.total") >= 0);
  CHECK(f21.cell_index("t3.other.total") == -1);
  CHECK(format_def(FormatVersion::v2019).cell_index("t3.other.total") >= 0);
  CHECK(f21.cell_index("t2.fees.amount") >= 0);
  CHECK(f21.cells[f21.cell_index("t2.fees.amount")].kind == ValueKind::Amount);
  CHECK(f21.cells[f21.cell_index("t2.fees.amount")].unit == "万元");
  CHECK(format_def(FormatVersion::v2019).cells[format_def(FormatVersion::v2019).cell_index("t2.penalty.delta")].kind ==
        ValueKind::SignedCount);
}

TEST_CASE("labels are verbatim") {
  const auto& f = format_def(FormatVersion::v2021);
  const auto& c = f.cells[f.t3_cell("other.2", "natural")];
  CHECK(c.row_label == "三（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请");
  CHECK(c.column_label == "自然人");
  CHECK(f.sections[3].heading == "四、政府信息公开行政复议、行政诉讼情况");
  CHECK(f.section("other")->placeholder == "（文字描述，收取信息处理费情况在此处报告。）");
  CHECK(f.table(3)->rows[0][0].label == "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
  const auto& f19 = format_def(FormatVersion::v2019);
  CHECK(f19.cells[f19.cell_index("t2.services.prev")].row_label == "其他对外管理服务事项");
}

TEST_CASE("the format registry has one row per version, in enum order, oldest first") {
  REQUIRE(all_formats().size() == kFormatCount);
  int previous_first_year = 0;
  for (size_t i = 0; i < kFormatCount; ++i) {
    const FormatInfo& info = format_info(all_formats()[i]);
    CHECK(static_cast<size_t>(info.version) == i);
    CHECK(parse_format_name(info.name) == info.version);
    CHECK(format_def(info.version).notice == info.notice);
    CHECK(info.first_year > previous_first_year);
    previous_first_year = info.first_year;
    // The 其他处理 row N8 reads exists in the format.
    CHECK(format_def(info.version).cell_index(std::string("t3.") + info.other_row + ".total") >= 0);
  }
  CHECK_FALSE(parse_format_name("2020"));
  CHECK(format_names() == "2019、2021");
}

TEST_CASE("a year uses the newest format started by then, years outside 2008–2100 are implausible") {
  CHECK(format_for_year(2019) == FormatVersion::v2019);
  CHECK(format_for_year(2020) == FormatVersion::v2019);
  CHECK(format_for_year(2021) == FormatVersion::v2021);
  CHECK(format_for_year(2030) == FormatVersion::v2021);
  CHECK(format_for_year(2010) == FormatVersion::v2019);  // before the first format: the oldest
  CHECK(format_for_year(0) == FormatVersion::v2021);     // unknown: the newest
  CHECK_FALSE(plausible_year(1900));
  CHECK_FALSE(plausible_year(2007));
  CHECK(plausible_year(2008));
  CHECK(plausible_year(2025));
  CHECK(plausible_year(2100));
  CHECK_FALSE(plausible_year(2101));
}
