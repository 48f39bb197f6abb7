// rules_test.cpp — every rule with a passing and a failing case; the seed report; Pingtan 2020's real error.
//
// Index
//   fixtures ............ seed report (tests/data + narrative read from ../shared), zero-filled 2021 report
//   rule table .......... ids, summaries, order
//   identities .......... C3.1–C3.3, C4.1, anti-cascade, E1/E2
//   values .............. C2.1, C3.4, C4.2, A1–A3, U1
//   narrative ........... N1–N9
//   cross-year .......... CY0–CY4
//   reviews and order
#include <algorithm>
#include <set>

#include "rules.h"
#include "support.h"

using namespace nianbao;

namespace {

Report load_seed() {
  auto r = load_report_json(test::source_file("tests/data/yanshi-2020.json"));
  REQUIRE_MESSAGE(r.ok, r.error);
  return r.report;
}

/// Text between a heading line and the next heading (or the end), from the seed sample.
std::string section_text(const std::string& text, const std::string& heading, const std::string& next) {
  size_t at = text.find("\n" + heading + "\n");
  REQUIRE_MESSAGE(at != std::string::npos, "heading " << heading);
  at += heading.size() + 2;
  size_t end = next.empty() ? text.size() : text.find("\n" + next + "\n", at);
  return text.substr(at, end == std::string::npos ? std::string::npos : end - at);
}

/// A 2021 report with every count 0 and the fee amount "0": passes every table rule.
Report zero2021(int year = 2022) {
  Report r = new_report(FormatVersion::v2021, year, "测试局");
  for (size_t i = 0; i < r.cells.size(); ++i)
    r.cells[i] = r.def().cells[i].kind == ValueKind::Amount ? CellValue::of_amount("0") : CellValue::of_count(0);
  r.other = "本年度未收取信息处理费。";
  return r;
}

void set(Report& r, const std::string& code, int64_t v) { r.cell(code) = CellValue::of_count(v); }

std::vector<Finding> with_rule(const std::vector<Finding>& all, const std::string& rule) {
  std::vector<Finding> out;
  for (const auto& f : all)
    if (f.rule == rule) out.push_back(f);
  return out;
}

std::multiset<std::string> rule_ids(const std::vector<Finding>& all) {
  std::multiset<std::string> s;
  for (const auto& f : all) s.insert(f.rule);
  return s;
}

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

/// Sets one table-三 row from 7 values (natural … other, total).
void set_row(Report& r, const std::string& row, std::initializer_list<int64_t> v) {
  size_t c = 0;
  for (int64_t x : v) set(r, "t3." + row + "." + r.def().t3_columns[c++].key, x);
}

/// Sets rows where only 自然人 applied: {row, n} makes 自然人 = 总计 = n and the other columns 0.
void natural_rows(Report& r, std::initializer_list<std::pair<const char*, int64_t>> rows) {
  for (const auto& [row, n] : rows) set_row(r, row, {n, 0, 0, 0, 0, 0, n});
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// rule table

TEST_CASE("rule list: unique ids, one line each, covering format-spec §4") {
  std::set<std::string> ids;
  for (const auto& r : rule_list()) {
    CHECK(ids.insert(r.id).second);
    CHECK_FALSE(r.summary.empty());
    CHECK(r.summary.find('\n') == std::string::npos);
    CHECK(r.needs_previous == (r.id.rfind("CY", 0) == 0));
  }
  for (const char* id : {"C2.1", "C3.1", "C3.2", "C3.3", "C3.4", "C4.1", "CY1", "CY2", "CY3", "CY4", "N1", "N2", "N3",
                         "N4", "N5", "N6", "N7", "N8", "N9", "E1", "U1"})
    CHECK_MESSAGE(ids.count(id), id);
}

// ---------------------------------------------------------------------------------------------
// seed report

TEST_CASE("seed report (偃师 2020): no error or inconsistency; exactly N4 and N8 warnings") {
  Report r = load_seed();
  auto findings = check_report(r);
  CHECK(summarize(findings).passes());
  CHECK(rule_ids(findings) == std::multiset<std::string>{"N4", "N8"});

  auto text = test::shared_file("samples/yanshi-2020.txt");
  if (!text) return;
  r.overview = section_text(*text, "一、总体情况", "二、主动公开政府信息情况");
  r.problems = section_text(*text, "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
  r.other = section_text(*text, "六、其他需要报告的事项", "");
  REQUIRE(contains(r.overview, "收到依申请公开18件"));
  auto full = check_report(r);
  CHECK(summarize(full).passes());
  // N1 finds 收到…18件 and 行政复议1件 consistent; N9 finds 45 = 7+15+1+22 and 51 = 14+37 and skips 7800余条.
  // N4 stays: the overview never mentions 考核/评议/追究 (五 does, which is not where 条例 §50 puts them).
  CHECK(rule_ids(full) == std::multiset<std::string>{"N4", "N8"});

  // The same prose with one figure changed is caught: the narrative checks really ran.
  auto replace = [](std::string s, const std::string& from, const std::string& to) {
    size_t at = s.find(from);
    REQUIRE(at != std::string::npos);
    return s.replace(at, from.size(), to);
  };
  Report changed = r;
  changed.overview = replace(replace(r.overview, "收到依申请公开18件", "收到依申请公开19件"), "共公布各类文件45件",
                             "共公布各类文件46件");
  CHECK(rule_ids(check_report(changed)) == std::multiset<std::string>{"N1", "N4", "N8", "N9"});
}

// ---------------------------------------------------------------------------------------------
// identities

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

TEST_CASE("E1: empty required cells, one finding per table; empty is not 0") {
  Report blank = new_report(FormatVersion::v2021, 2022, "测试局");
  blank.other = "未收取信息处理费。";
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

TEST_CASE("a report built by hand with too few cells is checked as if the missing cells were empty") {
  Report r = zero2021();
  r.cells.resize(12);  // table 二 and the first rows of table 三 only
  auto all = check_report(r, &r);
  REQUIRE_FALSE(with_rule(all, "E1").empty());
  CHECK(with_rule(all, "E1")[0].section == "table3");
  CHECK(with_rule(all, "E1")[0].cells.size() == 173);
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

// ---------------------------------------------------------------------------------------------
// values

TEST_CASE("C2.1: table 二 counts non-negative (2019 本年增/减 may be negative), amounts decimal") {
  Report r = load_seed();
  set(r, "t2.license.delta", -3);
  CHECK(with_rule(check_report(r), "C2.1").empty());
  set(r, "t2.rules.made", -1);
  r.cell("t2.procurement.amount") = CellValue::of_amount("7元");
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
  r.cell("t2.fees.amount") = CellValue::of_amount("9116.36");
  CHECK(check_report(r).empty());
  r.cell("t2.fees.amount") = CellValue::of_amount("24252.311082");
  CHECK(rule_ids(check_report(r)) == std::multiset<std::string>{"A2"});
  CHECK(check_report(r)[0].severity == Severity::Info);
  r.cell("t2.fees.amount") = CellValue::of_amount("1.1234567");
  CHECK(rule_ids(check_report(r)) == std::multiset<std::string>{"A1"});
}

TEST_CASE("A3: amounts that look like 元 rather than 万元") {
  Report r = zero2021();
  r.cell("t2.fees.amount") = CellValue::of_amount("99999.5");
  CHECK(with_rule(check_report(r), "A3").empty());
  r.cell("t2.fees.amount") = CellValue::of_amount("251000");
  REQUIRE(with_rule(check_report(r), "A3").size() == 1);

  Report s = load_seed();  // 2019 procurement amount: the unit is the agency's own (units map)
  s.cell("t2.procurement.amount") = CellValue::of_amount("251000");
  s.set_unit("t2.procurement.amount", "元");
  CHECK(with_rule(check_report(s), "A3").empty());
  s.set_unit("t2.procurement.amount", "万元");
  CHECK(with_rule(check_report(s), "A3").size() == 1);
  s.set_unit("t2.procurement.amount", "千元");
  s.cell("t2.procurement.amount") = CellValue::of_amount("7");
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

// ---------------------------------------------------------------------------------------------
// narrative

namespace {

/// Pingtan-2022-like table 三: 新收 74 (自然人 71, 商业企业 3), 上年结转 1 (自然人), all granted.
Report received_74_plus_1() {
  Report r = zero2021();
  set_row(r, "new", {71, 3, 0, 0, 0, 0, 74});
  set_row(r, "carried", {1, 0, 0, 0, 0, 0, 1});
  set_row(r, "granted", {72, 3, 0, 0, 0, 0, 75});
  set_row(r, "total", {72, 3, 0, 0, 0, 0, 75});
  set(r, "t4.review.corrected", 2);
  set(r, "t4.review.total", 2);
  set(r, "t4.direct.upheld", 1);
  set(r, "t4.direct.total", 1);
  return r;
}

}  // namespace

TEST_CASE("N1: numbers in 总体情况 against tables 三 and 四") {
  Report r = received_74_plus_1();
  REQUIRE(check_report(r).empty());
  // 新收 + 结转 (75) is accepted, as is 新收 (74); per applicant kind likewise.
  r.overview = "全区收到政府信息公开申请75件，涉及自然人72件、商业企业3件，办结率100%。共有行政诉讼案件1件、行政复议案件2件。";
  CHECK(check_report(r).empty());
  r.overview = "本年共受理政府信息公开申请七十四件，办结七十五件。";
  CHECK(check_report(r).empty());

  r.overview = "全区收到政府信息公开申请80件，涉及自然人72件。行政复议案件3件，行政诉讼二件。";
  auto f = with_rule(check_report(r), "N1");
  REQUIRE(f.size() == 3);
  CHECK(f[0].quote == "全区收到政府信息公开申请80件，涉及自然人72件。");
  CHECK(f[0].expected == "74");
  CHECK(f[0].actual == "80");
  CHECK(contains(f[0].message, "新收加第二项上年结转为 75"));
  CHECK(contains(f[0].message, "新收与上年结转"));
  CHECK(f[1].cells == std::vector<std::string>{"t4.review.total"});
  CHECK(f[2].actual == "2");
  CHECK(f[2].expected == "1");
  CHECK(f[2].section == "overview");
}

TEST_CASE("N2: 2021 section 六 reports 信息处理费, a nil statement counts") {
  Report r = zero2021();
  CHECK(with_rule(check_report(r), "N2").empty());
  r.other = "无";
  REQUIRE(with_rule(check_report(r), "N2").size() == 1);
  Report old = load_seed();  // 2019 format: not required
  CHECK(with_rule(check_report(old), "N2").empty());
}

TEST_CASE("N3: 2021 总体情况 longer than 1000 characters (characters, not bytes; whitespace ignored)") {
  Report r = zero2021();
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "字";
  r.overview = text + "\n　 ";
  CHECK(with_rule(check_report(r), "N3").empty());
  r.overview = text + "多";
  auto f = with_rule(check_report(r), "N3");
  REQUIRE(f.size() == 1);
  CHECK(f[0].actual == "1001");
}

TEST_CASE("N4: 人民政府 reports mention 工作考核、社会评议、责任追究") {
  Report r = zero2021();
  r.agency_kind = AgencyKind::Township;
  r.overview = "结合工作考核机制进行抽查通报。";
  auto f = with_rule(check_report(r), "N4");
  REQUIRE(f.size() == 1);
  CHECK(contains(f[0].message, "未提及：社会评议、责任追究"));
  r.overview += "落实社会评议和责任追究制度。";
  CHECK(with_rule(check_report(r), "N4").empty());
  r.agency_kind = AgencyKind::Department;
  r.overview.clear();
  CHECK(with_rule(check_report(r), "N4").empty());
}

TEST_CASE("N5: years in the prose and the publication date") {
  Report r = zero2021(2022);
  r.overview = "本报告中所列数据统计期限为2022年1月1日至2022年12月31日。";
  r.published = "2023-01-15";
  CHECK(check_report(r).empty());
  r.overview = "本报告中所列数据统计期限为2021年1月1日至2021年12月31日。";
  auto f = with_rule(check_report(r), "N5");
  REQUIRE(f.size() == 1);  // one per sentence although it names 2021 twice
  CHECK(f[0].quote == r.overview);
  CHECK(f[0].actual == "2021");
  r.overview = "2021年，我局坚持以公开为常态。";  // opening year left over from last year's text
  f = with_rule(check_report(r), "N5");
  REQUIRE(f.size() == 1);
  CHECK(f[0].quote == r.overview);
  CHECK(contains(f[0].message, "开头写的是 2021 年"));
  r.overview = "2022年，我局坚持以公开为常态。";
  CHECK(check_report(r).empty());
  r.published = "2022-12-01";
  REQUIRE(with_rule(check_report(r), "N5").size() == 1);
  CHECK(with_rule(check_report(r), "N5")[0].section == "meta");
  r.published = "2023-02-30";
  CHECK(contains(with_rule(check_report(r), "N5")[0].message, "不是有效日期"));
}

TEST_CASE("N6: publication deadline of the agency kind, only when both are known") {
  Report r = zero2021(2022);
  r.published = "2023-02-10";
  CHECK(with_rule(check_report(r), "N6").empty());  // kind unknown
  r.agency_kind = AgencyKind::Department;
  auto f = with_rule(check_report(r), "N6");
  REQUIRE(f.size() == 1);
  CHECK(f[0].expected == "2023-01-31");
  r.agency_kind = AgencyKind::CountyGovernment;  // 2月20日
  CHECK(with_rule(check_report(r), "N6").empty());
  r.agency_kind = AgencyKind::Department;
  r.published = "2023-01-31";
  CHECK(with_rule(check_report(r), "N6").empty());
}

TEST_CASE("N7: format matches the year") {
  CHECK(with_rule(check_report(zero2021(2022)), "N7").empty());
  CHECK(with_rule(check_report(load_seed()), "N7").empty());
  CHECK(with_rule(check_report(zero2021(2020)), "N7").size() == 1);
  Report old = load_seed();
  old.year = 2022;
  CHECK(with_rule(check_report(old), "N7").size() == 1);
}

TEST_CASE("N8: high share of 其他处理") {
  Report r = zero2021();
  natural_rows(r, {{"new", 10}, {"granted", 8}, {"other.3", 2}, {"total", 10}});
  CHECK(check_report(r).empty());  // 20% is not above 20%
  natural_rows(r, {{"granted", 7}, {"other.3", 3}});
  auto f = with_rule(check_report(r), "N8");
  REQUIRE(f.size() == 1);
  CHECK(contains(f[0].message, "30%"));
}

TEST_CASE("N9: a sum stated in the prose whose parts do not add up; approximations are not checked") {
  Report r = zero2021();
  r.overview = "共公布各类文件45件，其中规范性文件7件、通知15件、公告1件、其他文件22件。"
               "主动公开信息7800余条，其中，网站6300余条，微博110余条，微信230余条，其他1200余条。"
               "共组织政策解读51次，其中本地解读14次、转发解读37次。"
               "共发布380条财政资金信息，其中专项资金152条，预决算197条（政府预决算32条、部门预决算165条）、经费27条、债券4条。";
  CHECK(with_rule(check_report(r), "N9").empty());
  r.problems = "全年共公布信息2602条（其中机构职能类82条，规划类1000条，其他1521条），成效明显。";
  auto f = with_rule(check_report(r), "N9");
  REQUIRE(f.size() == 1);
  CHECK(f[0].section == "problems");
  CHECK(f[0].expected == "2603");
  CHECK(f[0].actual == "2602");
  CHECK(f[0].quote == r.problems);
}

// ---------------------------------------------------------------------------------------------
// cross-year

TEST_CASE("CY0/CY1: carried over equals last year's forward, only against the year before") {
  Report now = zero2021(2022), before = zero2021(2021);
  natural_rows(before, {{"new", 1}, {"forward", 1}});
  auto f = with_rule(check_report(now, &before), "CY1");
  REQUIRE(f.size() == 2);
  CHECK(f[0].cells == std::vector<std::string>{"t3.carried.natural"});
  CHECK(f[0].expected == "1");
  CHECK(f[0].severity == Severity::Inconsistency);
  CHECK(with_rule(check_report(now), "CY1").empty());  // no previous report: not evaluated

  before.year = 2020;
  auto wrong_year = check_report(now, &before);
  CHECK(with_rule(wrong_year, "CY0").size() == 1);
  CHECK(with_rule(wrong_year, "CY1").empty());

  before.year = 2021;
  natural_rows(now, {{"carried", 1}, {"forward", 1}});
  CHECK(check_report(now, &before).empty());
}

TEST_CASE("CY2: 现行有效件数 follows last year's plus issued minus repealed (warning)") {
  Report now = zero2021(2022), before = zero2021(2021);
  set(before, "t2.normative.in_force", 10);
  set(now, "t2.normative.issued", 2);
  set(now, "t2.normative.repealed", 1);
  set(now, "t2.normative.in_force", 11);
  CHECK(check_report(now, &before).empty());
  set(now, "t2.normative.in_force", 12);
  auto f = with_rule(check_report(now, &before), "CY2");
  REQUIRE(f.size() == 1);
  CHECK(f[0].expected == "11");
  CHECK(f[0].severity == Severity::Warning);
}

TEST_CASE("CY3: 2019 上一年项目数量 follows last year's plus its 本年增/减 (warning)") {
  Report before = load_seed(), now = load_seed();
  before.year = 2019;
  set(before, "t2.license.prev", 5);
  set(before, "t2.license.delta", -2);
  set(now, "t2.license.prev", 3);
  CHECK(with_rule(check_report(now, &before), "CY3").empty());
  set(now, "t2.license.prev", 5);
  auto f = with_rule(check_report(now, &before), "CY3");
  REQUIRE(f.size() == 1);
  CHECK(f[0].expected == "3");
}

TEST_CASE("CY4: 五 near-identical to last year's") {
  Report now = zero2021(2022), before = zero2021(2021);
  before.problems = "2021年，我区政府信息公开工作还存在一些不足：一是重大行政决策预公开程度需进一步加强，意见征集形式较为单一。"
                    "二是政策解读形式单一。2022年，我区将丰富意见征集形式，加大重点领域公开力度。";
  now.problems = before.problems;
  for (auto [from, to] : {std::pair<const char*, const char*>{"2021年", "2022年"}, {"2022年，我区", "2023年，我区"}})
    now.problems.replace(now.problems.find(from), std::string(from).size(), to);
  auto f = with_rule(check_report(now, &before), "CY4");
  REQUIRE(f.size() == 1);
  CHECK(f[0].actual == "100%");
  now.problems = "网站栏目更新不及时，基层人员业务能力不足。下一步将加强培训并建立栏目巡查机制。";
  CHECK(with_rule(check_report(now, &before), "CY4").empty());
}

// ---------------------------------------------------------------------------------------------
// reviews and order

TEST_CASE("reviewed findings are returned dismissed and not counted") {
  Report r = load_seed();
  auto first = check_report(r);
  REQUIRE(first.size() == 2);
  r.reviews.push_back({first[1].key(), "其他处理均为申请人撤回，已在正文说明"});
  auto again = check_report(r);
  REQUIRE(again.size() == 2);
  CHECK_FALSE(again[0].dismissed);
  CHECK(again[1].dismissed);
  CHECK(again[1].dismiss_reason == "其他处理均为申请人撤回，已在正文说明");
  Verdict v = summarize(again);
  CHECK(v.warnings == 1);
  CHECK(v.dismissed == 1);
}

TEST_CASE("findings are ordered by section, then by rule") {
  Report r = zero2021();
  r.published = "2022-01-01";                 // N5 → meta
  set(r, "t4.review.total", 1);                // C4.1 → table4
  r.cell("t2.fees.amount") = CellValue::of_amount("x");  // C2.1 → table2
  r.other.clear();                             // N2 → other
  auto all = check_report(r);
  std::vector<std::string> sections;
  for (const auto& f : all) sections.push_back(f.section);
  CHECK(sections == std::vector<std::string>{"meta", "table2", "table4", "other"});
}
