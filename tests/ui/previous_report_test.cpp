// previous_report_test.cpp — last year's report in the editor: attaching it (button, automation API), the
// CY rules live with the others, last year's prose beside each section, the next year's report from it.
#include <doctest/doctest.h>

#include "harness.h"
#include "platform_native.h"

using nianbao::test::Harness;
using nianbao::test::load_blank;
namespace native = nianbao::platform::native;
using json = nlohmann::json;

namespace {

/// Last year's report of load_blank's agency: 2023, 结转下年度 自然人 = `forward`.
std::string last_year(int forward, const char* problems = "") {
  json r = {{"schema", "nianbao/report"}, {"version", 1}, {"format", "2021"}, {"year", 2023},
            {"agency", "青山县自然资源局"}, {"agency_kind", "department"},
            {"sections", {{"overview", ""}, {"problems", problems}, {"other", ""}}},
            {"cells", {{"t3.forward.natural", forward}, {"t3.forward.total", forward}}}};
  return r.dump();
}

std::vector<json> of_rule(Harness& h, const std::string& rule) {
  std::vector<json> out;
  for (const auto& f : h.findings())
    if (f["rule"] == rule) out.push_back(f);
  return out;
}

}  // namespace

TEST_CASE("last year attached: CY1 live with the other findings, fixed by typing, the document is untouched") {
  Harness h;
  load_blank(h);
  CHECK(of_rule(h, "CY1").empty());
  const std::string before = h.app().report_json();
  CHECK(h.app().load_previous(last_year(3)) == "");
  h.frames(2);
  auto cy1 = of_rule(h, "CY1");
  CHECK(cy1.empty());  // this year's 上年结转 is empty: nothing to compare yet (empty is never 0)
  h.click("t3.carried.natural");
  h.type("2");
  h.key(ImGuiKey_Enter);
  cy1 = of_rule(h, "CY1");
  REQUIRE(cy1.size() == 1);
  CHECK(cy1[0]["cells"] == json::array({"t3.carried.natural"}));
  CHECK(cy1[0]["expected"] == "3");
  CHECK(cy1[0]["actual"] == "2");
  h.frames(40);  // not a double click (that would edit inside the cell)
  h.click("t3.carried.natural");
  h.type("3");
  h.key(ImGuiKey_Enter);
  CHECK(of_rule(h, "CY1").empty());
  // Attaching changed no byte of the document.
  json now = h.report();
  now["cells"]["t3.carried.natural"] = nullptr;
  CHECK(now == json::parse(before));
}

TEST_CASE("last year's report stays with the same agency's next report and is taken off another one, saying so") {
  Harness h;
  load_blank(h);
  REQUIRE(h.app().load_previous(last_year(3)) == "");
  h.frames(2);
  // The same report opened again (its saved file): last year's stays attached.
  REQUIRE(h.app().open_file("青山县自然资源局2024.json", h.app().report_json()) == "");
  h.frames(2);
  CHECK_FALSE(h.app().locate("previous.remove").empty());
  CHECK(h.app().status_line().find("已取下") == std::string::npos);
  // Another agency's report: it is not this one's last year.
  json other = h.report();
  other["agency"] = "青山县教育局";
  REQUIRE(h.app().open_file("教育局.json", other.dump()) == "");
  h.frames(2);
  CHECK(h.app().locate("previous.remove").empty());
  CHECK(h.app().status_line().find("原附加的上年报告（青山县自然资源局2023年政府信息公开工作年度报告）不是这份报告的上年报告，已取下") !=
        std::string::npos);
  CHECK(of_rule(h, "CY1").empty());
  CHECK(of_rule(h, "CY0").empty());
}

TEST_CASE("last year's report attached one day is found again for the same agency another day, until removed") {
  {
    Harness h;
    load_blank(h);
    REQUIRE(h.app().load_previous(last_year(3)) == "");
  }
  {
    Harness h(false);  // the browser opened again: its store kept
    load_blank(h);
    h.frames(2);
    CHECK_FALSE(h.app().locate("previous.remove").empty());
    CHECK(h.app().status_line().find("为本机关附加过的上年报告（青山县自然资源局2023年政府信息公开工作年度报告，本浏览器保存的副本）") !=
          std::string::npos);
    h.click("t3.carried.natural");
    h.type("2");
    h.key(ImGuiKey_Enter);
    CHECK(of_rule(h, "CY1").size() == 1);  // live against it
    h.click("previous.remove");
    h.frames(2);
  }
  Harness h(false);
  load_blank(h);
  h.frames(2);
  CHECK(h.app().locate("previous.remove").empty());  // removed: not offered again
}

TEST_CASE("last year's own report is taken off the 汇总 of the same agency and year (another scope)") {
  Harness h;
  REQUIRE(h.app().load_report(R"({"schema":"nianbao/report","version":1,"format":"2021","year":2024,
    "agency":"青山县自然资源局","scope":"aggregate","aggregate":{"units":[]},"sections":{},"cells":{}})") == "");
  h.frames(2);
  REQUIRE(h.app().load_previous(last_year(3)) == "");  // the organ's own 2023 report
  json aggregate = h.report();
  aggregate["year"] = 2024;
  REQUIRE(h.app().open_file("汇总.json", aggregate.dump()) == "");
  h.frames(2);
  CHECK(h.app().locate("previous.remove").empty());
  CHECK(h.app().status_line().find("已取下") != std::string::npos);
}

TEST_CASE("undo back to a report brings its last year's report back, the one undone takes its own off") {
  Harness h;
  load_blank(h);
  REQUIRE(h.app().load_previous(last_year(3)) == "");
  json other = h.report();
  other["agency"] = "青山县教育局";
  REQUIRE(h.app().open_file("教育局.json", other.dump()) == "");
  h.frames(2);
  REQUIRE(h.app().locate("previous.remove").empty());
  h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
  h.frames(2);
  REQUIRE(h.report()["agency"] == "青山县自然资源局");
  CHECK_FALSE(h.app().locate("previous.remove").empty());  // attached again (the browser remembered it)
  h.key(ImGuiKey_Y, ImGuiMod_Ctrl);
  h.frames(2);
  REQUIRE(h.report()["agency"] == "青山县教育局");
  CHECK(h.app().locate("previous.remove").empty());
}

TEST_CASE("loadPrevious refuses a bad file with a Chinese message and keeps what was attached") {
  Harness h;
  load_blank(h);
  REQUIRE(h.app().load_previous(last_year(1, "政务新媒体更新频率偏低，依申请公开答复文书格式不够统一。")) == "");
  const std::string findings = h.app().findings_json();
  const std::string error = h.app().load_previous("{\"schema\": 1");
  CHECK(error.rfind("无法读取上年报告：", 0) == 0);
  h.frames(2);
  CHECK(h.app().findings_json() == findings);
  CHECK_FALSE(h.app().locate("previous.remove").empty());
}

TEST_CASE("the 附加上年报告 button and Alt+P open the picker for last year's report, 移除 detaches it") {
  Harness h;
  load_blank(h);
  const int opened = native::file_dialogs_opened();
  h.click("previous.attach");
  CHECK(native::file_dialogs_opened() == opened + 1);
  CHECK(native::last_file_dialog_use() == nianbao::platform::FileUse::Previous);
  h.key(ImGuiKey_P, ImGuiMod_Alt);
  CHECK(native::file_dialogs_opened() == opened + 2);
  // The chosen file arrives for its use.
  CHECK(h.app().open_file_as(nianbao::platform::FileUse::Previous, "2023.json", last_year(0)) == "");
  h.frames(2);
  CHECK_FALSE(h.app().locate("previous.remove").empty());
  CHECK(h.report()["year"] == 2024);  // still this year's document
  h.click("previous.remove");
  CHECK(h.app().locate("previous.remove").empty());
  CHECK(h.app().open_file_as(nianbao::platform::FileUse::Previous, "x.json", "not json") != "");
}

TEST_CASE("last year's prose beside each section, Alt+R hides and shows it") {
  Harness h(true, 4000);  // every section in view
  load_blank(h);
  REQUIRE(h.app().load_previous(last_year(0, "上年的问题：政务新媒体更新频率偏低。")) == "");
  h.frames(3);
  const json area = json::parse(h.app().locate("problems"));
  const json beside = json::parse(h.app().locate("previous.problems"));
  CHECK(beside["x"].get<float>() >= area["x"].get<float>() + area["w"].get<float>());
  CHECK(beside["y"].get<float>() == doctest::Approx(area["y"].get<float>()).epsilon(0.05));
  h.key(ImGuiKey_R, ImGuiMod_Alt);
  CHECK(h.app().locate("previous.problems").empty());
  h.key(ImGuiKey_R, ImGuiMod_Alt);
  CHECK_FALSE(h.app().locate("previous.problems").empty());
}

TEST_CASE("以上年报告为基础新建 from the 新建 dialog: next year, 上年结转 carried, last year attached, undoable") {
  Harness h;
  REQUIRE(h.app().load_report(last_year(4)) == "");
  h.frames(2);
  h.click("new");
  h.click("new.from_current");
  const json r = h.report();
  CHECK(r["year"] == 2024);
  CHECK(r["format"] == "2021");
  CHECK(r["agency"] == "青山县自然资源局");
  CHECK(r["agency_kind"] == "department");
  CHECK(r["cells"]["t3.carried.natural"] == 4);
  CHECK(r["cells"]["t3.carried.total"] == 4);
  CHECK(r["cells"]["t3.carried.business"].is_null());
  CHECK(r["cells"]["t3.forward.natural"].is_null());
  CHECK_FALSE(h.app().locate("previous.remove").empty());
  CHECK(of_rule(h, "CY1").empty());
  CHECK(of_rule(h, "CY0").empty());
  CHECK(native::unsaved_changes());  // a new document, not yet saved
  h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
  CHECK(h.report()["year"] == 2023);
}

TEST_CASE("以上年报告为基础新建 from a file: the picker is for that use, a bad file changes nothing") {
  Harness h;
  load_blank(h);
  h.click("new");
  h.click("new.from_file");
  CHECK(native::last_file_dialog_use() == nianbao::platform::FileUse::NextYear);
  const std::string before = h.app().report_json();
  CHECK(h.app().open_file_as(nianbao::platform::FileUse::NextYear, "bad.json", "{") != "");
  CHECK(h.app().report_json() == before);
  CHECK(h.app().open_file_as(nianbao::platform::FileUse::NextYear, "2023.json", last_year(2)) == "");
  h.frames(2);
  CHECK(h.report()["year"] == 2024);
  CHECK(h.report()["cells"]["t3.carried.natural"] == 2);
}
