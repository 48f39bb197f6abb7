// import_text_test.cpp — plain text inputs: tab-, pipe- and newline-separated cells; HTML sniffing.
#include "nianbao/import.h"
#include "import/import_source.h"

#include <doctest/doctest.h>

using namespace nianbao;

namespace {

const char* const kHead = "某某镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息。\n"
                          "二、主动公开政府信息情况\n";
const char* const kTail = "五、存在的主要问题及改进情况\n人手不足。\n六、其他需要报告的事项\n无。\n";

ImportResult run(const std::string& table2) { return import_report(std::string(kHead) + table2 + kTail, "x.txt"); }

}  // namespace

TEST_CASE("pipe-separated rows with a ruler line") {
  ImportResult r = run("| 第二十条第（一）项 | | | |\n|---|---|---|---|\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
                       "| 规章 | 1 | 0 | 5 |\n| 行政规范性文件 | 12 | 3 | 140 |\n");
  REQUIRE(r.ok);
  CHECK(r.source_kind == "text");
  CHECK(r.report.agency == "某某镇人民政府");
  CHECK(r.report.format == FormatVersion::v2021);
  CHECK(r.report.cell("t2.rules.in_force") == CellValue::of_count(5));
  CHECK(r.report.cell("t2.normative.issued") == CellValue::of_count(12));
  CHECK(r.report.cell("t2.normative.in_force") == CellValue::of_count(140));
  CHECK(r.report.overview == "全年主动公开信息。");
}

TEST_CASE("one cell per line, and half-width brackets with a line break inside a label") {
  ImportResult r = run("第二十条第(一)项\n信息内容\n本年制发件数\n本年废止件数\n现行有效件数\n规章\n0\n0\n2\n行政规范\n性文件\n7\n/\n30\n");
  REQUIRE(r.ok);
  CHECK(r.report.cell("t2.rules.in_force") == CellValue::of_count(2));
  CHECK(r.report.cell("t2.normative.issued") == CellValue::of_count(7));
  CHECK(r.report.cell("t2.normative.repealed") == CellValue::of_count(0));
  CHECK(r.report.cell("t2.normative.in_force") == CellValue::of_count(30));
}

TEST_CASE("run-together digits of table 二 with no arithmetic are ambiguous and left empty") {
  ImportResult r = run("规章000行政规范性文件693665");
  REQUIRE(r.ok);
  CHECK(r.report.cell("t2.rules.issued") == CellValue::of_count(0));
  CHECK_FALSE(r.report.cell("t2.normative.issued").filled);
  bool ambiguous = false;
  for (const auto& e : r.log) ambiguous = ambiguous || (e.level == ImportLevel::Ambiguous && e.subject == "行政规范性文件");
  CHECK(ambiguous);
}

TEST_CASE("text_to_source: rulers and merged-cell placeholders go, a lone dash stays") {
  using import::to_utf8;
  CHECK(to_utf8(import::text_to_source("a\t\t\tb\r\n-------------\t---\t---\nc\t-\n").text) == "a\tb\nc\t-\n");
  CHECK(to_utf8(import::text_to_source("| x | y |\n|:--|--:|\n").text) == "x\ty\n");
}

TEST_CASE("HTML is recognised by its tags, not by the file name alone") {
  CHECK(import::looks_like_html("<!DOCTYPE html><html><body><p>x</p></body></html>"));
  CHECK(import::looks_like_html("<div><table><tr><td>1</td></tr></table></div>"));
  CHECK_FALSE(import::looks_like_html("一、总体情况 a<b 且 c>d"));
}

TEST_CASE("a reworded heading on its own line: the section starts on the next line") {
  ImportResult r = import_report(std::string(kHead) + "五、存在的主要问题和改进措施\n一是人手不足。\n六、其他需要报告的事项\n无。\n",
                                 "x.txt");
  REQUIRE(r.ok);
  CHECK(r.report.problems == "一是人手不足。");
}

TEST_CASE("PDF page furniture: page-number lines and repeated running headers are dropped, other lines kept") {
  const import::SourceText s = import::text_to_source(
      "某局2021年度政府信息公开工作年度报告\n— 1 —\n-2-\n第 3 页 共 9 页\n4/9\n某局2021年度政府信息公开工作年度报告\n"
      "行政许可 -\n— 5 — 正文\n");
  CHECK(import::to_utf8(s.text) == "某局2021年度政府信息公开工作年度报告\n行政许可 -\n— 5 — 正文\n");
}

TEST_CASE("a page number glued to a row's figures is not a figure, a date in the prose after a table is words") {
  ImportResult r = run("行政许可 12 -2-\n行政处罚 3 — 4 —\n行政强制 1\n行政事业性收费 0\n2022年，本机关…\n");
  REQUIRE(r.ok);
  CHECK(r.report.cell("t2.license.decisions") == CellValue::of_count(12));
  CHECK(r.report.cell("t2.penalty.decisions") == CellValue::of_count(3));
  CHECK(r.report.cell("t2.fees.amount") == CellValue::of_amount("0"));
}
