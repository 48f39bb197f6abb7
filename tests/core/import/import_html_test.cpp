// import_html_test.cpp — HTML specifics on small synthetic pages: Word markup, <br> in labels,
// merged and blank cells, zero words, units, unknown rows, traditional characters.
#include "nianbao/import.h"

#include <doctest/doctest.h>

using namespace nianbao;

namespace {

/// A 2021-format page whose table 二 rows are given; tables 三/四 omitted.
std::string page(const std::string& table2_rows, const std::string& extra = "") {
  return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>某某县人民政府办公室2023年度政府信息公开工作年度报告</title>"
         "<script>var x = '<td>9</td>';</script></head><body><div class=\"nav\">首页 &gt; 年报</div>"
         "<p>一、总体情况</p><p><span style=\"font-family:仿宋\">第一段。</span></p><p>第二段。</p>"
         "<p>二、主动公开政府信息情况</p><table><tbody>"
         "<tr><td colspan=\"4\"><p><span>第二十条第（一）项</span></p></td></tr>"
         "<tr><td>信息内容</td><td>本年<br/>制发件数</td><td>本年<br>废止件数</td><td>现行有效件数</td></tr>" +
         table2_rows + "</tbody></table>" + extra +
         "<p>五、存在的主要问题及改进情况</p><p>问题。</p><p>六、其他需要报告的事项</p><p>无。</p></body></html>";
}

bool has(const ImportResult& r, ImportLevel level, const std::string& subject) {
  for (const auto& e : r.log)
    if (e.level == level && e.subject == subject) return true;
  return false;
}

}  // namespace

TEST_CASE("nested Word markup, <br> inside headers, and paragraphs as lines") {
  ImportResult r = import_report(page("<tr><td><p><span>规章</span></p></td><td><p><span>1</span></p></td>"
                                      "<td><span>2</span></td><td>3</td></tr>"),
                                 "");
  REQUIRE(r.ok);
  CHECK(r.report.year == 2023);
  CHECK(r.report.agency == "某某县人民政府办公室");
  CHECK(r.report.cell("t2.rules.issued") == CellValue::of_count(1));
  CHECK(r.report.cell("t2.rules.repealed") == CellValue::of_count(2));
  CHECK(r.report.cell("t2.rules.in_force") == CellValue::of_count(3));
  CHECK(r.report.overview == "第一段。\n第二段。");
  CHECK(r.report.problems == "问题。");
  CHECK(r.report.other == "无。");
  // Missing rows and tables are logged, not invented.
  CHECK(has(r, ImportLevel::Unread, "行政规范性文件"));
  CHECK_FALSE(r.report.cell("t2.normative.issued").filled);
}

TEST_CASE("blank cells stay empty, 无, -, / read as 0 with a note, 增/减 words") {
  ImportResult r = import_report(page("<tr><td>规章</td><td></td><td>-</td><td>无</td></tr>"
                                      "<tr><td>行政规范性文件</td><td>／</td><td>减4</td><td>—</td></tr>"),
                                 "");
  REQUIRE(r.ok);
  CHECK_FALSE(r.report.cell("t2.rules.issued").filled);
  CHECK(r.report.cell("t2.rules.repealed") == CellValue::of_count(0));
  CHECK(r.report.cell("t2.rules.in_force") == CellValue::of_count(0));
  CHECK(r.report.cell("t2.normative.issued") == CellValue::of_count(0));
  CHECK(has(r, ImportLevel::Info, "t2.rules.repealed"));
  // "减4" in a count that cannot be negative is not read.
  CHECK_FALSE(r.report.cell("t2.normative.repealed").filled);
  CHECK(has(r, ImportLevel::Unread, "t2.normative.repealed"));
  CHECK(r.report.cell("t2.normative.in_force") == CellValue::of_count(0));
}

TEST_CASE("labels with traditional characters, half-width brackets, spaces and appended notes") {
  ImportResult r = import_report(page("<tr><td>規 章（设区的市应提供）</td><td>4</td><td>5</td><td>6</td></tr>"
                                      "<tr><td>其他主动公开文件（本省增列）</td><td>7</td><td>8</td><td>9</td></tr>"
                                      "<tr><td>行政規範性文件</td><td>1</td><td>0</td><td>12</td></tr>"),
                                 "");
  REQUIRE(r.ok);
  CHECK(r.report.cell("t2.rules.in_force") == CellValue::of_count(6));
  CHECK(r.report.cell("t2.normative.in_force") == CellValue::of_count(12));
  CHECK(has(r, ImportLevel::Info, "规章"));  // the appended note is mentioned
  bool unknown_row = false;
  for (const auto& e : r.log)
    if (e.level == ImportLevel::UnknownLabel && e.subject.find("其他主动公开文件") != std::string::npos) unknown_row = true;
  CHECK(unknown_row);
}

TEST_CASE("a 2021 fee written in 元 is kept as written with a warning") {
  std::string extra =
      "<table><tr><td colspan=4>第二十条第（八）项</td></tr><tr><td>信息内容</td><td colspan=3>本年收费金额（单位：万元）</td></tr>"
      "<tr><td>行政事业性收费</td><td colspan=3>125000元</td></tr></table>";
  ImportResult r = import_report(page("", extra), "");
  REQUIRE(r.ok);
  CHECK(r.report.cell("t2.fees.amount") == CellValue::of_amount("125000"));
  CHECK(has(r, ImportLevel::Warning, "t2.fees.amount"));
}

TEST_CASE("pathologically nested markup is refused before parsing, ordinary nesting is read") {
  std::string deep = "<html><body>";
  for (int i = 0; i < 5000; ++i) deep += "<div>";
  ImportResult r = import_report(deep + "一、总体情况", "x.html");
  CHECK_FALSE(r.ok);
  CHECK(r.error.find("嵌套") != std::string::npos);
  // Unclosed <p>, <td>, <br> and Word's <o:p> do not count as nesting.
  std::string flat = page("<tr><td>规章<td>1<td>2<td>3</tr>");
  for (int i = 0; i < 3000; ++i) flat.insert(flat.find("<body>") + 6, "<p><br><o:p>");
  ImportResult ok = import_report(flat, "x.html");
  REQUIRE(ok.ok);
  CHECK(ok.report.cell("t2.rules.in_force") == CellValue::of_count(3));
}

TEST_CASE("a page laid out in a table: the report's own tables inside it keep their cells") {
  std::string inner = page("<tr><td>规章</td><td>1</td><td>20</td><td>300</td></tr>");
  size_t b = inner.find("<body>") + 6, e = inner.find("</body>");
  std::string layout = inner.substr(0, b) + "<table width=\"100%\"><tr><td class=\"nav\">导航</td></tr><tr><td>" +
                       inner.substr(b, e - b) + "</td></tr></table>" + inner.substr(e);
  ImportResult r = import_report(layout, "");
  REQUIRE(r.ok);
  CHECK(r.report.cell("t2.rules.issued") == CellValue::of_count(1));
  CHECK(r.report.cell("t2.rules.repealed") == CellValue::of_count(20));
  CHECK(r.report.cell("t2.rules.in_force") == CellValue::of_count(300));
  CHECK(r.report.overview == "第一段。\n第二段。");
}
