// workbench_test.cpp — the 汇总/审核 workbench: units read across frames, sorted by header or Alt+S, a unit opened
// in the editor and the workbench found again as it was with the unit's edits re-checked; 退回 with a comment
// downloaded and shown to the officer on opening; the roster's coverage; the 汇总 built or refused.
#include <doctest/doctest.h>

#include <fstream>

#include "harness.h"
#include "platform_native.h"
#include "workbench.h"

using nianbao::test::Harness;
using nianbao::test::load_blank;
using nlohmann::json;
namespace native = nianbao::platform::native;
namespace ui = nianbao::ui;
using nianbao::platform::FileUse;

namespace {

/// A unit's report JSON: the all-zero report of `format` with 表三 新收申请 from natural persons `natural` and its
/// total `total` (wrong when they differ).
std::string unit(const std::string& agency, int natural, int total, const char* format = "2021", int year = 2024) {
  std::ifstream in(std::string(NIANBAO_SOURCE_DIR) + "/tests/rules/base/zero-" + format + ".json");
  json r = json::parse(in);
  r["agency"] = agency;
  r["year"] = year;
  r["published"] = "2025-01-20";
  r["sections"]["overview"] = agency + "认真贯彻落实《条例》，主动公开政府信息。";
  for (const char* row : {"new", "granted", "total"}) {
    r["cells"][std::string("t3.") + row + ".natural"] = natural;
    r["cells"][std::string("t3.") + row + ".total"] = natural;
  }
  r["cells"]["t3.new.total"] = total;
  return r.dump();
}

json workbench(Harness& h) { return json::parse(h.app().workbench_json()); }

/// Runs frames until the workbench has read and checked everything (fails after many).
void settle(Harness& h) {
  for (int i = 0; i < 200 && workbench(h)["busy"].get<bool>(); ++i) h.frames();
  REQUIRE_FALSE(workbench(h)["busy"].get<bool>());
  h.frames(2);
}

/// With the workbench shown and its units read: the first row reviewed with `comment` by the key `decision`
/// (Alt+T 退回, Alt+Y 通过).
void review_first(Harness& h, const char* comment, ImGuiKey decision) {
  h.key(ImGuiKey_Home);
  h.click("wb.comment");
  h.type(comment);
  h.key(decision, ImGuiMod_Alt);
  settle(h);
}

void add_units(Harness& h) {
  REQUIRE(h.app().open_file_as(FileUse::Workbench, "c.json", unit("丙局", 3, 3)) == "");
  REQUIRE(h.app().open_file_as(FileUse::Workbench, "a.json", unit("甲局", 5, 6)) == "");  // 合计 wrong
  REQUIRE(h.app().open_file_as(FileUse::Workbench, "b.json", unit("乙局", 2, 2)) == "");
  REQUIRE(h.app().open_file_as(FileUse::Workbench, "broken.json", "{\"schema\":") == "");
  settle(h);
}

const json& row_of(const json& wb, const std::string& file) {
  for (const auto& u : wb["units"])
    if (u["file"] == file) return u;
  FAIL("no row " << file);
  static const json none;
  return none;
}

}  // namespace

TEST_CASE("workbench model: busy until the files announced came, reads a few per step, pairs last year's, sorts") {
  ui::Workbench wb;
  double t = 0;
  const auto clock = [&] { return t += 1; };  // every read costs "a second": one file per step
  wb.expect(3);  // the browser announces the files it is reading
  CHECK(wb.busy());
  CHECK(wb.step(0.5, clock, {}));
  REQUIRE(wb.add_file("a2024.json", unit("甲局", 5, 5)));
  REQUIRE(wb.add_file("b2024.json", unit("乙局", 9, 9)));
  REQUIRE(wb.add_file("a2023.json", unit("甲局", 1, 1, "2021", 2023)));
  CHECK_FALSE(wb.add_file("a2024.json", unit("甲局", 5, 5)));  // the same file twice
  CHECK(wb.step(0.5, clock, {}));
  CHECK(wb.size() == 1);
  CHECK(wb.work_done() == 1);
  CHECK(wb.work_total() == 6);
  while (wb.step(0.5, clock, {})) {
  }
  REQUIRE(wb.result().rows.size() == 3);
  CHECK(wb.result().rows[0].previous == "a2023.json");
  CHECK(wb.result().rows[1].previous.empty());
  wb.sort_by(ui::WorkbenchColumn::Year, true);
  CHECK(wb.order().front() == 2);
  wb.sort_by(ui::WorkbenchColumn::Agency, false);
  CHECK(wb.cell_text(wb.order().front(), ui::WorkbenchColumn::Agency) == "乙局");  // yi after jia: first when descending
  wb.select(-1);
  wb.move_selection(1);
  CHECK(wb.selected() == static_cast<int>(wb.order()[0]));
  wb.move_selection(100);
  CHECK(wb.selected() == static_cast<int>(wb.order()[2]));
  // The 汇总 leaves last year's report out (it was paired) and sums this year's.
  const nianbao::AggregateResult agg = wb.build_aggregate("测试县人民政府", nianbao::AgencyKind::CountyGovernment);
  REQUIRE(agg.ok);
  CHECK(agg.included.size() == 2);
  CHECK(agg.report.cell("t3.new.natural").count == 14);
}

TEST_CASE("workbench model: names sort as office software sorts them, by pinyin and by the value of numbers") {
  ui::Workbench wb;
  double t = 0;
  const auto clock = [&] { return t += 0.001; };
  const char* const agencies[] = {"城关镇人民政府", "第10中学", "北山街道办事处", "第2中学", "安监局"};
  for (size_t i = 0; i < std::size(agencies); ++i)
    REQUIRE(wb.add_file("unit-" + std::to_string(10 - i) + ".json", unit(agencies[i], 1, 1)));
  while (wb.step(0.5, clock, {})) {
  }
  auto column = [&](ui::WorkbenchColumn c) {
    std::vector<std::string> out;
    for (size_t i : wb.order()) out.push_back(wb.cell_text(i, c));
    return out;
  };
  wb.sort_by(ui::WorkbenchColumn::Agency, true);
  CHECK(column(ui::WorkbenchColumn::Agency) ==
        std::vector<std::string>{"安监局", "北山街道办事处", "城关镇人民政府", "第2中学", "第10中学"});
  wb.sort_by(ui::WorkbenchColumn::File, true);
  CHECK(column(ui::WorkbenchColumn::File) ==
        std::vector<std::string>{"unit-6.json", "unit-7.json", "unit-8.json", "unit-9.json", "unit-10.json"});
}

TEST_CASE("workbench: Alt+W and the toolbar open it, rows sorted by Alt+S, Enter opens a unit, edits come back") {
  Harness h;
  CHECK(h.app().locate("wb.open").empty());
  h.click("workbench");
  CHECK_FALSE(h.app().locate("wb.open").empty());
  add_units(h);
  json wb = workbench(h);
  REQUIRE(wb["units"].size() == 4);
  CHECK(row_of(wb, "a.json")["errors"].get<int>() > 0);  // its wrong 合计
  CHECK(row_of(wb, "b.json")["errors"] == 0);
  CHECK(row_of(wb, "broken.json").contains("error"));
  CHECK(wb["sort"]["column"] == "文件");
  CHECK(wb["order"] == json({1, 2, 3, 0}));  // a b broken c

  h.key(ImGuiKey_S, ImGuiMod_Alt);  // 文件 → 机关名称 (the first column)
  wb = workbench(h);
  CHECK(wb["sort"]["column"] == "机关名称");
  h.key(ImGuiKey_Home);
  h.key(ImGuiKey_DownArrow);
  h.key(ImGuiKey_DownArrow);
  const int selected = workbench(h)["selected"];
  CHECK(selected == workbench(h)["order"][2].get<int>());
  const std::string file = workbench(h)["units"][selected]["file"];
  // （无法读取） (sorted as ASCII punctuation), 丙局, 甲局 (by pinyin): its 合计 wrong
  REQUIRE(workbench(h)["units"][selected]["errors"].get<int>() > 0);

  h.key(ImGuiKey_Enter);
  CHECK(h.app().locate("wb.open").empty());
  CHECK_FALSE(h.app().locate("wb.back").empty());
  const std::string agency = h.report()["agency"];
  CHECK(agency == workbench(h)["units"][selected]["agency"]);
  // The officer's fix: 新收申请 总计 made to agree.
  const int natural = h.cell("t3.new.natural");
  h.click("t3.new.total");
  h.type(std::to_string(natural).c_str());
  h.key(ImGuiKey_Enter);
  REQUIRE(h.cell("t3.new.total") == natural);

  h.key(ImGuiKey_W, ImGuiMod_Alt);  // back: same sort, same selection, the unit re-checked with the edit
  settle(h);
  wb = workbench(h);
  CHECK(wb["shown"] == true);
  CHECK(wb["sort"]["column"] == "机关名称");
  CHECK(wb["selected"] == selected);
  CHECK(row_of(wb, file)["errors"] == 0);
  native::downloads().clear();
  h.key(ImGuiKey_J, ImGuiMod_Alt);
  REQUIRE(native::downloads().size() == 1);
  CHECK(json::parse(native::downloads()[0].bytes)["cells"]["t3.new.total"] == natural);
}

TEST_CASE("workbench: a file not read shows why, and no verdict (nothing of it was checked)") {
  Harness h;
  h.click("workbench");
  add_units(h);
  h.key(ImGuiKey_Home);  // sorted by 文件: a b broken c
  CHECK_FALSE(h.app().locate("wb.verdict").empty());
  h.key(ImGuiKey_DownArrow);
  h.key(ImGuiKey_DownArrow);
  REQUIRE(workbench(h)["units"][workbench(h)["selected"].get<int>()]["file"] == "broken.json");
  CHECK(h.app().locate("wb.verdict").empty());
}

TEST_CASE("workbench: a unit opened from the table comes with the last year's report paired with it") {
  Harness h;
  h.key(ImGuiKey_W, ImGuiMod_Alt);
  REQUIRE(h.app().open_file_as(FileUse::Workbench, "甲2024.json", unit("甲局", 5, 5)) == "");
  json last = json::parse(unit("甲局", 1, 1, "2021", 2023));
  last["cells"]["t3.forward.natural"] = 4;  // this year's 上年结转 is empty: CY1 waits for it
  REQUIRE(h.app().open_file_as(FileUse::Workbench, "甲2023.json", last.dump()) == "");
  REQUIRE(h.app().open_file_as(FileUse::Workbench, "乙2024.json", unit("乙局", 2, 2)) == "");
  settle(h);
  REQUIRE(row_of(workbench(h), "甲2024.json")["previous"] == "甲2023.json");

  h.key(ImGuiKey_Home);  // by file: 甲2023, 甲2024, 乙2024
  h.key(ImGuiKey_DownArrow);
  h.key(ImGuiKey_Enter);
  h.frames(2);
  REQUIRE(h.report()["year"] == 2024);
  CHECK_FALSE(h.app().locate("previous.remove").empty());
  CHECK(h.app().status_line().find("已附加表中与它配对的上年报告 甲2023.json（甲局2023年政府信息公开工作年度报告）") !=
        std::string::npos);

  // Back and into the unit with no last year's report: the attached one is taken off.
  h.key(ImGuiKey_W, ImGuiMod_Alt);
  h.key(ImGuiKey_End);
  h.key(ImGuiKey_Enter);
  h.frames(2);
  REQUIRE(h.report()["agency"] == "乙局");
  CHECK(h.app().locate("previous.remove").empty());
}

TEST_CASE("workbench: the pair comes from the table's check, also when two units have the same file name") {
  Harness h;
  h.key(ImGuiKey_W, ImGuiMod_Alt);
  // The same file name from two folders (picked one after the other): 2024 first, then 2023.
  REQUIRE(h.app().open_file_as(FileUse::Workbench, "青山县甲局.json", unit("甲局", 5, 5)) == "");
  REQUIRE(h.app().open_file_as(FileUse::Workbench, "青山县甲局.json", unit("甲局", 1, 1, "2021", 2023)) == "");
  settle(h);
  const json wb = workbench(h);
  REQUIRE(wb["units"].size() == 2);
  h.key(ImGuiKey_Home);
  if (workbench(h)["units"][workbench(h)["selected"].get<int>()]["year"] != 2024) h.key(ImGuiKey_DownArrow);
  h.key(ImGuiKey_Enter);
  h.frames(2);
  REQUIRE(h.report()["year"] == 2024);
  CHECK(h.app().status_line().find("（甲局2023年政府信息公开工作年度报告）") != std::string::npos);
}

TEST_CASE("workbench: undoing the opening of a unit unlinks it, so the report that comes back never overwrites the unit") {
  Harness h;
  load_blank(h);
  h.key(ImGuiKey_W, ImGuiMod_Alt);
  add_units(h);
  h.key(ImGuiKey_Home);  // a.json (甲局)
  h.key(ImGuiKey_Enter);
  h.frames(2);
  REQUIRE(h.report()["agency"] == "甲局");
  h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
  h.frames(2);
  REQUIRE(h.report()["agency"] == "青山县自然资源局");
  h.key(ImGuiKey_W, ImGuiMod_Alt);
  settle(h);
  CHECK(row_of(workbench(h), "a.json")["agency"] == "甲局");
  CHECK(workbench(h)["not_downloaded"].empty());  // the unit was not written to
  CHECK(workbench(h)["unit_open"] == -1);
}

TEST_CASE("workbench: 退回 needs a comment, with one it enters the review history, downloaded, shown on opening") {
  std::string returned;
  {
    Harness h(true, 900);
    h.key(ImGuiKey_W, ImGuiMod_Alt);
    add_units(h);
    h.key(ImGuiKey_Home);  // a.json, sorted by file
    const json before = workbench(h);
    h.key(ImGuiKey_T, ImGuiMod_Alt);
    CHECK(workbench(h)["message_is_error"] == true);
    CHECK(workbench(h)["units"] == before["units"]);  // nothing recorded

    h.click("wb.comment");
    h.type("表三第一项合计与各列之和不符，请核对后重新报送。");
    h.key(ImGuiKey_T, ImGuiMod_Alt);
    const json wb = workbench(h);
    CHECK(wb["message_is_error"] == false);
    settle(h);
    CHECK(row_of(workbench(h), "a.json")["review"] == "returned");
    native::downloads().clear();
    h.click("wb.download");
    REQUIRE(native::downloads().size() == 1);
    CHECK(native::downloads()[0].filename == "a.json");
    const json saved = json::parse(native::downloads()[0].bytes);
    CHECK(saved["review"]["status"] == "returned");
    REQUIRE(saved["review"]["history"].size() == 1);
    CHECK(saved["review"]["history"][0]["comment"] == "表三第一项合计与各列之和不符，请核对后重新报送。");
    CHECK(saved["review"]["history"][0]["at"].get<std::string>().size() == 10);
    returned = native::downloads()[0].bytes;
  }

  // The officer opens the returned file: the latest review is shown above the report.
  Harness officer(true, 900);
  CHECK(officer.app().locate("notice.review").empty());
  REQUIRE(officer.app().open_file("a.json", returned) == "");
  officer.frames(3);
  CHECK_FALSE(officer.app().locate("notice.review").empty());
  CHECK_FALSE(officer.app().locate("notice.scope").empty());
}

TEST_CASE("workbench: a review not downloaded arms the leave-page warning, and 清空 (Alt+E) asks before losing it") {
  Harness h(true, 900);
  h.key(ImGuiKey_W, ImGuiMod_Alt);
  add_units(h);
  CHECK_FALSE(native::unsaved_changes());  // units only read: their files are the truth
  review_first(h, "请补充表二收费金额。", ImGuiKey_T);
  CHECK(native::unsaved_changes());
  const json before = workbench(h);

  h.key(ImGuiKey_E, ImGuiMod_Alt);
  h.frames(2);
  REQUIRE_FALSE(h.app().locate("wb.clear.confirm").empty());  // it asks, naming the unit
  h.key(ImGuiKey_Escape);
  h.frames(2);
  CHECK(h.app().locate("wb.clear.confirm").empty());
  CHECK(workbench(h)["units"] == before["units"]);  // nothing cleared

  h.key(ImGuiKey_E, ImGuiMod_Alt);
  h.frames(2);
  h.key(ImGuiKey_Enter);  // Enter too is the safe answer
  h.frames(2);
  CHECK(h.app().locate("wb.clear.confirm").empty());
  CHECK(workbench(h)["units"] == before["units"]);

  h.key(ImGuiKey_E, ImGuiMod_Alt);
  h.frames(2);
  h.key(ImGuiKey_Y);  // 仍然清空 (Y), by keyboard
  h.frames(2);
  CHECK(workbench(h)["units"].empty());
  CHECK_FALSE(native::unsaved_changes());
}

TEST_CASE("workbench: once the reviewed unit is downloaded the warning is off and 清空 does not ask") {
  Harness h(true, 900);
  h.key(ImGuiKey_W, ImGuiMod_Alt);
  add_units(h);
  review_first(h, "通过。", ImGuiKey_Y);
  CHECK(native::unsaved_changes());
  CHECK_FALSE(h.app().locate("dirty.workbench").empty());  // the status line says so, not 已保存
  h.key(ImGuiKey_J, ImGuiMod_Alt);
  h.frames(2);
  CHECK_FALSE(native::unsaved_changes());
  CHECK(h.app().locate("dirty.workbench").empty());
  h.key(ImGuiKey_E, ImGuiMod_Alt);
  h.frames(2);
  CHECK(h.app().locate("wb.clear.confirm").empty());
  CHECK(workbench(h)["units"].empty());
}

TEST_CASE("workbench: a unit edited in the editor and downloaded from the workbench leaves nothing unsaved") {
  Harness h;
  h.key(ImGuiKey_W, ImGuiMod_Alt);
  add_units(h);
  h.key(ImGuiKey_Home);  // a.json
  h.key(ImGuiKey_Enter);
  h.frames(2);
  h.click("t3.new.total");
  h.type("5");
  h.key(ImGuiKey_Enter);
  CHECK(native::unsaved_changes());
  h.key(ImGuiKey_W, ImGuiMod_Alt);
  settle(h);
  CHECK(workbench(h)["not_downloaded"] == json::array({"a.json"}));
  h.key(ImGuiKey_J, ImGuiMod_Alt);
  h.frames(2);
  CHECK(workbench(h)["not_downloaded"].empty());
  CHECK_FALSE(native::unsaved_changes());  // the editor's report is the file just downloaded
  CHECK(json::parse(native::downloads().back().bytes)["cells"]["t3.new.total"] == 5);
}

TEST_CASE("workbench: roster coverage names the missing unit and the one not listed, a bad roster changes nothing") {
  Harness h(true, 900);
  h.key(ImGuiKey_W, ImGuiMod_Alt);
  add_units(h);
  REQUIRE(h.app().open_file_as(FileUse::Roster, "名单.csv", "\xEF\xBB\xBF机关名称,机关类型\n甲局,部门\n乙局,部门\n丁局,部门\n") == "");
  settle(h);
  json wb = workbench(h);
  CHECK(wb["missing"] == json({"丁局"}));
  CHECK(wb["unlisted"] == json({"丙局"}));
  CHECK(h.app().open_file_as(FileUse::Roster, "坏名单.csv", "单位\n甲局\n") != "");
  settle(h);
  wb = workbench(h);
  CHECK(wb["missing"] == json({"丁局"}));
  CHECK(wb["message_is_error"] == true);
}

TEST_CASE("workbench: 生成汇总报告 refuses mixed formats naming the units, changing nothing, else opens the sum") {
  Harness h(true, 900);
  nianbao::test::load_blank(h);
  const std::string blank = h.app().report_json();
  h.key(ImGuiKey_W, ImGuiMod_Alt);
  REQUIRE(h.app().open_file_as(FileUse::Workbench, "a.json", unit("甲局", 5, 5)) == "");
  REQUIRE(h.app().open_file_as(FileUse::Workbench, "old.json", unit("戊局", 1, 1, "2019")) == "");
  settle(h);
  h.click("wb.agency");
  h.type("测试县人民政府");
  h.key(ImGuiKey_G, ImGuiMod_Alt);
  json wb = workbench(h);
  CHECK(wb["message_is_error"] == true);
  CHECK(wb["message"].get<std::string>().find("戊局") != std::string::npos);
  CHECK(h.app().report_json() == blank);
  CHECK(wb["shown"] == true);

  h.click("wb.clear");
  REQUIRE(h.app().open_file_as(FileUse::Workbench, "a.json", unit("甲局", 5, 5)) == "");
  REQUIRE(h.app().open_file_as(FileUse::Workbench, "b.json", unit("乙局", 2, 2)) == "");
  settle(h);
  h.click("wb.aggregate");
  const json agg = h.report();
  CHECK(agg["scope"] == "aggregate");
  CHECK(agg["agency"] == "测试县人民政府");
  CHECK(agg["aggregate"]["units"].size() == 2);
  CHECK(agg["cells"]["t3.new.natural"] == 7);
  CHECK_FALSE(h.app().locate("notice.scope").empty());
}

TEST_CASE("workbench model: a UTF-16 file (Notepad's Unicode) is converted and says so, an unreadable one is a row") {
  ui::Workbench wb;
  const std::string utf8 = unit("甲局", 1, 1);
  std::string utf16 = "\xFF\xFE";  // little-endian with its mark; the report is BMP text
  for (size_t at = 0; at < utf8.size();) {
    const auto c = static_cast<unsigned char>(utf8[at]);
    char32_t cp = c < 0x80 ? c : c < 0xE0 ? c & 0x1F : c < 0xF0 ? c & 0x0F : c & 0x07;
    const size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(utf8[at + k]) & 0x3F);
    at += len;
    utf16 += static_cast<char>(cp & 0xFF);
    utf16 += static_cast<char>(cp >> 8);
  }
  REQUIRE(wb.add_file("记事本.json", utf16));
  REQUIRE(wb.add_file("empty.json", ""));
  while (wb.step(1, [] { return 0.0; }, {})) {
  }
  REQUIRE(wb.size() == 2);
  CHECK(wb.unit(0).report.agency == "甲局");
  CHECK(wb.unit(0).note.find("UTF-16") != std::string::npos);
  CHECK(wb.unit(1).input.report == nullptr);
  CHECK(wb.result().rows[1].error.size() > 0);
  CHECK(wb.cell_text(1, ui::WorkbenchColumn::Agency) == "（无法读取）");
}
