// aggregate_command_test.cpp — `nianbao aggregate` and `nianbao check --units` (data contract §4).
#include "cli/region_fixture.h"

using namespace nianbao::test;
using json = nlohmann::json;

TEST_CASE("aggregate: a folder of units gives the exact sums, check --units passes it and names a planted error") {
  const std::string dir = scratch_dir();
  std::system(("mkdir -p '" + dir + "/units'").c_str());
  int hand = 0;
  for (int i = 1; i <= 12; ++i) {
    write_unit(dir + "/units/u" + std::to_string(i) + ".json", region_unit("单位" + std::to_string(i), 2024, i, "0.1"));
    hand += i;
  }
  RunResult r = run_nianbao(dir, "aggregate --agency 青山县人民政府 --kind county_government -o '" + dir + "/agg.json' '" +
                                     dir + "/units'");
  REQUIRE_MESSAGE(r.status == 0, r.err);
  json agg = json::parse(read_all(dir + "/agg.json"));
  CHECK(agg["scope"] == "aggregate");
  CHECK(agg["agency"] == "青山县人民政府");
  CHECK(agg["aggregate"]["units"].size() == 12);
  CHECK(agg["aggregate"]["units"][0]["sha256"].get<std::string>().size() == 64);
  CHECK(agg["cells"]["t3.new.natural"] == hand);
  CHECK(agg["cells"]["t3.total.total"] == hand);
  CHECK(agg["cells"]["t2.fees.amount"] == "1.2");  // 12 × 0.1 exactly, no 1.2000000000000002
  CHECK(agg["sections"]["overview"] == "");

  r = run_nianbao(dir, "check --json --units '" + dir + "/units' '" + dir + "/agg.json'");
  json findings = json::parse(r.out);
  for (const auto& f : findings) CHECK_MESSAGE(f["rule"].get<std::string>()[0] != 'H', f.dump());

  agg["cells"]["t3.new.natural"] = hand + 4;
  write_all(dir + "/agg.json", agg.dump(2));
  r = run_nianbao(dir, "check --json --units '" + dir + "/units' '" + dir + "/agg.json'");
  CHECK(r.status == 1);
  bool named = false;
  for (const auto& f : json::parse(r.out)) {
    if (f["rule"] != "H1") continue;
    named = true;
    CHECK(f["cells"] == json::array({"t3.new.natural"}));
    CHECK(f["expected"] == std::to_string(hand));
    CHECK(f["actual"] == std::to_string(hand + 4));
    CHECK(f["message"].get<std::string>().find("相差 4") != std::string::npos);
    CHECK(f["message"].get<std::string>().find("主要来源：单位12 12") != std::string::npos);
  }
  CHECK(named);

  // Human output, and a listed unit not supplied.
  r = run_nianbao(dir, "check --units '" + dir + "/units/u1.json' '" + dir + "/agg.json'");
  CHECK(r.out.find("提示 H2：汇总报告所列单位中有 11 个未提供报告") != std::string::npos);
  CHECK(r.out.find("H1") == std::string::npos);  // not run without every unit: the sums are unknowable
  remove_dir(dir);
}

TEST_CASE("aggregate: mixed years and duplicate agencies are refused and nothing is written") {
  const std::string dir = scratch_dir();
  const std::string a = write_unit(dir + "/a.json", region_unit("甲局", 2024, 1));
  const std::string b = write_unit(dir + "/b.json", region_unit("乙镇", 2023, 1));
  RunResult r = run_nianbao(dir, "aggregate -o '" + dir + "/agg.json' '" + a + "' '" + b + "'");
  CHECK(r.status == 2);
  CHECK(r.err.find("年度不一致") != std::string::npos);
  CHECK(r.err.find("2023 年度：乙镇") != std::string::npos);
  CHECK(read_all(dir + "/agg.json").empty());

  const std::string c = write_unit(dir + "/c.json", region_unit("甲局", 2024, 2));
  r = run_nianbao(dir, "aggregate -o '" + dir + "/agg.json' '" + a + "' '" + c + "'");
  CHECK(r.status == 2);
  CHECK(r.err.find("甲局（" + a + "、" + c + "）") != std::string::npos);

  write_all(dir + "/bad.json", "{");
  r = run_nianbao(dir, "aggregate -o '" + dir + "/agg.json' '" + a + "' '" + dir + "/bad.json'");
  CHECK(r.status == 2);
  CHECK(r.err.find("未生成汇总报告") != std::string::npos);
  CHECK(read_all(dir + "/agg.json").empty());
  remove_dir(dir);
}

TEST_CASE("aggregate: a cell some unit left empty stays empty and is reported") {
  const std::string dir = scratch_dir();
  json blank = region_unit("乙镇", 2024, 1);
  blank["cells"]["t4.review.upheld"] = nullptr;
  const std::string a = write_unit(dir + "/a.json", region_unit("甲局", 2024, 1));
  const std::string b = write_unit(dir + "/b.json", blank);
  RunResult r = run_nianbao(dir, "aggregate -o '" + dir + "/agg.json' '" + a + "' '" + b + "'");
  REQUIRE_MESSAGE(r.status == 0, r.err);
  CHECK(json::parse(read_all(dir + "/agg.json"))["cells"]["t4.review.upheld"].is_null());
  CHECK(r.err.find("留空：t4.review.upheld") != std::string::npos);
  CHECK(r.err.find("乙镇 未填写") != std::string::npos);
  remove_dir(dir);
}
