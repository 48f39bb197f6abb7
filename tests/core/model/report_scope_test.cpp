// report_scope_test.cpp — "scope", "aggregate" and "review" (data contract §4) in the report JSON.
#include <string>

#include "nianbao/report.h"
#include "support.h"

using namespace nianbao;

namespace {

std::string with(const std::string& extra) {
  return R"({"schema":"nianbao/report","version":1,"format":"2021","year":2024,"agency":"青山县人民政府",)" + extra +
         R"("cells":{}})";
}

}  // namespace

TEST_CASE("an aggregate with units and a review round-trips, unknown members kept") {
  const std::string text = with(
      R"("scope":"aggregate","aggregate":{"units":[{"agency":"青山县教育局","agency_kind":"department","file":"a.json",)"
      R"("sha256":"ab","seal":"x"}],"built_by":"nianbao"},)"
      R"("review":{"status":"returned","history":[{"status":"returned","by":"县政务公开办","at":"2025-02-03",)"
      R"("comment":"表三第四项有误","phone":"1"}],"round":2},"future_key":[1,2],)");
  LoadResult r = load_report_json(text);
  REQUIRE_MESSAGE(r.ok, r.error);
  CHECK(r.report.scope == ReportScope::Aggregate);
  REQUIRE(r.report.aggregate_units.size() == 1);
  CHECK(r.report.aggregate_units[0].agency == "青山县教育局");
  CHECK(r.report.aggregate_units[0].agency_kind == AgencyKind::Department);
  CHECK(r.report.aggregate_units[0].sha256 == "ab");
  CHECK(r.report.review.status == "returned");
  REQUIRE(r.report.review.history.size() == 1);
  CHECK(r.report.review.history[0].comment == "表三第四项有误");
  CHECK_FALSE(r.report.unknown.contains("scope"));
  CHECK_FALSE(r.report.unknown.contains("review"));

  const std::string saved = save_report_json(r.report);
  CHECK(saved.find("\"seal\": \"x\"") != std::string::npos);
  CHECK(saved.find("\"built_by\": \"nianbao\"") != std::string::npos);
  CHECK(saved.find("\"phone\": \"1\"") != std::string::npos);
  CHECK(saved.find("\"round\": 2") != std::string::npos);
  CHECK(saved.find("\"future_key\"") != std::string::npos);
  LoadResult again = load_report_json(saved);
  REQUIRE_MESSAGE(again.ok, again.error);
  CHECK(save_report_json(again.report) == saved);
}

TEST_CASE("an organ report writes none of the keys, \"organ\" reads as the default") {
  LoadResult r = load_report_json(with(R"("scope":"organ",)"));
  REQUIRE_MESSAGE(r.ok, r.error);
  CHECK(r.report.scope == ReportScope::Organ);
  const std::string saved = save_report_json(r.report);
  CHECK(saved.find("\"scope\"") == std::string::npos);
  CHECK(saved.find("\"review\"") == std::string::npos);
  CHECK(saved.find("\"aggregate\"") == std::string::npos);
}

TEST_CASE("bad scope, aggregate and review values are refused with their JSON Pointer") {
  struct Bad {
    const char* extra;
    const char* pointer;
  };
  const Bad cases[] = {
      {R"("scope":"county",)", "/scope"},
      {R"("scope":1,)", "/scope"},
      {R"("aggregate":[],)", "/aggregate"},
      {R"("aggregate":{"units":{}},)", "/aggregate/units"},
      {R"("aggregate":{"units":[{"file":"a.json"}]},)", "/aggregate/units/0/agency"},
      {R"("aggregate":{"units":[{"agency":"甲","agency_kind":"bureau"}]},)", "/aggregate/units/0/agency_kind"},
      {R"("aggregate":{"units":[{"agency":3}]},)", "/aggregate/units/0/agency"},
      {R"("review":{"status":"ok"},)", "/review/status"},
      {R"("review":{"history":[{"status":"returned","comment":5}]},)", "/review/history/0/comment"},
      {R"("review":{"history":[{"comment":"x"}]},)", "/review/history/0/status"},
  };
  for (const Bad& b : cases) {
    INFO(b.extra);
    LoadResult r = load_report_json(with(b.extra));
    CHECK_FALSE(r.ok);
    CHECK(r.pointer == b.pointer);
  }
}
