// batch_command_test.cpp — `nianbao batch`: one row per unit, roster coverage, last-year pairing, summaries.
#include "cli/region_fixture.h"

using namespace nianbao::test;
using json = nlohmann::json;

namespace {

/// A region of `n` units for 2024 in dir/2024 and their 2023 reports in dir/2023.
void write_region(const std::string& dir, int n) {
  std::system(("mkdir -p '" + dir + "/2024' '" + dir + "/2023'").c_str());
  for (int i = 0; i < n; ++i) {
    const std::string name = "单位" + std::to_string(i);
    write_unit(dir + "/2024/" + std::to_string(i) + ".json", region_unit(name, 2024, i));
    write_unit(dir + "/2023/" + std::to_string(n - i) + ".json", region_unit(name, 2023, i));
  }
}

}  // namespace

TEST_CASE("batch --json: each unit paired with its last-year report, roster missing and unlisted") {
  const std::string dir = scratch_dir();
  write_region(dir, 6);
  // GBK roster without header BOM: 单位0..单位4 and 未交局; 单位5 is not on it.
  write_all(dir + "/roster-utf8.csv", "机关名称,机关类型\n单位0,部门\n单位1,department\n单位2,\n单位3,\n单位4,\n未交局,部门\n");
  REQUIRE(std::system(("iconv -f UTF-8 -t GBK '" + dir + "/roster-utf8.csv' > '" + dir + "/roster.csv'").c_str()) == 0);
  RunResult r = run_nianbao(dir, "batch --json --roster '" + dir + "/roster.csv' '" + dir + "/2024' --previous '" + dir + "/2023'");
  CHECK(r.status == 1);  // a roster unit is missing
  json out = json::parse(r.out);
  REQUIRE(out["units"].size() == 6);
  for (const auto& u : out["units"]) {
    const std::string agency = u["agency"];
    const std::string index = agency.substr(std::string("单位").size());
    CHECK(u["year"] == 2024);
    CHECK(u["format"] == "2021");
    CHECK(u["scope"] == "organ");
    CHECK(u["errors"] == 0);
    CHECK(u["previous"] == dir + "/2023/" + std::to_string(6 - std::stoi(index)) + ".json");
  }
  CHECK(out["missing"] == json::array({"未交局"}));
  CHECK(out["unlisted"] == json::array({"单位5"}));
  remove_dir(dir);
}

TEST_CASE("batch: CY1 runs through the pairing, lateness against the kind's deadline, human lines") {
  const std::string dir = scratch_dir();
  json now = region_unit("甲局", 2024, 0), before = region_unit("甲局", 2023, 0);
  now["published"] = "2025-02-05";
  before["cells"]["t3.forward.natural"] = 2;
  before["cells"]["t3.forward.total"] = 2;
  write_unit(dir + "/now.json", now);
  write_unit(dir + "/before.json", before);
  RunResult r = run_nianbao(dir, "batch '" + dir + "/now.json' --previous '" + dir + "/before.json'");
  CHECK(r.status == 1);
  CHECK(r.out.find("✗ 甲局 2024 年度") != std::string::npos);
  CHECK(r.out.find("逾期 5 天（截止 2025-01-31）") != std::string::npos);
  r = run_nianbao(dir, "batch --json '" + dir + "/now.json' --previous '" + dir + "/before.json'");
  const json out = json::parse(r.out);
  bool cy1 = false;
  for (const auto& f : out["units"][0]["findings"]) cy1 = cy1 || f["rule"] == "CY1";
  CHECK(cy1);
  remove_dir(dir);
}

TEST_CASE("batch --summary OUT.csv reads back through a CSV parser as Excel would (UTF-8 BOM)") {
  const std::string dir = scratch_dir();
  write_region(dir, 3);
  write_all(dir + "/roster.csv", "\xEF\xBB\xBF机关名称\n单位0\n单位1\n单位2\n\"青山镇,街道\"\n");
  write_all(dir + "/2024/broken.json", "{\"schema\":");
  RunResult r = run_nianbao(dir, "batch --roster '" + dir + "/roster.csv' --summary '" + dir + "/summary.csv' '" + dir + "/2024'");
  CHECK(r.status == 2);  // one input unreadable
  CHECK(r.out.find("\n共 4 个文件：3 份通过，0 份有错误，1 份无法读取\n") != std::string::npos);
  const std::string csv = read_all(dir + "/summary.csv");
  REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
  // Python's csv module with utf-8-sig: the BOM is consumed as Excel does, quoted fields honoured.
  const std::string py = "import csv,json,sys; rows=list(csv.reader(open(sys.argv[1],encoding='utf-8-sig',newline='')));"
                         " json.dump(rows,open(sys.argv[2],'w'),ensure_ascii=False)";
  REQUIRE(std::system(("python3 -c \"" + py + "\" '" + dir + "/summary.csv' '" + dir + "/rows.json'").c_str()) == 0);
  json rows = json::parse(read_all(dir + "/rows.json"));
  REQUIRE(rows.size() == 1 + 4 + 1);  // header, 3 units + the broken file, the missing unit
  CHECK(rows[0][0] == "文件");
  CHECK(rows[0][1] == "机关名称");
  CHECK(rows[1][1] == "单位0");
  CHECK(rows[1][6] == "通过");
  bool broken = false;
  for (const auto& row : rows) broken = broken || row[6] == "无法读取";
  CHECK(broken);
  CHECK(rows.back()[1] == "青山镇,街道");
  CHECK(rows.back()[6] == "未提交");

  r = run_nianbao(dir, "batch --summary '" + dir + "/summary.html' '" + dir + "/2024/0.json'");
  CHECK(r.status == 0);
  CHECK(read_all(dir + "/summary.html").find("<td class=\"name\">单位0</td>") != std::string::npos);
  remove_dir(dir);
}

TEST_CASE("batch: bad arguments and a bad roster") {
  const std::string dir = scratch_dir();
  CHECK(run_nianbao(dir, "batch").status == 2);
  CHECK(run_nianbao(dir, "batch --summary x.txt a.json").status == 2);
  RunResult r = run_nianbao(dir, "batch --previous a.json");
  CHECK(r.status == 2);
  CHECK(r.err.find("--previous 之前") != std::string::npos);
  write_all(dir + "/roster.csv", "名称\n甲\n");
  write_unit(dir + "/a.json", region_unit("甲", 2024, 0));
  r = run_nianbao(dir, "batch --roster '" + dir + "/roster.csv' '" + dir + "/a.json'");
  CHECK(r.status == 2);
  CHECK(r.err.find("机关名称") != std::string::npos);
  remove_dir(dir);
}
