// import_command_test.cpp — `nianbao import`: exit status 0/2, the log on stderr, atomic output,
// GBK conversion, --year.
#include <nlohmann/json.hpp>

#include "cli/run.h"
#include "support.h"

using namespace nianbao::test;

namespace {

const std::string kReal = std::string(NIANBAO_SHARED_DIR) + "/samples/real/";

bool exists(const std::string& path) { return std::ifstream(path).good(); }

}  // namespace

TEST_CASE("import: a saved page becomes report JSON that check accepts (exit 0, nothing uncertain)") {
  if (!shared_file("samples/real/pingtan-2024.html")) return;
  std::string dir = scratch_dir();
  RunResult r = run_nianbao(dir, "import '" + kReal + "pingtan-2024.html' -o '" + dir + "/out.json'");
  CHECK(r.status == 0);
  CHECK(r.err.find("读入 200/200 格") != std::string::npos);
  CHECK(r.err.find("[") == std::string::npos);  // no uncertain entries listed
  auto doc = nlohmann::json::parse(read_all(dir + "/out.json"));
  CHECK(doc["format"] == "2021");
  CHECK(doc["year"] == 2024);
  CHECK(doc["cells"]["t4.after_review.total"] == 19);
  CHECK(doc["import"]["source"] == "html");
  CHECK(run_nianbao(dir, "check '" + dir + "/out.json'").status == 0);
  remove_dir(dir);
}

TEST_CASE("import: text with run-together digits lists what it inferred and what it left empty") {
  if (!shared_file("samples/real/pingtan-2020.txt")) return;
  std::string dir = scratch_dir();
  RunResult r = run_nianbao(dir, "import '" + kReal + "pingtan-2020.txt' -o '" + dir + "/out.json'");
  CHECK(r.status == 0);
  CHECK(r.err.find("[inferred] 一、本年新收政府信息公开申请数量") != std::string::npos);
  CHECK(r.err.find("[ambiguous] 行政处罚") != std::string::npos);
  CHECK(r.err.find("以上各条请核对") != std::string::npos);
  auto doc = nlohmann::json::parse(read_all(dir + "/out.json"));
  CHECK(doc["cells"]["t3.granted.other"] == 1);
  CHECK(doc["cells"]["t2.penalty.delta"].is_null());
  remove_dir(dir);
}

TEST_CASE("import: nothing usable exits 2 with a message and writes nothing") {
  std::string dir = scratch_dir();
  write_all(dir + "/notes.txt", "会议记录：明天上午九点开会。\n");
  RunResult r = run_nianbao(dir, "import '" + dir + "/notes.txt' -o '" + dir + "/out.json'");
  CHECK(r.status == 2);
  CHECK(r.err.find("不像是政府信息公开工作年度报告") != std::string::npos);
  CHECK_FALSE(exists(dir + "/out.json"));
  if (shared_file("samples/real/format-2021-notice.html")) {
    RunResult n = run_nianbao(dir, "import '" + kReal + "format-2021-notice.html' -o '" + dir + "/out.json'");
    CHECK(n.status == 2);
    CHECK(n.err.find("空白的年报格式模板") != std::string::npos);
    CHECK_FALSE(exists(dir + "/out.json"));
  }
  remove_dir(dir);
}

TEST_CASE("import: bad arguments exit 2 and leave an existing output untouched") {
  std::string dir = scratch_dir();
  write_all(dir + "/out.json", "keep");
  CHECK(run_nianbao(dir, "import").status == 2);
  CHECK(run_nianbao(dir, "import '" + dir + "/missing.html' -o '" + dir + "/out.json'").status == 2);
  RunResult y = run_nianbao(dir, "import '" + dir + "/missing.html' -o x.json --year 20x4");
  CHECK(y.status == 2);
  CHECK(y.err.find("--year") != std::string::npos);
  CHECK(read_all(dir + "/out.json") == "keep");
  remove_dir(dir);
}

TEST_CASE("import: a GBK page is converted, --year supplies a year the document lacks") {
  std::string dir = scratch_dir();
  // "一、总体情况\n全年主动公开信息。\n" in GBK, without any year.
  write_all(dir + "/gbk.txt",
            "\xd2\xbb\xa1\xa2\xd7\xdc\xcc\xe5\xc7\xe9\xbf\xf6\n\xc8\xab\xc4\xea\xd6\xf7\xb6\xaf\xb9\xab\xbf\xaa\xd0\xc5"
            "\xcf\xa2\xa1\xa3\n");
  RunResult none = run_nianbao(dir, "import '" + dir + "/gbk.txt' -o '" + dir + "/out.json'");
  CHECK(none.status == 0);
  CHECK(none.err.find("GBK") != std::string::npos);
  CHECK(none.err.find("[unread] year") != std::string::npos);
  CHECK(nlohmann::json::parse(read_all(dir + "/out.json"))["year"].is_null());
  RunResult given = run_nianbao(dir, "import '" + dir + "/gbk.txt' -o '" + dir + "/out.json' --year 2023");
  CHECK(given.status == 0);
  auto doc = nlohmann::json::parse(read_all(dir + "/out.json"));
  CHECK(doc["year"] == 2023);
  CHECK(doc["sections"]["overview"] == "全年主动公开信息。");
  remove_dir(dir);
}

TEST_CASE("import: a character beyond U+FFFF (𬌗 U+2C317) survives new, render and import") {
  std::string dir = scratch_dir();
  const std::string agency = "𬌗偃埇市自然资源局";
  REQUIRE(run_nianbao(dir, "new --format 2021 --year 2024 --agency '" + agency + "' -o '" + dir + "/a.json'").status == 0);
  auto doc = nlohmann::json::parse(read_all(dir + "/a.json"));
  CHECK(doc["agency"] == agency);
  // One figure: an all-blank page is refused as a blank template (its prose no longer swallows the tables).
  doc["cells"]["t2.license.decisions"] = 3;
  write_all(dir + "/a.json", doc.dump());
  REQUIRE(run_nianbao(dir, "render '" + dir + "/a.json' -o '" + dir + "/a.html'").status == 0);
  CHECK(read_all(dir + "/a.html").find(agency) != std::string::npos);
  REQUIRE(run_nianbao(dir, "import '" + dir + "/a.html' -o '" + dir + "/b.json'").status == 0);
  CHECK(nlohmann::json::parse(read_all(dir + "/b.json"))["agency"] == agency);
  remove_dir(dir);
}

TEST_CASE("import: a GBK page (layout fixture) is converted and read in full") {
  std::string dir = scratch_dir();
  const std::string fixture = std::string(NIANBAO_SOURCE_DIR) + "/tests/data/import/gbk.html";
  RunResult r = run_nianbao(dir, "import '" + fixture + "' -o '" + dir + "/out.json'");
  CHECK(r.status == 0);
  CHECK(r.err.find("GBK") != std::string::npos);
  const auto doc = nlohmann::json::parse(read_all(dir + "/out.json"));
  const auto exp = nlohmann::json::parse(read_all(fixture + ".expected.json"));
  CHECK(doc["agency"] == exp["agency"]);
  size_t read = 0;
  for (auto& [code, want] : exp["cells"].items()) {
    INFO(code);
    CHECK(doc["cells"][code] == want);
    read += doc["cells"][code] == want;
  }
  MESSAGE("gbk.html: " << read << "/" << exp["cells"].size() << " cells read as published");
  CHECK_FALSE(doc["import"].contains("unread"));
  remove_dir(dir);
}
