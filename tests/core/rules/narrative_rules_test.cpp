// narrative_rules_test.cpp — N1–N9: the prose against the tables, required statements, years, dates, sums in prose.
#include <optional>

#include "rule_fixtures.h"

using namespace nianbao;
using namespace nianbao::test;

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

/// 一、总体情况 of a real report in ../shared/samples/real/ (its text runs the sections together on one line).
std::optional<std::string> real_overview(const std::string& file) {
  auto text = shared_file("samples/real/" + file);
  if (!text) return std::nullopt;
  size_t from = text->find("一、总体情况"), to = text->find("二、主动公开政府信息情况");
  REQUIRE(from != std::string::npos);
  REQUIRE(to != std::string::npos);
  return text->substr(from, to - from);
}

/// N1's findings on `r` with `overview` as its 一、总体情况.
std::vector<Finding> n1_on(Report& r, const std::string& overview) {
  r.overview = overview;
  return with_rule(check_report(r), "N1");
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

TEST_CASE("N1: outcomes named in the prose (format-spec §5 E3, Shanghai 2019)") {
  Report r = zero2021();
  natural_rows(r, {{"new", 10}, {"granted", 4}, {"partial", 1}, {"unable.1", 3}, {"unable.2", 2}, {"total", 10}});
  r.overview = "予以公开4件，部分公开1件，因本机关不掌握等原因无法提供5件。";
  CHECK(check_report(r).empty());
  r.overview = "办结的申请中，予以公开及部分公开5件。予以公开5件。";  // 予以公开 alone may include 部分公开
  CHECK(check_report(r).empty());
  r.overview = "因本机关不掌握等原因无法提供3件。";  // only sub-item 1, while 无法提供 totals 5
  auto f = with_rule(check_report(r), "N1");
  REQUIRE(f.size() == 1);
  CHECK(f[0].cells == std::vector<std::string>{"t3.unable.1.total", "t3.unable.2.total", "t3.unable.3.total"});
  CHECK(f[0].expected == "5");
  CHECK(contains(f[0].message, "（四）无法提供各项之和"));
}

TEST_CASE("N1, N5, N9 on a real report: Pingtan 2023's prose agrees with its tables") {
  // Table figures of Pingtan 2023 (2021 format); the prose is read from ../shared/ at test time.
  Report r = zero2021(2023);
  set_row(r, "new", {80, 1, 0, 0, 0, 0, 81});
  set_row(r, "partial", {19, 1, 0, 0, 0, 0, 20});
  set_row(r, "total", {80, 1, 0, 0, 0, 0, 81});
  natural_rows(r, {{"granted", 22}, {"denied.4", 1}, {"denied.6", 1}, {"denied.7", 1}, {"denied.8", 2},
                   {"unable.1", 31}, {"refused.2", 1}, {"other.1", 1}, {"other.3", 1}});
  for (auto [code, v] : {std::pair<const char*, int64_t>{"t4.review.upheld", 1}, {"t4.review.corrected", 1},
                         {"t4.review.total", 2}, {"t4.direct.upheld", 4}, {"t4.direct.pending", 1},
                         {"t4.direct.total", 5}, {"t4.after_review.upheld", 1}, {"t4.after_review.other", 1},
                         {"t4.after_review.total", 2}})
    set(r, code, v);
  REQUIRE(check_report(r).empty());
  auto overview = real_overview("pingtan-2023.txt");
  if (!overview) return;
  r.overview = *overview;
  REQUIRE(contains(r.overview, "无法提供31件"));
  auto all = check_report(r);
  CHECK(with_rule(all, "N1").empty());
  CHECK(with_rule(all, "N5").empty());
  CHECK(with_rule(all, "N9").empty());
  // The same prose against a table with one application moved from 无法提供 to 其他处理: both are caught.
  natural_rows(r, {{"unable.1", 30}, {"other.3", 2}});
  auto changed = with_rule(check_report(r), "N1");
  REQUIRE(changed.size() == 2);
  CHECK(changed[0].actual == "31");
  CHECK(changed[0].expected == "30");
  CHECK(changed[1].actual == "2");
  CHECK(changed[1].expected == "3");
}

TEST_CASE("N1 on Pingtan 2022's real prose: 收到 75 = 新收 74 + 结转 1 is accepted") {
  Report r = received_74_plus_1();
  auto overview = real_overview("pingtan-2022.txt");
  if (!overview) return;
  r.overview = *overview;
  REQUIRE(contains(r.overview, "收到政府信息公开申请75件"));
  auto all = check_report(r);
  CHECK(with_rule(all, "N1").empty());
  // Its 总体情况 is far beyond the 2021 format's 1000 characters: N3 is the one warning.
  CHECK(rule_ids(all) == std::multiset<std::string>{"N3"});
}

TEST_CASE("N2: 2021 section 六 reports 信息处理费, a nil statement counts") {
  Report r = zero2021();
  CHECK(with_rule(check_report(r), "N2").empty());
  r.other = "无";
  REQUIRE(with_rule(check_report(r), "N2").size() == 1);
  Report old = load_seed();  // 2019 format: not required
  CHECK(with_rule(check_report(old), "N2").empty());
}

TEST_CASE("N3: 2021 总体情况 longer than 1000 characters (characters, not bytes, whitespace ignored)") {
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
  r.agency_kind = AgencyKind::Unspecified;
  CHECK(with_rule(check_report(r), "N6").empty());  // kind unknown: N6 waits, M2 asks for the kind
  CHECK(with_rule(check_report(r), "M2").size() == 1);
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

TEST_CASE("N9: a sum stated in the prose whose parts do not add up, approximations are not checked") {
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

TEST_CASE("M1: an unfilled year or agency is reported, and year checks wait for the year") {
  Report r = zero2021();
  REQUIRE(with_rule(check_report(r), "M1").empty());
  r.year = 0;
  r.published = "2020-01-01";
  auto findings = check_report(r);
  auto f = with_rule(findings, "M1");
  REQUIRE(f.size() == 1);
  CHECK(f[0].severity == Severity::Error);
  CHECK(contains(f[0].message, "报告年度未填写"));
  CHECK(with_rule(findings, "N5").empty());
  CHECK(with_rule(findings, "N7").empty());
  r.year = 2024;
  r.agency = "  ";
  f = with_rule(check_report(r), "M1");
  REQUIRE(f.size() == 1);
  CHECK(contains(f[0].message, "机关名称未填写"));
}

TEST_CASE("N1 reads the number's own clause and the keyword nearest to it") {
  Report r = received_74_plus_1();  // 复议 2, 诉讼 1, 上年结转 1
  CHECK(n1_on(r, "本年度未发生行政复议案件，发生行政诉讼1件。").empty());
  CHECK(n1_on(r, "全区收到政府信息公开申请75件（其中上年结转1件）。").empty());
  CHECK(n1_on(r, "行政复议、行政诉讼案件共3件。").empty());
  Report one_each = r;
  set(one_each, "t4.review.corrected", 1);
  set(one_each, "t4.review.total", 1);
  CHECK(n1_on(one_each, "行政复议、行政诉讼案件各1件。").empty());
  auto f = n1_on(r, "行政复议、行政诉讼案件共4件。");
  REQUIRE(f.size() == 1);
  CHECK(f[0].expected == "3");
  CHECK(f[0].cells == std::vector<std::string>{"t4.review.total", "t4.direct.total", "t4.after_review.total"});
}

TEST_CASE("N1: 法人或其他组织 is the sum of the five columns, 其他 alone the 其他 column") {
  Report r = zero2021();
  for (const char* row : {"new", "granted", "total"}) set_row(r, row, {5, 1, 1, 0, 0, 1, 8});
  REQUIRE(check_report(r).empty());
  CHECK(n1_on(r, "共收到申请8件，其中自然人申请5件，法人或其他组织申请3件。").empty());
  CHECK(n1_on(r, "共收到申请8件，其中自然人申请5件，其他1件。").empty());
  auto f = n1_on(r, "共收到申请8件，其中自然人申请5件，法人或其他组织申请1件。");
  REQUIRE(f.size() == 1);
  CHECK(f[0].expected == "3");
}

TEST_CASE("N9: sums past 2^53 are skipped, long breakdowns are bounded") {
  Report r = zero2021();
  std::string text = "共1件，其中";
  for (int i = 0; i < 2000; ++i) text += "9000000000000000件、";  // each below 2^53, their sum not
  r.overview = text + "。";
  CHECK(with_rule(check_report(r), "N9").empty());
  // "（" keeps every part at depth 1: formerly each part rescanned the text from "其中".
  text = "共1件，其中（";
  for (int i = 0; i < 20000; ++i) text += "1件、";
  r.overview = text + "）。";
  CHECK(with_rule(check_report(r), "N9").empty());
  text = "共1件，其中";
  for (int i = 0; i < 20000; ++i) text += "1件、";
  r.overview = text + "。";
  auto f = with_rule(check_report(r), "N9");
  REQUIRE(f.size() == 1);
  CHECK(f[0].expected == "200");
}

TEST_CASE("N5: a year compared with, or a span opening the overview, is not the reporting year") {
  Report r = zero2021(2022);
  r.overview = "统计期限自2022年1月1日起至2022年12月31日止，与2021年相比申请量上升。";
  CHECK(with_rule(check_report(r), "N5").empty());
  r.overview = "2020年以来，我局坚持以公开为常态。";
  CHECK(with_rule(check_report(r), "N5").empty());
}

TEST_CASE("N5: 29 February only in leap years, M1: an agency of full-width spaces is unfilled") {
  Report r = zero2021(2023);
  r.published = "2024-02-29";
  CHECK(with_rule(check_report(r), "N5").empty());
  r.year = 2024;
  r.published = "2025-02-29";
  REQUIRE(with_rule(check_report(r), "N5").size() == 1);
  CHECK(contains(with_rule(check_report(r), "N5")[0].message, "不是有效日期"));
  r.published = "2025-02-28";
  r.agency = "\u3000\u3000";
  REQUIRE(with_rule(check_report(r), "M1").size() == 1);
}
