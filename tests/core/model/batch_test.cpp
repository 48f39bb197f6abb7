// batch_test.cpp — roster CSV, last-year pairing, lateness and the summary outputs of a batch check.
#include "nianbao/batch.h"

#include "core/rules/rule_fixtures.h"

using namespace nianbao;
using nianbao::test::copied_overview;

namespace {

Report unit(const std::string& agency, int year, AgencyKind kind = AgencyKind::Department) {
  Report r = new_report(format_for_year(year), year, agency);
  r.agency_kind = kind;
  return r;
}

/// The S2 findings of one row.
std::vector<const Finding*> s2_of(const BatchRow& row) {
  std::vector<const Finding*> out;
  for (const Finding& f : row.findings)
    if (f.rule == "S2") out.push_back(&f);
  return out;
}

}  // namespace

TEST_CASE("a roster is read with or without BOM, with quoted fields, kinds as keys or Chinese names") {
  RosterResult r = parse_roster_csv("\xEF\xBB\xBF机关名称,机关类型\r\n青山县教育局,department\r\n\"青山镇, 人民政府\",乡镇\r\n"
                                    "国家税务总局青山县税务局,垂直管理\r\n,\r\n青山县统计局\r\n");
  REQUIRE_MESSAGE(r.ok, r.error);
  REQUIRE(r.entries.size() == 4);
  CHECK(r.entries[0].kind == AgencyKind::Department);
  CHECK(r.entries[1].agency == "青山镇, 人民政府");
  CHECK(r.entries[1].kind == AgencyKind::Township);
  CHECK(r.entries[2].kind == AgencyKind::VerticalSystem);
  CHECK(r.entries[3].kind == AgencyKind::Unspecified);
  CHECK(r.entries[3].line == 6);
  CHECK(parse_roster_csv("机关名称\n甲局\n").ok);
}

TEST_CASE("a bad roster is refused with the line") {
  CHECK(parse_roster_csv("").error.find("名单为空") != std::string::npos);
  CHECK(parse_roster_csv("单位,类型\n甲局,部门\n").error.find("第 1 行") != std::string::npos);
  CHECK(parse_roster_csv("机关名称,机关类型\n甲局,局\n").error.find("第 2 行") != std::string::npos);
  CHECK(parse_roster_csv("机关名称\n甲局\n乙局\n 甲局 \n").error.find("第 2 行和第 4 行") != std::string::npos);
  CHECK(parse_roster_csv("机关名称\n\xC7\xE0\xC9\xBD\n").error.find("UTF-8") != std::string::npos);
}

TEST_CASE("each unit finds its last-year report among many, by agency and year, so CY rules run") {
  std::vector<Report> now, before;
  for (int i = 0; i < 40; ++i) now.push_back(unit("单位" + std::to_string(i), 2024));
  for (int i = 39; i >= 0; --i) {
    before.push_back(unit("单位" + std::to_string(i), 2023));
    before.push_back(unit("单位" + std::to_string(i), 2022));
  }
  REQUIRE(before[0].set_cell("t3.forward.natural", CellValue::of_count(5)));  // 单位39's 2023 report
  REQUIRE(now[39].set_cell("t3.carried.natural", CellValue::of_count(0)));
  std::vector<BatchInput> in, prev;
  for (const Report& r : now) in.push_back({r.agency + "-2024.json", &r, ""});
  for (const Report& r : before) prev.push_back({r.agency + "-" + std::to_string(r.year) + ".json", &r, ""});
  BatchResult res = run_batch(in, prev, nullptr);
  REQUIRE(res.rows.size() == 40);
  for (int i = 0; i < 40; ++i) CHECK(res.rows[static_cast<size_t>(i)].previous == "单位" + std::to_string(i) + "-2023.json");
  bool cy1 = false;
  for (const Finding& f : res.rows[39].findings) cy1 = cy1 || f.rule == "CY1";
  CHECK(cy1);
}

TEST_CASE("an aggregate is never paired with an organ report of the same name") {
  Report now = unit("青山县人民政府", 2024), before = unit("青山县人民政府", 2023);
  before.scope = ReportScope::Aggregate;
  BatchResult res = run_batch({{"a.json", &now, ""}}, {{"b.json", &before, ""}}, nullptr);
  CHECK(res.rows[0].previous.empty());
}

TEST_CASE("roster coverage: missing units and units not on it, unreadable inputs are rows with the reason") {
  Report a = unit("甲局", 2024), b = unit(" 乙镇", 2024, AgencyKind::Township);
  std::vector<RosterEntry> roster = {{"甲局", AgencyKind::Department, 2}, {"乙 镇", AgencyKind::Township, 3},
                                     {"丙局", AgencyKind::Department, 4}};
  Report c = unit("丁局", 2024);
  BatchResult res = run_batch({{"a.json", &a, ""}, {"b.json", &b, ""}, {"c.json", &c, ""}, {"x.json", nullptr, "坏文件"}},
                              {}, &roster);
  CHECK(res.missing == std::vector<std::string>{"丙局"});
  CHECK(res.unlisted == std::vector<std::string>{"丁局"});
  CHECK(res.rows[3].error == "坏文件");
  CHECK(res.rows[0].duplicate_of.empty());
  Report again = unit("甲局", 2024);
  BatchResult twice = run_batch({{"a.json", &a, ""}, {"a2.json", &again, ""}}, {}, nullptr);
  CHECK(twice.rows[1].duplicate_of == "a.json");
  CHECK(res.status() == 2);
  // The count says how many inputs could not be read, on the page as in the CLI (blank units fail on E1).
  CHECK(batch_count_line(res) == "共 4 个文件：0 份通过，3 份有错误，1 份无法读取");
  CHECK(batch_html(res, "汇总").find("<p>共 4 个文件：0 份通过，3 份有错误，1 份无法读取；名单中未提交 1 个单位") !=
        std::string::npos);
}

TEST_CASE("lateness is counted against the deadline of the unit's kind") {
  Report dept = unit("甲局", 2024), county = unit("青山县人民政府", 2024, AgencyKind::CountyGovernment);
  dept.published = "2025-02-03";
  county.published = "2025-02-03";
  BatchResult res = run_batch({{"a.json", &dept, ""}, {"b.json", &county, ""}}, {}, nullptr);
  CHECK(res.rows[0].deadline == "2025-01-31");
  CHECK(res.rows[0].days_late == 3);
  CHECK(res.rows[1].deadline == "2025-02-20");
  CHECK(res.rows[1].days_late == 0);
}

TEST_CASE("the CSV summary is UTF-8 with BOM, CRLF, quoted where needed, formulas defused") {
  Report a = unit("甲局,\"分局\"", 2024), b = unit("=HYPERLINK(1)", 2024);
  std::vector<RosterEntry> roster = {{"丙局", AgencyKind::Department, 2}};
  BatchResult res = run_batch({{"a.json", &a, ""}, {"b.json", &b, ""}}, {}, &roster);
  const std::string csv = batch_csv(res);
  CHECK(csv.rfind("\xEF\xBB\xBF文件,机关名称,", 0) == 0);
  CHECK(csv.find("\"甲局,\"\"分局\"\"\"") != std::string::npos);
  CHECK(csv.find(",'=HYPERLINK(1),") != std::string::npos);
  CHECK(csv.find(",丙局,") != std::string::npos);
  CHECK(csv.find("未提交") != std::string::npos);
  CHECK(csv.find("\r\n") != std::string::npos);
  const std::string html = batch_html(res, "汇总");
  CHECK(html.find("甲局,&quot;分局&quot;") != std::string::npos);
  CHECK(html.find("default-src 'none'") != std::string::npos);  // inert like every page nianbao writes
  const auto json = batch_json(res);
  CHECK(json["units"][0]["agency"] == "甲局,\"分局\"");
  CHECK(json["missing"][0] == "丙局");
}

TEST_CASE("the HTML summary names the units' common folder once and shows paths relative to it") {
  Report a = unit("甲局", 2024), b = unit("乙局", 2024), last = unit("甲局", 2023);
  BatchResult res = run_batch({{"/data/青山县/2024/甲局.json", &a, ""}, {"/data/青山县/2024/乙/乙局.json", &b, ""}},
                              {{"/data/青山县/2024/甲局2023.json", &last, ""}}, nullptr);
  const std::string html = batch_html(res, "汇总");
  CHECK(html.find("<p>文件位于 /data/青山县/2024/") != std::string::npos);
  CHECK(html.find("<td class=\"path\">甲局.json</td>") != std::string::npos);
  CHECK(html.find("<td class=\"path\">乙/乙局.json</td>") != std::string::npos);
  CHECK(html.find("<td class=\"name\">甲局</td>") != std::string::npos);
  CHECK(html.find("<td class=\"short\">2024</td>") != std::string::npos);  // the year on one line
  CHECK(html.find(">/data/") == std::string::npos);  // no cell repeats the folder
  // Files in no common folder, or only a root in common: the paths are shown whole, every slash kept.
  BatchResult loose = run_batch({{"甲局.json", &a, ""}, {"乙局.json", &b, ""}}, {}, nullptr);
  CHECK(batch_html(loose, "汇总").find("文件位于") == std::string::npos);
  for (const auto& [x, y] : {std::pair<std::string, std::string>{"/a/甲局.json", "/b/乙局.json"},
                             {"./a/甲局.json", "./b/乙局.json"}, {"C:\\a\\甲局.json", "C:\\b\\乙局.json"}}) {
    const std::string page = batch_html(run_batch({{x, &a, ""}, {y, &b, ""}}, {}, nullptr), "汇总");
    CHECK(page.find("文件位于") == std::string::npos);
    CHECK(page.find(">" + x + "<") != std::string::npos);
  }
  // A path elsewhere that merely contains the folder is left alone; a duplicate is named relatively.
  Report a2 = unit("甲局", 2024);
  const std::string dup = batch_html(
      run_batch({{"/d/x/甲局.json", &a, ""}, {"/d/x/b/甲局.json", &a2, ""}}, {{"/e/d/x/last.json", &last, ""}}, nullptr),
      "汇总");
  CHECK(dup.find("与 甲局.json 为同一机关同一年度") != std::string::npos);
  CHECK(dup.find(">/e/d/x/last.json<") != std::string::npos);
}

TEST_CASE("雷同 across units: a copy with the agency name and figures changed is named in both rows") {
  Report a = unit("甲局", 2024), b = unit("乙镇人民政府", 2024), c = unit("丙局", 2024);
  a.overview = copied_overview("甲局", "12");
  b.overview = "乙镇今年推进基层政务公开标准化规范化，编制了二十六个领域的公开事项目录，在各村设立公开栏，群众可在便民服务中心查阅政策文件，"
               "并邀请代表座谈听取意见，针对办事指南不清的问题逐项修改完善。";
  c.overview = copied_overview("丙局", "3107");
  BatchResult res = run_batch({{"a.json", &a, ""}, {"b.json", &b, ""}, {"c.json", &c, ""}}, {}, nullptr);
  auto s2 = [&](size_t row) { return s2_of(res.rows[row]); };
  REQUIRE(s2(0).size() == 1);
  CHECK(s2(0)[0]->expected == "丙局");
  CHECK_FALSE(s2(0)[0]->quote.empty());
  CHECK(a.overview.find(s2(0)[0]->quote) != std::string::npos);
  REQUIRE(s2(2).size() == 1);
  CHECK(s2(2)[0]->expected == "甲局");
  CHECK(s2(1).empty());
  CHECK(res.rows[0].verdict.warnings >= 1);
}

TEST_CASE("雷同 across units: one report given twice is a duplicate, not a copy of itself") {
  // A page and its text: the same agency (spaced differently), year and scope, so batch names the duplicate.
  Report page = unit("甲局", 2024), text = unit("甲 局", 2024), other = unit("丙局", 2024);
  page.overview = copied_overview("甲局", "12");
  text.overview = page.overview;
  other.overview = copied_overview("丙局", "3107");
  BatchResult twice = run_batch({{"a.html", &page, ""}, {"a.txt", &text, ""}}, {}, nullptr);
  CHECK(twice.rows[1].duplicate_of == "a.html");
  CHECK(s2_of(twice.rows[0]).empty());
  CHECK(s2_of(twice.rows[1]).empty());
  // Another unit's copy is still named, in both of the duplicates' rows.
  BatchResult res = run_batch({{"a.html", &page, ""}, {"a.txt", &text, ""}, {"c.json", &other, ""}}, {}, nullptr);
  REQUIRE(s2_of(res.rows[0]).size() == 1);
  CHECK(s2_of(res.rows[0])[0]->expected == "丙局");
  REQUIRE(s2_of(res.rows[1]).size() == 1);
  CHECK(s2_of(res.rows[1])[0]->expected == "丙局");
  CHECK(s2_of(res.rows[2]).size() == 2);
  // The same agency's report of another year is CY5's, not S2's.
  Report last = unit("甲局", 2023);
  last.overview = page.overview;
  BatchResult years = run_batch({{"a.html", &page, ""}, {"a2023.json", &last, ""}}, {}, nullptr);
  CHECK(s2_of(years.rows[0]).empty());
}
