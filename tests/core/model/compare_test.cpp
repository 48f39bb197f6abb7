// compare_test.cpp — compare_reports, shared_passages, table_blocks: the 比对 of two years' reports.
#include "nianbao/year_to_year.h"
#include "support.h"

using namespace nianbao;

namespace {

const CellChange& change_of(const Report& now, const Comparison& c, std::string_view code) {
  const int i = now.def().cell_index(code);
  REQUIRE(i >= 0);
  return c.cells[static_cast<size_t>(i)];
}

}  // namespace

TEST_CASE("compare: every cell with last year's value, the change and a flag for jumps") {
  Report before = new_report(FormatVersion::v2021, 2022, "青山县自然资源局");
  Report now = new_report(FormatVersion::v2021, 2023, "青山县自然资源局");
  auto set = [](Report& r, const char* code, int64_t v) { REQUIRE(r.set_cell(code, CellValue::of_count(v))); };
  set(before, "t3.new.natural", 10), set(now, "t3.new.natural", 51);        // more than 5×
  set(before, "t3.new.business", 10), set(now, "t3.new.business", 50);      // exactly 5×: not flagged
  set(before, "t3.new.research", 10), set(now, "t3.new.research", 1);       // under a fifth
  set(before, "t3.new.legal", 0), set(now, "t3.new.legal", 4);              // from 0
  set(before, "t3.new.other", 7), set(now, "t3.new.other", 0);              // to 0
  set(before, "t3.new.nonprofit", 0), set(now, "t3.new.nonprofit", 0);
  set(now, "t3.new.total", 3);                                               // last year empty
  REQUIRE(before.set_cell("t2.fees.amount", CellValue::of_amount("1.25")));
  REQUIRE(now.set_cell("t2.fees.amount", CellValue::of_amount("10")));
  const Comparison c = compare_reports(before, now);
  REQUIRE(c.cells.size() == now.cells.size());
  CHECK(c.previous_year == 2022);
  CHECK(c.current_year == 2023);

  const CellChange& rise = change_of(now, c, "t3.new.natural");
  CHECK(rise.previous_text == "10");
  CHECK(rise.current_text == "51");
  CHECK(rise.change == "+41");
  CHECK(rise.flag == ChangeFlag::Rise);
  CHECK(rise.flag_text == "为上年的 5.1 倍");
  CHECK(change_of(now, c, "t3.new.business").flag == ChangeFlag::None);
  const CellChange& fall = change_of(now, c, "t3.new.research");
  CHECK(fall.change == "−9");
  CHECK(fall.flag == ChangeFlag::Fall);
  CHECK(change_of(now, c, "t3.new.legal").flag == ChangeFlag::FromZero);
  CHECK(change_of(now, c, "t3.new.legal").flag_text == "由 0 增至 4");
  CHECK(change_of(now, c, "t3.new.other").flag == ChangeFlag::ToZero);
  CHECK(change_of(now, c, "t3.new.nonprofit").change == "0");
  CHECK(change_of(now, c, "t3.new.nonprofit").flag == ChangeFlag::None);
  // Empty is never 0: no change and no flag against an empty cell.
  const CellChange& empty = change_of(now, c, "t3.new.total");
  CHECK(empty.in_previous);
  CHECK(empty.previous_text.empty());
  CHECK(empty.change.empty());
  CHECK(empty.flag == ChangeFlag::None);
  // Amounts: the exact decimal difference.
  const CellChange& fees = change_of(now, c, "t2.fees.amount");
  CHECK(fees.change == "+8.75");
  CHECK(fees.flag == ChangeFlag::Rise);
  CHECK(c.flagged == 5);
}

TEST_CASE("compare: across the 2019 → 2021 format change, cells are matched by code") {
  Report before = new_report(FormatVersion::v2019, 2020, "青山县自然资源局");
  Report now = new_report(FormatVersion::v2021, 2021, "青山县自然资源局");
  REQUIRE(before.set_cell("t2.license.decisions", CellValue::of_count(120)));
  REQUIRE(now.set_cell("t2.license.decisions", CellValue::of_count(131)));
  REQUIRE(before.set_cell("t3.other.natural", CellValue::of_count(2)));
  const Comparison c = compare_reports(before, now);
  CHECK(change_of(now, c, "t2.license.decisions").change == "+11");
  CHECK_FALSE(change_of(now, c, "t2.rules.issued").in_previous);        // 2019 had 本年新制作数量 instead
  CHECK_FALSE(change_of(now, c, "t3.other.1.natural").in_previous);     // 2019 had one 其他处理 row
  CHECK(change_of(now, c, "t3.forward.natural").in_previous);
}

TEST_CASE("compare: amounts of different written units are not compared") {
  Report before = new_report(FormatVersion::v2019, 2019, "青山县财政局");
  Report now = new_report(FormatVersion::v2019, 2020, "青山县财政局");
  REQUIRE(before.set_cell("t2.procurement.amount", CellValue::of_amount("7")));
  before.set_unit("t2.procurement.amount", "万元");
  REQUIRE(now.set_cell("t2.procurement.amount", CellValue::of_amount("70000")));
  now.set_unit("t2.procurement.amount", "元");
  const Comparison comparison = compare_reports(before, now);
  const CellChange& c = change_of(now, comparison, "t2.procurement.amount");
  CHECK(c.previous_text == "7万元");
  CHECK(c.current_text == "70000元");
  CHECK(c.change.empty());
  CHECK(c.flag == ChangeFlag::None);
}

TEST_CASE("compare: each section's similarity, and the passages both years share") {
  Report before = new_report(FormatVersion::v2021, 2022, "青山县自然资源局");
  Report now = new_report(FormatVersion::v2021, 2023, "青山县自然资源局");
  before.problems = "一是重大行政决策预公开程度需进一步加强。二是基层政务公开标准化规范化水平有待提高。";
  now.problems = "一是重大行政决策预公开程度需进一步加强。二是网站栏目更新不及时，巡查机制尚未建立。";
  before.overview = "2022年，本机关主动公开政府信息312条。";
  now.overview = "2023年，本机关以数字政府建设为抓手，新上线依申请公开网上办理系统。";
  const Comparison c = compare_reports(before, now);
  REQUIRE(c.sections.size() == 3);
  CHECK(c.sections[0].key == "overview");
  CHECK(c.sections[1].key == "problems");
  CHECK(c.sections[1].heading == "五、存在的主要问题及改进情况");
  const SectionComparison& p = c.sections[1];
  CHECK(p.similarity > 0.3);
  CHECK(p.similarity < kRepeatThreshold);
  CHECK_FALSE(p.repeated);
  REQUIRE(p.current_shared.size() == 1);
  CHECK(now.problems.substr(p.current_shared[0].begin, p.current_shared[0].end - p.current_shared[0].begin) ==
        "一是重大行政决策预公开程度需进一步加强。二是");
  REQUIRE(p.previous_shared.size() == 1);
  CHECK(c.sections[0].current_shared.empty());
  // An empty section compares to nothing (0, not "different").
  CHECK(c.sections[2].similarity == 0);
  now.problems = before.problems;
  CHECK(compare_reports(before, now).sections[1].repeated);
}

TEST_CASE("shared passages ignore figures and punctuation, so a copy with the numbers changed still shows") {
  const std::string a = "2023年，全年共受理依申请公开12件，均在法定期限内答复。";
  const std::string b = "2022年，全年共受理依申请公开9件，均在法定期限内答复！";
  const auto spans = shared_passages(a, b);
  REQUIRE(spans.size() == 1);
  CHECK(a.substr(spans[0].begin, spans[0].end - spans[0].begin) == "年，全年共受理依申请公开12件，均在法定期限内答复");
  CHECK(shared_passages(a, "毫不相干的一句话，没有共同的十个字。").empty());
  CHECK(shared_passages("", a).empty());
  CHECK(shared_passages("\xff\xfe broken", a).empty());
}

TEST_CASE("table blocks: rows grouped by their columns") {
  const auto t3 = table_blocks(format_def(FormatVersion::v2021), 3);
  REQUIRE(t3.size() == 1);
  CHECK(t3[0].columns.size() == 7);
  CHECK(t3[0].rows.size() == 25);
  const auto t2 = table_blocks(format_def(FormatVersion::v2021), 2);
  REQUIRE(t2.size() == 3);
  CHECK(t2[0].rows.size() == 2);
  CHECK(t2[0].columns == std::vector<std::string>{"本年制发件数", "本年废止件数", "现行有效件数"});
  const auto t4 = table_blocks(format_def(FormatVersion::v2019), 4);
  REQUIRE(t4.size() == 1);
  CHECK(t4[0].rows.size() == 3);
  CHECK(t4[0].columns.size() == 5);
  size_t cells = 0;
  for (int t : {2, 3, 4})
    for (const auto& b : table_blocks(format_def(FormatVersion::v2019), t))
      for (const auto& r : b.rows) cells += r.cells.size();
  CHECK(cells == format_def(FormatVersion::v2019).cells.size());
}
