// cross_year_rules_test.cpp — CY0–CY4: a report against last year's report.
#include "rule_fixtures.h"

using namespace nianbao;
using namespace nianbao::test;

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

TEST_CASE("CY2: 现行有效件数 against last year's plus issued minus repealed (info: expiry also changes it)") {
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
  CHECK(f[0].severity == Severity::Info);
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
  before.overview = "2021年，本机关围绕优化营商环境推进决策公开，全年召开新闻发布会六场。";
  before.problems = "2021年，我区政府信息公开工作还存在一些不足：一是重大行政决策预公开程度需进一步加强，意见征集形式较为单一。"
                    "二是政策解读形式单一。2022年，我区将丰富意见征集形式，加大重点领域公开力度。";
  now.problems = before.problems;
  for (auto [from, to] : {std::pair<const char*, const char*>{"2021年", "2022年"}, {"2022年，我区", "2023年，我区"}})
    now.problems.replace(now.problems.find(from), std::string(from).size(), to);
  auto f = with_rule(check_report(now, &before), "CY4");
  REQUIRE(f.size() == 1);
  CHECK(f[0].actual == "100%");
  CHECK(f[0].section == "problems");
  CHECK(f[0].message.rfind("五、存在的主要问题及改进情况与 2021 年报告几乎相同", 0) == 0);
  now.problems = "网站栏目更新不及时，基层人员业务能力不足。下一步将加强培训并建立栏目巡查机制。";
  CHECK(with_rule(check_report(now, &before), "CY4").empty());
}

TEST_CASE("CY4: 一 near-identical to last year's, with the figures changed") {
  Report now = zero2021(2022), before = zero2021(2021);
  before.overview = "2021年，本机关主动公开政府信息312条，其中政策文件28件，召开新闻发布会6场，回应社会关切事项41件。";
  now.overview = "2022年，本机关主动公开政府信息298条，其中政策文件31件，召开新闻发布会5场，回应社会关切事项39件。";
  auto f = with_rule(check_report(now, &before), "CY4");
  REQUIRE(f.size() == 1);
  CHECK(f[0].section == "overview");
  CHECK(f[0].message.rfind("一、总体情况与 2021 年报告几乎相同", 0) == 0);
  now.overview = "2022年，本机关以数字政府建设为抓手，新上线依申请公开网上办理系统，办理时限平均缩短三天。";
  CHECK(with_rule(check_report(now, &before), "CY4").empty());
}
