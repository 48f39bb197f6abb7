// check_command_test.cpp — `nianbao check`: exit status 0/1/2, human output, findings JSON.
#include <nlohmann/json.hpp>

#include "cli/run.h"
#include "support.h"

using namespace nianbao::test;
using json = nlohmann::ordered_json;  // keeps key order, to check that "file" comes first

namespace {

const std::string kSeed = std::string(NIANBAO_SOURCE_DIR) + "/tests/data/yanshi-2020.json";

/// The seed report with one cell changed, written to `dir`/name.
std::string changed_seed(const std::string& dir, const std::string& name, const std::string& code, const json& value) {
  json doc = json::parse(read_all(kSeed));
  doc["cells"][code] = value;
  std::string path = dir + "/" + name;
  write_all(path, doc.dump());
  return path;
}

}  // namespace

TEST_CASE("check: the seed report passes (exit 0) with a verdict line and section headings") {
  std::string dir = scratch_dir();
  RunResult r = run_nianbao(dir, "check '" + kSeed + "'");
  CHECK(r.status == 0);
  CHECK(r.out.find("✓ 通过全部勾稽校验，2 条提示") != std::string::npos);
  CHECK(r.out.find("【三、收到和处理政府信息公开申请情况】") != std::string::npos);
  CHECK(r.out.find("N8") != std::string::npos);
  CHECK(r.err.empty());
  remove_dir(dir);
}

TEST_CASE("check: one changed 总计 cell exits 1 and --json names the cell, the rule, expected and actual") {
  std::string dir = scratch_dir();
  std::string bad = changed_seed(dir, "bad.json", "t3.unable.1.total", 6);
  RunResult human = run_nianbao(dir, "check '" + bad + "'");
  CHECK(human.status == 1);
  CHECK(human.out.find("✗ 1 处错误") != std::string::npos);

  RunResult r = run_nianbao(dir, "check --json '" + bad + "'");
  CHECK(r.status == 1);
  json findings = json::parse(r.out);
  REQUIRE(findings.is_array());
  const json* hit = nullptr;
  for (const auto& f : findings) {
    CHECK(f.begin().key() == "file");  // "file" comes first in every object
    CHECK(f["file"] == bad);
    if (f["severity"] == "inconsistency") {
      CHECK(hit == nullptr);
      hit = &f;
    }
  }
  REQUIRE(hit != nullptr);
  CHECK(((*hit)["rule"] == "C3.2" || (*hit)["rule"] == "C3.3"));
  CHECK((*hit)["cells"] == json::array({"t3.unable.1.total"}));
  CHECK((*hit)["expected"] == "5");
  CHECK((*hit)["actual"] == "6");
  CHECK((*hit)["section"] == "table3");
  remove_dir(dir);
}

TEST_CASE("check: an unreadable file or a non-report exits 2, the other files are still checked") {
  std::string dir = scratch_dir();
  write_all(dir + "/not-a-report.json", "{\"hello\": 1}");
  RunResult r = run_nianbao(dir, "check '" + dir + "/missing.json' '" + dir + "/not-a-report.json' '" + kSeed + "'");
  CHECK(r.status == 2);
  CHECK(r.err.find("missing.json：无法读取") != std::string::npos);
  CHECK(r.err.find("not-a-report.json：/schema") != std::string::npos);
  CHECK(r.out.find("✓ 通过全部勾稽校验") != std::string::npos);  // the seed was checked
  CHECK(r.out.find("共 3 个文件：1 个通过，0 个有错误或勾稽不符，2 个无法读取") != std::string::npos);
  CHECK(run_nianbao(dir, "check").status == 2);
  CHECK(run_nianbao(dir, "check --bogus '" + kSeed + "'").status == 2);

  // With --json, scripts see which file failed: an entry with rule LOAD; the array is always printed.
  r = run_nianbao(dir, "check --json '" + dir + "/missing.json' '" + kSeed + "'");
  CHECK(r.status == 2);
  json list = json::parse(r.out);
  REQUIRE(list.size() >= 1);
  CHECK(list[0]["file"] == dir + "/missing.json");
  CHECK(list[0]["rule"] == "LOAD");
  CHECK(list[0]["severity"] == "error");
  r = run_nianbao(dir, "check --json --previous '" + dir + "/none.json' '" + kSeed + "'");
  CHECK(r.status == 2);
  CHECK(json::parse(r.out)[0]["rule"] == "LOAD");
  remove_dir(dir);
}

TEST_CASE("check: a saved page, text or Word document is named as such with the import command, exit 2") {
  std::string dir = scratch_dir();
  write_all(dir + "/page.html", "\xEF\xBB\xBF\n<!DOCTYPE html><html><body>平潭综合实验区</body></html>");
  write_all(dir + "/report.txt", "平潭综合实验区2021年政府信息公开工作年度报告\n");
  write_all(dir + "/report.docx", std::string("PK\x03\x04", 4) + std::string(100, '\0'));
  write_all(dir + "/bad.json", "{\"schema\": }");
  for (const auto& [name, kind] : {std::pair<std::string, std::string>{"page.html", "这是网页（HTML）"},
                                   {"report.txt", "这是文本"}, {"report.docx", "这是 Word 或 WPS 文档"}}) {
    RunResult r = run_nianbao(dir, "check '" + dir + "/" + name + "'");
    INFO(name);
    CHECK(r.status == 2);
    CHECK(r.err.find(name + "：" + kind + "，不是报告 JSON 文件") != std::string::npos);
    CHECK(r.err.find("nianbao import " + dir + "/" + name + " -o report.json") != std::string::npos);
    CHECK(r.err.find("JSON 格式错误") == std::string::npos);
  }
  // JSON with a mistake in it is still told where the mistake is.
  RunResult r = run_nianbao(dir, "check '" + dir + "/bad.json'");
  CHECK(r.status == 2);
  CHECK(r.err.find("JSON 格式错误") != std::string::npos);
  CHECK(r.err.find("nianbao import") == std::string::npos);
  remove_dir(dir);
}

TEST_CASE("check --previous: cross-year checks against last year's report") {
  std::string dir = scratch_dir();
  json before = json::parse(read_all(kSeed));
  before["year"] = 2019;
  before["cells"]["t3.forward.natural"] = 2;
  write_all(dir + "/2019.json", before.dump());
  RunResult r = run_nianbao(dir, "check --json --previous '" + dir + "/2019.json' '" + kSeed + "'");
  CHECK(r.status == 1);
  json findings = json::parse(r.out);
  bool cy1 = false;
  for (const auto& f : findings) cy1 = cy1 || (f["rule"] == "CY1" && f["cells"][0] == "t3.carried.natural");
  CHECK(cy1);
  CHECK(run_nianbao(dir, "check --previous '" + dir + "/none.json' '" + kSeed + "'").status == 2);
  remove_dir(dir);
}
