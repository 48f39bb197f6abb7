// import_test.cpp — import_report on the real samples (../shared/samples) against expected cells
// read from the documents (tests/data/expected/*.json), plus encoding and refusal cases.
#include "nianbao/import.h"
#include "nianbao/rules.h"

#include <doctest/doctest.h>

#include <optional>

#include "support.h"

using namespace nianbao;

namespace {

nlohmann::json expected(const std::string& name) {
  return nlohmann::json::parse(test::source_file("tests/data/expected/" + name + ".json"));
}

/// The cell's value as the expected JSON writes it (integer or amount text), or null when empty.
nlohmann::json as_json(const Report& r, const std::string& code) {
  const CellValue& v = r.cell(code);
  if (!v.filled) return nullptr;
  if (r.def().cells[r.def().cell_index(code)].kind == ValueKind::Amount) return v.amount;
  return v.count;
}

bool logged(const ImportResult& res, ImportLevel level, const std::string& subject) {
  for (const auto& e : res.log)
    if (e.level == level && e.subject == subject) return true;
  return false;
}

void check_identity(const ImportResult& res, const nlohmann::json& exp) {
  CHECK(res.ok);
  CHECK(format_name(res.report.format) == exp["format"].get<std::string>());
  CHECK(res.report.year == exp["year"].get<int>());
  CHECK(res.report.agency == exp["agency"].get<std::string>());
  if (exp.contains("units"))
    for (auto& [code, unit] : exp["units"].items())
      if (res.report.cell(code).filled) CHECK(res.report.unit_of(code) == unit.get<std::string>());
}

void check_narratives(const Report& r, const nlohmann::json& exp) {
  for (auto& [key, want] : exp["narrative"].items()) {
    const std::string& text = *r.narrative(key);
    INFO("section " << key);
    REQUIRE(!text.empty());
    CHECK(text.rfind(want["starts"].get<std::string>(), 0) == 0);
    const std::string ends = want["ends"].get<std::string>();
    CHECK(text.size() >= ends.size());
    CHECK(text.compare(text.size() - std::min(text.size(), ends.size()), ends.size(), ends) == 0);
    // No heading of another section leaks in.
    for (const auto& s : r.def().sections) CHECK(text.find(s.heading) == std::string::npos);
  }
}

const char* const kYears[] = {"2019", "2020", "2021", "2022", "2023", "2024", "2025"};

/// Imports samples/real/<name><ext>; nullopt (with a visible SKIPPED) when ../shared is absent.
std::optional<ImportResult> import_sample(const std::string& name, const std::string& ext) {
  auto doc = test::shared_file("samples/real/" + name + ext);
  if (!doc) return std::nullopt;
  ImportResult res = import_report(*doc, name + ext);
  CHECK(res.source_kind == (ext == ".html" ? "html" : "text"));
  check_identity(res, expected(name));
  return res;
}

}  // namespace

TEST_CASE("every saved Pingtan page imports with every table cell as printed") {
  for (const char* y : kYears) {
    const std::string name = std::string("pingtan-") + y;
    INFO(name << ".html");
    auto imported = import_sample(name, ".html");
    if (!imported) continue;
    const ImportResult& res = *imported;
    const auto exp = expected(name);
    CHECK(exp["cells"].size() == res.report.cells.size());
    for (auto& [code, want] : exp["cells"].items()) {
      INFO(code);
      CHECK(as_json(res.report, code) == want);
    }
    check_narratives(res.report, exp);
    for (const auto& e : res.log) {
      INFO(e.subject << " " << e.message);
      CHECK((e.level == ImportLevel::Info));
    }
  }
}

TEST_CASE("every Pingtan text copy imports, cells it cannot split with certainty are left empty and logged") {
  for (const char* y : kYears) {
    const std::string name = std::string("pingtan-") + y;
    INFO(name << ".txt");
    auto imported = import_sample(name, ".txt");
    if (!imported) continue;
    const ImportResult& res = *imported;
    const auto exp = expected(name);
    const FormatDef& def = res.report.def();
    for (auto& [code, want] : exp["cells"].items()) {
      INFO(code);
      nlohmann::json got = as_json(res.report, code);
      if (!got.is_null()) {
        CHECK(got == want);
        continue;
      }
      // Only table 二 lacks arithmetic to split run-together digits; the row is logged as ambiguous.
      const CellDef& cd = def.cells[def.cell_index(code)];
      CHECK(cd.table == 2);
      CHECK(logged(res, ImportLevel::Ambiguous, cd.row_label));
    }
    // Tables 三 and 四 are complete.
    for (const auto& cd : def.cells)
      if (cd.table != 2) CHECK(res.report.cell(cd.code).filled);
    for (const char* key : {"overview", "problems", "other"}) CHECK(!res.report.narrative(key)->empty());
    // The copy has each section on one line; numbered sub-headings start paragraphs again.
    CHECK(res.report.overview.find("\n（一）") != std::string::npos);
    CHECK(res.report.other.find("附件下载") == std::string::npos);
  }
}

TEST_CASE("the seed text imports with the seed's tables") {
  auto text = test::shared_file("samples/yanshi-2020.txt");
  if (!text) return;
  ImportResult res = import_report(*text, "yanshi-2020.txt");
  REQUIRE(res.ok);
  // tests/data/yanshi-2020.json is the seed report as typed in for the rules (an independent reading).
  LoadResult seed = load_report_json(test::source_file("tests/data/yanshi-2020.json"));
  REQUIRE(seed.ok);
  CHECK(res.report.format == seed.report.format);
  CHECK(res.report.year == seed.report.year);
  CHECK(res.report.agency == seed.report.agency);
  CHECK(res.report.unit_of("t2.procurement.amount") == seed.report.unit_of("t2.procurement.amount"));
  for (size_t i = 0; i < seed.report.cells.size(); ++i) {
    INFO(res.report.def().cells[i].code);
    CHECK(res.report.cells[i] == seed.report.cells[i]);
  }
  CHECK(res.report.overview.rfind("2020年，市政府办公室", 0) == 0);
  CHECK(res.report.overview.find('\n') != std::string::npos);  // paragraphs kept as lines
  CHECK(res.report.problems.rfind("2020年，我市", 0) == 0);
  CHECK(res.report.other == "无");
  // The rows that lost a cell in the copy are recovered through the column identities, and say so.
  CHECK(logged(res, ImportLevel::Inferred, "1.本机关不掌握相关政府信息"));
  // The imported seed passes the checks like the typed-in one.
  for (const auto& f : check_report(res.report))
    CHECK_MESSAGE((f.severity != Severity::Error && f.severity != Severity::Inconsistency), f.rule << " " << f.message);
}

TEST_CASE("Pingtan 2020's real 勾稽 error survives import") {
  auto html = test::shared_file("samples/real/pingtan-2020.html");
  if (!html) return;
  ImportResult res = import_report(*html, "");
  REQUIRE(res.ok);
  const Report& r = res.report;
  int64_t outcome_total = 0;
  for (const auto& row : r.def().t3_rows)
    if (row.is_outcome) outcome_total += r.cell("t3." + row.key + ".total").count;
  CHECK(outcome_total == 27);
  CHECK(r.cell("t3.total.total").count == 21);
  bool c32 = false;
  for (const auto& f : check_report(r)) c32 = c32 || (f.rule == "C3.2" && f.severity == Severity::Inconsistency);
  CHECK(c32);
}

TEST_CASE("the other imported Pingtan pages pass every 勾稽 identity") {
  for (const char* y : {"2019", "2021", "2022", "2023", "2024", "2025"}) {
    const std::string name = std::string("pingtan-") + y;
    auto html = test::shared_file("samples/real/" + name + ".html");
    if (!html) continue;
    INFO(name);
    ImportResult res = import_report(*html, name + ".html");
    REQUIRE(res.ok);
    for (const auto& f : check_report(res.report))
      CHECK_MESSAGE((f.severity != Severity::Error && f.severity != Severity::Inconsistency), f.rule << " " << f.message);
  }
}

TEST_CASE("format notices are refused clearly as blank templates") {
  for (const char* f : {"format-2019-notice.html", "format-2019-notice.txt", "format-2021-notice.html",
                        "format-2021-notice.txt"}) {
    auto doc = test::shared_file(std::string("samples/real/") + f);
    if (!doc) continue;
    INFO(f);
    ImportResult res = import_report(*doc, f);
    CHECK_FALSE(res.ok);
    CHECK(res.error.find("空白的年报格式模板") != std::string::npos);
  }
}

TEST_CASE("provenance is recorded under unknown[\"import\"] and survives save/load") {
  auto text = test::shared_file("samples/real/pingtan-2021.txt");
  if (!text) return;
  ImportResult res = import_report(*text, "pingtan-2021.txt");
  REQUIRE(res.ok);
  LoadResult back = load_report_json(save_report_json(res.report));
  REQUIRE(back.ok);
  const auto& prov = back.report.unknown["import"];
  CHECK(prov["source"] == "text");
  CHECK(prov["log_summary"]["ambiguous"] == 1);
  CHECK(prov["uncertain"].size() > 0);
}

TEST_CASE("non-UTF-8 input gets a clear message") {
  // "政府信息公开工作年度报告" in GBK: a GBK page.
  const std::string gbk =
      "<html><body><p>\xd5\xfe\xb8\xae\xd0\xc5\xcf\xa2\xb9\xab\xbf\xaa\xb9\xa4\xd7\xf7\xc4\xea\xb6\xc8\xb1\xa8"
      "\xb8\xe6</p></body></html>";
  ImportResult res = import_report(gbk, "page.html");
  CHECK_FALSE(res.ok);
  CHECK(res.error.find("GBK") != std::string::npos);
  ImportResult bin = import_report(std::string("%PDF-1.4\n\xFF\xFE\x00\x01", 13), "x.pdf");
  CHECK_FALSE(bin.ok);
  CHECK(bin.error.find("不是文本或网页") != std::string::npos);
  ImportResult latin = import_report("caf\xE9 au lait", "x.txt");
  CHECK_FALSE(latin.ok);
  CHECK(latin.error.find("不是 UTF-8 文本") != std::string::npos);
}

TEST_CASE("text that is no report yields nothing usable") {
  ImportResult res = import_report("今天天气很好。\n明天也许下雨。\n", "notes.txt");
  CHECK_FALSE(res.ok);
  CHECK(res.error.find("不像是政府信息公开工作年度报告") != std::string::npos);
  CHECK_FALSE(import_report("", "").ok);
}

TEST_CASE("a document naming no year: year left unfilled and logged, or taken from the hint or file name") {
  const std::string doc = "一、总体情况\n本机关全年主动公开信息。\n五、存在的主要问题及改进情况\n人手不足。\n";
  ImportResult none = import_report(doc, "report.txt");
  REQUIRE(none.ok);
  CHECK(none.report.year == 0);
  CHECK(logged(none, ImportLevel::Unread, "year"));
  CHECK(load_report_json(save_report_json(none.report)).ok);
  ImportResult given = import_report(doc, "report.txt", 2023);
  REQUIRE(given.ok);
  CHECK(given.report.year == 2023);
  CHECK(given.report.format == FormatVersion::v2021);  // no fingerprint: by year
  ImportResult named = import_report(doc, "report-2020.txt");
  REQUIRE(named.ok);
  CHECK(named.report.year == 2020);
  CHECK(named.report.format == FormatVersion::v2019);
  CHECK(load_report_json(save_report_json(named.report)).ok);
}

TEST_CASE("footer words inside a sentence are text, a footer after the text is dropped and logged") {
  auto text = test::shared_file("samples/real/pingtan-2022.txt");
  if (!text) return;
  const std::string added = "，政策文件均同步上传相关附件";
  std::string changed = *text;
  size_t end = changed.find("。", changed.find("一、总体情况"));
  REQUIRE(end != std::string::npos);
  changed.insert(end, added);
  ImportResult before = import_report(*text, "pingtan-2022.txt"), after = import_report(changed, "pingtan-2022.txt");
  REQUIRE(after.ok);
  CHECK(after.report.overview.size() == before.report.overview.size() + added.size());
  CHECK_FALSE(logged(after, ImportLevel::Warning, "overview"));

  auto with_footer = test::shared_file("samples/real/pingtan-2021.txt");
  REQUIRE(with_footer);
  ImportResult res = import_report(*with_footer, "pingtan-2021.txt");
  CHECK(res.report.other.find("附件下载") == std::string::npos);
  CHECK(logged(res, ImportLevel::Warning, "other"));
}

TEST_CASE("a UTF-8 file with a stray byte or cut off mid-character imports with U+FFFD and a warning") {
  std::string doc = "一、总体情况\n";
  for (int i = 0; i < 60; ++i) doc += "本机关全年主动公开信息。";
  doc += "\xE4\n五、存在的主要问题及改进情况\n人手不足。";
  ImportResult stray = import_report(doc, "report.txt");
  REQUIRE(stray.ok);
  CHECK(logged(stray, ImportLevel::Warning, "encoding"));
  CHECK(stray.report.overview.find("\xEF\xBF\xBD") != std::string::npos);
  ImportResult cut = import_report("一、总体情况\n本机关全年主动公开信息\xE4\xB8", "report.txt");
  REQUIRE(cut.ok);
  CHECK(logged(cut, ImportLevel::Warning, "encoding"));
}

TEST_CASE("a year hint that differs from the title's year is noted") {
  const std::string doc = "某局2022年度政府信息公开工作年度报告\n一、总体情况\n本机关全年主动公开信息。\n";
  ImportResult res = import_report(doc, "report.txt", 2023);
  REQUIRE(res.ok);
  CHECK(res.report.year == 2022);
  bool noted = false;
  for (const auto& e : res.log)
    noted = noted || (e.level == ImportLevel::Info && e.subject == "year" && e.message.find("2023") != std::string::npos);
  CHECK(noted);
}
