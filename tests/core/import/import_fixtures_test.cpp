// import_fixtures_test.cpp — import_report on the layout fixtures of tests/data/import/ (written by
// make_fixtures.py): every cell each must read, the agency and year, the sections, and which findings must
// and must not follow (an import miss is never an E1/M1; a published identity error stays visible).
#include "nianbao/import.h"
#include "nianbao/rules.h"

#include <doctest/doctest.h>

#include <filesystem>

#include "support.h"

using namespace nianbao;

namespace {

const std::string kDir = "tests/data/import/";

nlohmann::json expected(const std::string& name) { return nlohmann::json::parse(test::source_file(kDir + name + ".expected.json")); }

/// The cell as the expected JSON writes it (integer or amount text), or null when empty.
nlohmann::json as_json(const Report& r, const std::string& code) {
  const CellValue& v = r.cell(code);
  if (!v.filled) return nullptr;
  if (r.def().cells[static_cast<size_t>(r.def().cell_index(code))].kind == ValueKind::Amount) return v.amount;
  return v.count;
}

bool has_rule(const std::vector<Finding>& findings, const std::string& rule) {
  for (const auto& f : findings)
    if (f.rule == rule) return true;
  return false;
}

/// Imports fixture `name` (UTF-8) and checks it against its expected file; returns the import.
ImportResult check_fixture(const std::string& name) {
  const auto exp = expected(name);
  ImportResult res = import_report(test::source_file(kDir + name), name);
  INFO("fixture " << name);
  for (const auto& e : res.log) INFO("[" << import_level_name(e.level) << "] " << e.subject << "：" << e.message);
  REQUIRE(res.ok);
  const Report& r = res.report;
  CHECK(format_name(r.format) == exp["format"].get<std::string>());
  CHECK(r.year == exp["year"].get<int>());
  CHECK(r.agency == exp["agency"].get<std::string>());
  size_t read = 0;
  for (auto& [code, want] : exp["cells"].items()) {
    INFO(code);
    const nlohmann::json got = as_json(r, code);
    CHECK(got == (want.is_string() ? nlohmann::json(want) : want));
    read += got == want;
  }
  MESSAGE(name << ": " << read << "/" << exp["cells"].size() << " cells read as published");
  const std::vector<Finding> findings = check_report(r);
  for (const auto& f : findings) INFO(f.rule << " " << f.message);
  const nlohmann::json absent = exp.value("absent_rules", nlohmann::json::array());
  for (const auto& rule : absent) CHECK_MESSAGE(!has_rule(findings, rule), rule);
  const nlohmann::json present = exp.value("present_rules", nlohmann::json::array());
  for (const auto& rule : present) CHECK_MESSAGE(has_rule(findings, rule), rule);
  const nlohmann::json sections = exp.value("sections", nlohmann::json::object());
  for (auto& [key, text] : sections.items()) CHECK(*r.narrative(key) == text.get<std::string>());
  const nlohmann::json quoted = exp.value("quoted", nlohmann::json::object());
  for (auto& [key, text] : quoted.items()) CHECK(r.narrative(key)->find(text.get<std::string>()) != std::string::npos);
  return res;
}

}  // namespace

TEST_CASE("text from a PDF viewer: page furniture, multi-line headers, broken labels, figures on the next line") {
  check_fixture("pdf-viewer.txt");
}

TEST_CASE("markdown with one table per row group under a generic header") { check_fixture("markdown-groups.md"); }

TEST_CASE("a title split over lines and decorated, the agency named only in the body") {
  check_fixture("split-title.txt");
  check_fixture("agency-in-body.txt");
}

TEST_CASE("label variants and typos are matched within the row order") {
  const ImportResult res = check_fixture("typos.txt");
  bool noted = false;
  for (const auto& e : res.log) noted = noted || e.message.find("属于行政执法案件") != std::string::npos;
  CHECK(noted);  // the typo is read, and the log says how
}

TEST_CASE("a page in traditional characters: matched as simplified, quoted as written") { check_fixture("traditional.html"); }

TEST_CASE("a 2019 表二 beside a 2021 表三: each table in its own shape") { check_fixture("hybrid.txt"); }

TEST_CASE("sections numbered differently are found by their titles") { check_fixture("renumbered.txt"); }

TEST_CASE("rows of run-together digits with one reading each keep the published identity errors") {
  check_fixture("run-together.txt");
}

TEST_CASE("what the import could not read is an import miss, not the report's error") {
  // Table 二's 行政规范性文件 row has three cells and no arithmetic: "8855698" has many readings.
  const std::string text = "青山县林业局2021年度政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
                           "规章 0 0 0\n行政规范性文件8855698\n行政许可 3\n行政处罚 1\n行政强制 0\n行政事业性收费 0\n";
  ImportResult res = import_report(text, "a.txt");
  REQUIRE(res.ok);
  const std::vector<std::string> normative = {"t2.normative.issued", "t2.normative.repealed", "t2.normative.in_force"};
  const std::vector<std::string> unread = import_unread(res.report);
  REQUIRE(unread.size() > 3);  // and every cell of the absent tables 三 and 四
  CHECK(std::vector<std::string>(unread.begin(), unread.begin() + 3) == normative);
  auto findings = check_report(res.report);
  const Finding* miss = nullptr;
  for (const auto& f : findings) {
    if (f.rule == "I1" && f.section == "table2") miss = &f;
    CHECK(f.severity != Severity::Error);  // tables 三 and 四 are absent: unread too, not the report's blanks
  }
  REQUIRE(miss != nullptr);
  CHECK(miss->cells == normative);
  CHECK(miss->severity == Severity::Warning);
  // Filling a cell removes it from the finding; confirming that the original is blank makes it an E1.
  REQUIRE(res.report.set_cell("t2.normative.issued", CellValue::of_count(88)));
  CHECK(confirm_import_blank(res.report, "t2.normative.repealed"));
  CHECK_FALSE(confirm_import_blank(res.report, "t2.normative.repealed"));
  findings = check_report(res.report);
  bool e1 = false;
  for (const auto& f : findings) {
    if (f.rule == "I1" && f.section == "table2") CHECK(f.cells == std::vector<std::string>{"t2.normative.in_force"});
    if (f.rule == "E1" && f.section == "table2") {
      e1 = true;
      CHECK(f.cells == std::vector<std::string>{"t2.normative.repealed"});
    }
  }
  CHECK(e1);
  // The list survives save and load.
  LoadResult back = load_report_json(save_report_json(res.report));
  REQUIRE(back.ok);
  CHECK(is_import_miss(back.report, "t2.normative.in_force"));
  CHECK_FALSE(is_import_miss(back.report, "t2.normative.issued"));
}

TEST_CASE("an agency the import could not read is an I1, not an M1") {
  ImportResult res = import_report("2021年度政府信息公开工作年度报告\n二、主动公开政府信息情况\n规章 0 0 0\n", "a.txt");
  REQUIRE(res.ok);
  CHECK(res.report.agency.empty());
  CHECK(is_import_miss(res.report, "agency"));
  const auto findings = check_report(res.report);
  CHECK_FALSE(has_rule(findings, "M1"));
  CHECK(has_rule(findings, "I1"));
  res.report.agency = "青山县林业局";
  CHECK_FALSE(is_import_miss(res.report, "agency"));
}

namespace {

/// `text` with the figures of the row whose line starts with `label` replaced by `digits`.
std::string with_row(std::string text, const std::string& label, const std::string& digits) {
  const size_t at = text.find("\n" + label + " ");
  REQUIRE(at != std::string::npos);
  const size_t b = at + 1 + label.size() + 1, e = text.find('\n', b);
  return text.replace(b, e - b, digits);
}

}  // namespace

TEST_CASE("run-together rows are split with the whole table: \"110000011\" settled by the columns") {
  // Rows 一 and （七） each read 11|0|0|0|0|0|11 or 1|10|0|0|0|0|11 by their own sum; the outcome rows
  // (one digit a cell, one reading) and the column identities leave only the first.
  std::string text = test::source_file(kDir + "run-together.txt");
  text = with_row(text, "一、本年新收政府信息公开申请数量", "110000011");
  text = with_row(text, "（七）总计", "110000011");
  text = with_row(text, "（一）予以公开", "9000009");
  text = with_row(text, "1.本机关不掌握相关政府信息", "2000002");
  for (const char* row : {"（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "3.危及“三安全一稳定”", "7.属于行政执法案卷",
                          "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确", "2.重复申请", "3.其他", "四、结转下年度继续办理",
                          "二、上年结转政府信息公开申请数量"})
    text = with_row(text, row, "0000000");
  text = with_row(text, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "0000000");
  const ImportResult res = import_report(text, "joint.txt");
  REQUIRE(res.ok);
  for (const char* row : {"new", "total"}) {
    INFO(row);
    CHECK(res.report.cell(std::string("t3.") + row + ".natural") == CellValue::of_count(11));
    CHECK(res.report.cell(std::string("t3.") + row + ".business") == CellValue::of_count(0));
    CHECK(res.report.cell(std::string("t3.") + row + ".total") == CellValue::of_count(11));
  }
  bool by_table = false;
  for (const auto& e : res.log) by_table = by_table || e.message.find("按本表各列勾稽关系读作 11 | 0") != std::string::npos;
  CHECK(by_table);
  CHECK(import_unread(res.report).empty());
}

TEST_CASE("a row the table cannot settle is left empty with the number of readings that remain") {
  // Only rows 一 and （七）, no outcome rows, no carried-over row: nothing relates the two candidates.
  const std::string text = "青山县林业局2021年度政府信息公开工作年度报告\n二、主动公开政府信息情况\n行政许可 3\n"
                           "三、收到和处理政府信息公开申请情况\n"
                           "一、本年新收政府信息公开申请数量 110000011\n（七）总计 110000011\n";
  const ImportResult res = import_report(text, "a.txt");
  REQUIRE(res.ok);
  CHECK_FALSE(res.report.cell("t3.new.natural").filled);
  bool counted = false;
  for (const auto& e : res.log)
    counted = counted || (e.subject == "一、本年新收政府信息公开申请数量" && e.message.find("种读法同样说得通") != std::string::npos);
  CHECK(counted);
  CHECK(is_import_miss(res.report, "t3.new.natural"));
}
