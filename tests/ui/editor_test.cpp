// editor_test.cpp — the editor driven like a user: headless ImGui frames, simulated mouse, keys and
// text, targets found with App::locate.
#include <doctest/doctest.h>

#include <ctime>
#include <fstream>
#include <iterator>

#include "harness.h"
#include "imgui_internal.h"
#include "platform_native.h"
#include "nianbao/report.h"
#include "support.h"

using nianbao::test::Harness;
using nianbao::test::load_blank;
namespace native = nianbao::platform::native;

TEST_CASE("typing a digit into a table cell changes the report and the findings") {
  Harness h;
  load_blank(h);
  const std::string before = h.app().findings_json();
  h.click("t3.granted.natural");
  h.type("7");
  CHECK(h.cell("t3.granted.natural") == 7);
  CHECK(h.app().findings_json() != before);
  CHECK(native::unsaved_changes());
}

TEST_CASE("Tab and Shift+Tab move between cells, Enter moves down, Shift+Enter up") {
  Harness h;
  load_blank(h);
  h.click("t3.new.natural");
  h.type("5");
  h.key(ImGuiKey_Tab);
  h.type("6");
  CHECK(h.cell("t3.new.natural") == 5);
  CHECK(h.cell("t3.new.business") == 6);
  h.key(ImGuiKey_Tab, ImGuiMod_Shift);
  h.type("8");  // the moved-to cell's text is selected: typing replaces it
  CHECK(h.cell("t3.new.natural") == 8);
  h.key(ImGuiKey_Enter);
  h.type("2");
  CHECK(h.cell("t3.carried.natural") == 2);
  h.key(ImGuiKey_Enter, ImGuiMod_Shift);  // back up
  h.type("4");
  CHECK(h.cell("t3.new.natural") == 4);
  CHECK(h.cell("t3.carried.natural") == 2);
}

TEST_CASE("pasting tab-separated rows fills cells from the focused one, undo restores") {
  Harness h;
  load_blank(h);
  h.paste("t3.new.natural", "1\t2\t3\r\n4\t5\t6\r\n");
  CHECK(h.cell("t3.new.natural") == 1);
  CHECK(h.cell("t3.new.business") == 2);
  CHECK(h.cell("t3.new.research") == 3);
  CHECK(h.cell("t3.carried.natural") == 4);
  CHECK(h.cell("t3.carried.research") == 6);
  CHECK(h.cell("t3.new.nonprofit").is_null());
  h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
  CHECK(h.cell("t3.new.natural").is_null());
  CHECK(h.cell("t3.carried.research").is_null());
  h.key(ImGuiKey_Y, ImGuiMod_Ctrl);
  CHECK(h.cell("t3.new.natural") == 1);
  // Empty cells copied past the end of the row are ignored; values there are refused.
  h.paste("t3.new.other", "7\t8\t\t \t");
  CHECK(h.cell("t3.new.other") == 7);
  CHECK(h.cell("t3.new.total") == 8);
  h.paste("t3.new.other", "5\t5\t5");
  CHECK(h.cell("t3.new.other") == 7);
}

TEST_CASE("Ctrl+C copies the focused cell") {
  Harness h;
  load_blank(h);
  h.click("t3.new.natural");
  h.type("42");
  h.key(ImGuiKey_C, ImGuiMod_Ctrl);
  CHECK(std::string(ImGui::GetClipboardText()) == "42");
}

TEST_CASE("a wrong character spoils the entry: the cell gets its old value back and says why, a bad paste changes nothing") {
  Harness h;
  load_blank(h);
  h.click("t3.new.natural");
  h.type("7");
  h.key(ImGuiKey_Enter);
  h.key(ImGuiKey_UpArrow);  // back on it: typing replaces its value, as in Excel
  h.type("1");
  h.type(".5");
  CHECK_FALSE(h.app().locate("cell.message").empty());  // the refusal is explained under the cell at once
  h.key(ImGuiKey_Enter);
  CHECK(h.cell("t3.new.natural") == 7);  // not 15, not 1
  CHECK_MESSAGE(h.app().status_line().find("「1.5」不是有效的数值") != std::string::npos, h.app().status_line());
  h.click("t2.fees.amount");
  h.type("12..5");
  h.key(ImGuiKey_Tab);
  CHECK(h.cell("t2.fees.amount").is_null());  // not "12": it was empty, as the message says
  h.click("t3.new.natural");
  h.type("5");
  h.type("五");  // a character from the input method, kept whole in the entry
  h.key(ImGuiKey_Backspace);
  h.key(ImGuiKey_Enter);
  CHECK(h.cell("t3.new.natural") == 5);
  h.click("t3.new.natural");
  ImGui::SetClipboardText("1\tabc\t3");
  h.key(ImGuiKey_V, ImGuiMod_Ctrl);
  CHECK(h.cell("t3.new.natural") == 5);
  CHECK(h.cell("t3.new.business").is_null());
  CHECK(h.cell("t3.new.research").is_null());
  // An amount cell keeps its decimal text exactly.
  h.click("t2.fees.amount");
  h.type("24252.310");
  CHECK(h.cell("t2.fees.amount") == "24252.310");
}

TEST_CASE("自动计算合计 fills only totals whose parts are all filled, never typed ones, they follow, undo") {
  Harness h;
  load_blank(h);
  h.paste("t3.granted.natural", "3\t2\t0\t0\t0\t0");
  h.paste("t3.partial.natural", "1");  // five parts of 部分公开 are empty
  h.click("t3.refused.1.total");
  h.type("9");  // typed, deliberately wrong: must stay
  h.click("autofill.table3");
  CHECK(h.cell("t3.granted.total") == 5);
  CHECK(h.cell("t3.partial.total").is_null());
  CHECK(h.cell("t3.refused.1.total") == 9);
  CHECK(h.cell("t3.total.natural").is_null());  // outcome rows are blank: no 总计 from one row
  CHECK_FALSE(h.app().locate("status").empty());
  // The filled total is linked: it follows its parts, until the user types in it.
  h.click("t3.granted.business");
  h.type("4");
  CHECK(h.cell("t3.granted.total") == 7);
  h.key(ImGuiKey_Z, ImGuiMod_Ctrl);  // one step: the part and the total go back together
  CHECK(h.cell("t3.granted.business") == 2);
  CHECK(h.cell("t3.granted.total") == 5);
  h.click("t3.granted.total");
  h.type("8");
  h.click("t3.granted.natural");
  h.type("1");
  CHECK(h.cell("t3.granted.total") == 8);  // typed: no longer follows
  h.click("undo");
  h.click("undo");
  h.click("undo");
  CHECK(h.cell("t3.granted.total").is_null());
  CHECK(h.cell("t3.refused.1.total") == 9);
}

TEST_CASE("a warning dismissed with a reason is saved in the JSON") {
  Harness h;
  h.click("example.2021");
  auto findings = h.findings();
  int warning = -1;
  for (size_t i = 0; i < findings.size(); ++i)
    if (findings[i]["severity"] == "warning" && warning < 0) warning = static_cast<int>(i);
  REQUIRE_MESSAGE(warning >= 0, "the 2021 example has a warning to dismiss");
  const std::string key = findings[static_cast<size_t>(warning)]["key"];
  h.click("dismiss." + std::to_string(warning));
  h.click("review.reason");
  h.type("复核后确认表述无误");
  h.click("review.confirm");
  const auto reviews = h.report()["reviews"];
  REQUIRE(reviews.size() == 1);
  CHECK(reviews[0]["finding"] == key);
  CHECK(reviews[0]["reason"] == "复核后确认表述无误");
  bool dismissed = false;
  for (const auto& f : h.findings())
    if (f["key"] == key) dismissed = f.value("dismissed", false);
  CHECK(dismissed);
}

TEST_CASE("loading bad JSON keeps the document and explains in Chinese") {
  Harness h;
  load_blank(h);
  h.click("t3.new.natural");
  h.type("3");
  const std::string before = h.app().report_json();
  const std::string error = h.app().load_report("{\"schema\": ");
  CHECK_FALSE(error.empty());
  CHECK(h.app().report_json() == before);
  const std::string opened = h.app().open_file("坏文件.json", "not json at all");
  CHECK(opened.find("坏文件.json") != std::string::npos);
  h.frames(2);
  CHECK(h.app().report_json() == before);
}

TEST_CASE("the page address opens an example as the toolbar does, an unknown format changes nothing") {
  Harness h;
  h.click("example.2019");
  const std::string from_toolbar = h.app().report_json();
  load_blank(h);
  h.click("t3.new.natural");
  h.type("3");
  const std::string typed = h.app().report_json();
  CHECK_FALSE(h.app().open_example("2018"));
  CHECK(h.app().report_json() == typed);
  REQUIRE(h.app().open_example("2019"));  // unsaved work is not asked about: it stays in the undo history
  h.frames(1);
  CHECK(h.app().report_json() == from_toolbar);
  CHECK(h.app().status_line().find("已打开 2019 年格式示例报告") == 0);
  CHECK_FALSE(native::unsaved_changes());
}

TEST_CASE("a character beyond U+FFFF typed into the agency field is kept whole") {
  static_assert(sizeof(ImWchar) == 4, "ui/imgui_config.h must give ImGui 32-bit characters");
  Harness h;
  load_blank(h);
  h.click("agency");
  h.key(ImGuiKey_End);
  h.type("𬌗偃埇");  // U+2C317 (a supplementary-plane character), then two BMP ones
  h.key(ImGuiKey_Enter);
  CHECK(h.report()["agency"] == "青山县自然资源局𬌗偃埇");
}

TEST_CASE("autosave writes the crash buffer and the next start offers to restore it") {
  std::string slot;
  {
    Harness h;
    load_blank(h);
    slot = native::current_tab();
    h.click("agency");
    h.key(ImGuiKey_End);
    h.type("测试");
    native::advance_clock(1.0);  // the last keys came within kDelay of the first write
    h.frames(2);
    REQUIRE(native::crash_buffers().count(slot) == 1);
    CHECK(native::crash_buffers()[slot].json.find("青山县自然资源局测试") != std::string::npos);
  }
  Harness restarted(false);
  restarted.click("restore.accept");
  CHECK(restarted.report()["agency"] == "青山县自然资源局测试");
  CHECK(native::unsaved_changes());  // restored work is not yet in a file
  CHECK(native::crash_buffers().count(slot) == 0);  // taken over by this tab's own slot
  REQUIRE(native::crash_buffers().count(native::current_tab()) == 1);
  CHECK(native::crash_buffers()[native::current_tab()].json.find("青山县自然资源局测试") != std::string::npos);
}

namespace {

/// An editor that typed `text` at the end of the agency and closed with it only in its crash buffer.
void leave_crash_buffer(const char* text) {
  Harness h;
  load_blank(h);
  h.click("agency");
  h.type(text);
  native::advance_clock(1.0);  // the last keys came within kDelay of the first write
  h.frames(2);
}

}  // namespace

TEST_CASE("a store that opens after the first frame still offers the buffer, in the frame after it is ready") {
  leave_crash_buffer("丙");
  native::set_crash_store_opening(true);
  Harness restarted(false);
  restarted.frames(2);
  CHECK(restarted.app().locate("restore.accept").empty());  // nothing read yet: nothing offered, no error
  native::set_crash_store_opening(false);
  restarted.frames(2);
  restarted.click("restore.accept");
  CHECK(restarted.report()["agency"] == "青山县自然资源局丙");
}

TEST_CASE("丢弃 in the restore dialog asks first, 返回 keeps the buffer, 确定丢弃 deletes it") {
  leave_crash_buffer("乙");
  Harness restarted(false);
  restarted.click("restore.discard");
  CHECK_FALSE(restarted.app().locate("restore.discard.confirm").empty());
  CHECK(native::crash_buffers().size() == 1);  // not yet
  restarted.click("restore.discard.confirm");
  CHECK(native::crash_buffers().empty());
  CHECK(restarted.app().locate("restore.accept").empty());
}

TEST_CASE("the restore dialog answers keys: D asks, Esc goes back, Esc again leaves it for later, Enter restores") {
  leave_crash_buffer("丁");
  {
    Harness restarted(false);
    restarted.frames(2);
    restarted.key(ImGuiKey_D);
    CHECK_FALSE(restarted.app().locate("restore.discard.confirm").empty());
    restarted.key(ImGuiKey_Escape);  // answers the question only
    CHECK(restarted.app().locate("restore.discard.confirm").empty());
    CHECK_FALSE(restarted.app().locate("restore.accept").empty());
    restarted.key(ImGuiKey_Escape);  // 稍后决定
    CHECK(restarted.app().locate("restore.accept").empty());
    CHECK(native::crash_buffers().size() == 1);  // kept for the next start
  }
  Harness again(false);
  again.frames(2);
  again.key(ImGuiKey_Enter);
  CHECK(again.report()["agency"] == "青山县自然资源局丁");
}

TEST_CASE("a second editor open beside the first is not offered the first one's buffer") {
  Harness first;
  load_blank(first);
  first.click("agency");
  first.type("甲");
  native::advance_clock(1.0);
  first.frames(2);
  native::keep_previous_tab_alive(true);
  Harness second(false);
  CHECK(second.app().locate("restore.accept").empty());
  native::keep_previous_tab_alive(false);
}

TEST_CASE("Ctrl+S downloads the report under its official name and clears the dirty flag") {
  Harness h;
  load_blank(h);
  h.click("t3.new.natural");
  h.type("1");
  h.click("agency");
  CHECK(native::unsaved_changes());
  h.key(ImGuiKey_S, ImGuiMod_Ctrl);
  REQUIRE(native::downloads().size() == 1);
  CHECK(native::downloads()[0].filename == "青山县自然资源局2024年政府信息公开工作年度报告.json");
  CHECK(native::downloads()[0].bytes == h.app().report_json());
  CHECK_FALSE(native::unsaved_changes());
  Harness restarted(false);  // the work is in a file: no restore offer
  CHECK(restarted.app().locate("restore.accept").empty());
}

TEST_CASE("font size buttons change the size and it is remembered") {
  float size = 0;
  {
    Harness h;
    size = h.app().font_size();
    h.click("font.larger");
    CHECK(h.app().font_size() == size + 1);
  }
  Harness restarted(false);
  CHECK(restarted.app().font_size() == size + 1);
}

TEST_CASE("locate knows cells, sections, buttons and nothing else") {
  Harness h;
  CHECK_FALSE(h.app().locate("agency").empty());
  CHECK_FALSE(h.app().locate("overview").empty());
  CHECK_FALSE(h.app().locate("save").empty());
  CHECK(h.app().locate("no.such.target").empty());
}

TEST_CASE("clicking a narrative finding selects its sentence in the text area") {
  Harness h;
  h.click("example.2021");
  const auto findings = h.findings();
  int narrative = -1;
  for (size_t i = 0; i < findings.size(); ++i)
    if (findings[i].contains("quote") && findings[i]["section"] == "overview" && narrative < 0) narrative = static_cast<int>(i);
  REQUIRE_MESSAGE(narrative >= 0, "the 2021 example has a finding quoting the overview");
  const std::string quote = findings[static_cast<size_t>(narrative)]["quote"];
  h.click("finding." + std::to_string(narrative));
  h.frames(3);
  const ImGuiInputTextState& state = GImGui->InputTextState;
  REQUIRE(GImGui->ActiveId == state.ID);
  const std::string overview = h.report()["sections"]["overview"];
  const size_t at = overview.find(quote);
  CHECK(static_cast<size_t>(state.GetSelectionStart()) == at);
  CHECK(static_cast<size_t>(state.GetSelectionEnd()) == at + quote.size());
}

TEST_CASE("clicking a table finding highlights nothing it should not and keeps the report") {
  Harness h;
  h.click("example.2021");
  const std::string before = h.app().report_json();
  h.click("finding.0");
  CHECK(h.app().report_json() == before);
  CHECK_FALSE(h.app().locate(h.findings()[0]["cells"][0].get<std::string>()).empty());
}

TEST_CASE("new report dialog creates a blank report of the chosen format, undo brings the old one back") {
  Harness h;
  h.click("example.2021");
  h.click("new");
  h.click("new.create");
  const auto r = h.report();
  CHECK(r["format"] == "2021");
  CHECK(r["cells"]["t3.new.natural"].is_null());
  h.click("undo");
  CHECK(h.report()["cells"]["t3.new.natural"] == 46);
}

TEST_CASE("publishing a report with errors asks first, the review copy has its own name, 打印 prints the page") {
  Harness h;
  h.click("example.2021");  // has a deliberate 勾稽 error
  h.click("export");
  h.click("export.html");
  CHECK(native::downloads().empty());
  CHECK_FALSE(h.app().locate("publish.cancel").empty());
  h.click("publish.cancel");
  CHECK(native::downloads().empty());
  CHECK(h.app().locate("publish.cancel").empty());
  h.click("export");
  h.click("export.html");
  h.key(ImGuiKey_Escape);  // Esc is 取消
  CHECK(native::downloads().empty());
  h.click("export");
  h.click("export.html");
  h.click("publish.continue");
  REQUIRE(native::downloads().size() == 1);
  const std::string name = native::downloads()[0].filename;
  CHECK(name.find("青山县自然资源局2024年") != std::string::npos);
  CHECK(name.substr(name.size() - 5) == ".html");
  h.click("export");
  h.click("export.review");
  REQUIRE(native::downloads().size() == 2);
  CHECK(native::downloads()[1].filename == name.substr(0, name.size() - 5) + "（校验结果）.html");
  h.key(ImGuiKey_P, ImGuiMod_Ctrl);
  REQUIRE(native::printed().size() == 1);
  CHECK(native::printed()[0].find("青山县") != std::string::npos);
  h.click("print");
  CHECK(native::printed().size() == 2);
}

TEST_CASE("a report without errors is published without a question") {
  Harness h;
  REQUIRE(h.app().load_report(nianbao::save_report_json(nianbao::new_report(nianbao::FormatVersion::v2021, 2024, "甲局"))) == "");
  h.frames(2);
  const bool blank_has_errors = h.app().findings_json().find("\"error\"") != std::string::npos ||
                                h.app().findings_json().find("\"inconsistency\"") != std::string::npos;
  h.click("export");
  h.click("export.html");
  CHECK(native::downloads().size() == (blank_has_errors ? 0u : 1u));
}

TEST_CASE("clicking a table finding scrolls its cells into view") {
  Harness h(true, 700);
  nianbao::Report r = nianbao::new_report(nianbao::FormatVersion::v2021, 2024, "青山县自然资源局");
  for (const char* result : {"upheld", "corrected", "other", "pending"})
    REQUIRE(r.set_cell(std::string("t4.review.") + result, nianbao::CellValue::of_count(1)));
  REQUIRE(r.set_cell("t4.review.total", nianbao::CellValue::of_count(5)));  // C4.1: 1 + 1 + 1 + 1 ≠ 5
  REQUIRE(h.app().load_report(nianbao::save_report_json(r)) == "");
  h.frames(3);
  REQUIRE(h.app().locate("t4.review.total").empty());  // below the fold
  const auto findings = h.findings();
  int c41 = -1;
  for (size_t i = 0; i < findings.size(); ++i)
    if (findings[i]["rule"] == "C4.1") c41 = static_cast<int>(i);
  REQUIRE(c41 >= 0);
  h.click("finding." + std::to_string(c41));
  CHECK_FALSE(h.app().locate("t4.review.total").empty());
}

TEST_CASE("an exported page imports back through open_file, with the import log shown") {
  Harness h;
  h.click("example.2021");
  h.click("export");
  h.click("export.html");
  h.click("publish.continue");  // the example has errors on purpose
  REQUIRE(native::downloads().size() == 1);
  const auto page = native::downloads()[0];
  h.click("new");
  h.click("new.create");
  REQUIRE(h.cell("t3.new.total").is_null());
  CHECK(h.app().open_file(page.filename, page.bytes) == "");
  h.frames(3);
  CHECK(h.cell("t3.new.total") == 58);
  CHECK(h.report()["agency"] == "青山县自然资源局");
  CHECK(native::unsaved_changes());  // an import is not yet a saved report file
  // The log is a checklist beside the tables, not a dialog in front of them: a cell stays reachable.
  CHECK_FALSE(h.app().locate("tab.checklist").empty());
  CHECK_FALSE(h.app().locate("t3.new.total").empty());
}

TEST_CASE("F8 brings the findings' tab forward, Alt+I the import checklist's") {
  Harness h;
  h.click("example.2021");
  h.click("export");
  h.click("export.html");
  h.click("publish.continue");
  REQUIRE(native::downloads().size() == 1);
  const auto page = native::downloads()[0];
  h.click("new");
  h.click("new.create");
  h.key(ImGuiKey_I, ImGuiMod_Alt);  // no import yet: nothing to show, and it says so
  CHECK(h.app().locate("tab.checklist").empty());
  CHECK(h.app().open_file(page.filename, page.bytes) == "");
  h.frames(3);
  CHECK_FALSE(h.app().locate("checkline.0").empty());  // an import opens on its checklist
  h.key(ImGuiKey_F8);
  h.frames(2);
  CHECK(h.app().locate("checkline.0").empty());
  CHECK_FALSE(h.app().locate("finding.0").empty());
  h.key(ImGuiKey_I, ImGuiMod_Alt);
  h.frames(2);
  CHECK_FALSE(h.app().locate("checkline.0").empty());
  CHECK(h.app().locate("finding.0").empty());
}

TEST_CASE("导出 Word downloads a .docx that opens back with every cell") {
  Harness h;
  h.click("example.2021");
  const auto before = h.report();
  h.click("export");
  h.click("export.docx");
  REQUIRE(native::downloads().size() == 1);
  const auto doc = native::downloads()[0];
  CHECK(doc.filename == "青山县自然资源局2024年政府信息公开工作年度报告.docx");
  CHECK(doc.mime == "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  CHECK(doc.bytes.substr(0, 2) == "PK");
  h.click("new");
  h.click("new.create");
  CHECK(h.app().open_file(doc.filename, doc.bytes) == "");
  h.frames(3);
  CHECK(h.report()["cells"] == before["cells"]);
  CHECK(h.report()["sections"] == before["sections"]);
}

TEST_CASE("a GBK page dropped on the editor is decoded by the platform and imported in full") {
  Harness h;
  h.click("new");
  h.click("new.create");
  std::ifstream in(std::string(NIANBAO_SOURCE_DIR) + "/tests/data/import/gbk.html", std::ios::binary);
  REQUIRE(in.good());
  const std::string page((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(h.app().open_file("gbk.html", page) == "");
  h.frames(3);
  CHECK(h.report()["agency"] == "青山县农业农村局");
  CHECK(h.cell("t3.new.total") == 51);
  CHECK(h.cell("t4.direct.total") == 2);
}

TEST_CASE("an old binary .doc dropped on the editor is refused with 另存为 advice, the report is unchanged") {
  Harness h;
  h.click("example.2021");
  const auto before = h.report();
  std::string doc("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  doc += std::string(600, '\0');
  const std::string error = h.app().open_file("年报.doc", doc);
  CHECK(error.find("另存为") != std::string::npos);
  h.frames(2);
  CHECK(h.report() == before);
}

TEST_CASE("switching formats lays the tables out again") {
  Harness h;
  h.click("example.2021");
  CHECK_FALSE(h.app().locate("t2.fees.amount").empty());
  h.click("example.2019");
  CHECK_FALSE(h.app().locate("t2.procurement.amount").empty());
  CHECK(h.app().locate("t2.fees.amount").empty());  // not a cell of the 2019 format
}

TEST_CASE("replacing unsaved work writes it to the crash buffer at once") {
  Harness h;
  load_blank(h);
  h.click("t3.new.natural");
  h.type("9");
  h.click("example.2021");  // before the debounced write was due
  h.click("replace.discard");  // 不保存，继续
  const std::string slot = native::current_tab();
  REQUIRE(native::crash_buffers().count(slot) == 1);
  CHECK(native::crash_buffers()[slot].json.find("\"t3.new.natural\": 9") != std::string::npos);
  native::advance_clock(2);
  h.frames(3);  // the clean example must not overwrite it
  CHECK(native::crash_buffers()[slot].json.find("\"t3.new.natural\": 9") != std::string::npos);
}

TEST_CASE("text copied from a published report is pasted into the import dialog and imported") {
  auto text = nianbao::test::shared_file("samples/real/pingtan-2024.txt");
  if (!text) return;
  Harness h;
  load_blank(h);
  h.click("import");
  h.click("import.paste");
  REQUIRE_FALSE(h.app().locate("paste.text").empty());
  ImGui::SetClipboardText("这不是年度报告，只有一句话。");
  h.click("paste.text");
  h.key(ImGuiKey_V, ImGuiMod_Ctrl);
  h.click("paste.import");
  CHECK(h.report()["agency"] == "青山县自然资源局");  // nothing usable: the document is unchanged
  REQUIRE_FALSE(h.app().locate("paste.text").empty());  // and the dialog stays open with the reason

  h.click("paste.text");
  h.key(ImGuiKey_A, ImGuiMod_Ctrl);
  ImGui::SetClipboardText(text->c_str());
  h.key(ImGuiKey_V, ImGuiMod_Ctrl);
  h.click("paste.import");
  CHECK(h.report()["agency"] == "平潭综合实验区");
  CHECK(h.report()["year"] == 2024);
  CHECK(h.cell("t3.new.total") == 218);
  CHECK(h.app().locate("paste.text").empty());
}

TEST_CASE("Ctrl+O opens the file picker") {
  Harness h;
  load_blank(h);
  const int before = native::file_dialogs_opened();
  h.key(ImGuiKey_O, ImGuiMod_Ctrl);
  CHECK(native::file_dialogs_opened() == before + 1);
  CHECK(h.app().status_line().find("浏览器没有打开") == std::string::npos);
}

TEST_CASE("a picker the browser refuses (too long after the key) is said in the status line, the report unchanged") {
  Harness h;
  load_blank(h);
  const std::string before = h.app().report_json();
  native::set_file_dialogs_refused(true);
  h.key(ImGuiKey_O, ImGuiMod_Ctrl);
  native::set_file_dialogs_refused(false);
  CHECK(h.app().status_line().find("浏览器没有打开选择文件的窗口") == 0);
  CHECK(h.app().report_json() == before);
  const int opened = native::file_dialogs_opened();
  h.key(ImGuiKey_O, ImGuiMod_Ctrl);  // pressed again: it opens
  CHECK(native::file_dialogs_opened() == opened + 1);
}

TEST_CASE("the year changes only when a whole year is typed, clearing it leaves the year unfilled") {
  Harness h;
  load_blank(h);
  h.click("year");
  h.key(ImGuiKey_A, ImGuiMod_Ctrl);
  h.type("20");
  CHECK(h.report()["year"] == 2024);  // half a year never reaches the report
  h.type("25");
  CHECK(h.report()["year"] == 2025);
  h.key(ImGuiKey_A, ImGuiMod_Ctrl);
  h.type("1899");
  CHECK(h.report()["year"] == 2025);
  h.key(ImGuiKey_A, ImGuiMod_Ctrl);
  h.key(ImGuiKey_Backspace);
  CHECK(h.report()["year"].is_null());
  CHECK(nianbao::load_report_json(h.app().report_json()).ok);  // an unfilled year still reopens
}

TEST_CASE("leaving the year field with half a year puts back the report's year") {
  Harness h;
  load_blank(h);
  h.click("year");
  h.key(ImGuiKey_A, ImGuiMod_Ctrl);
  h.type("202");
  h.click("agency");
  CHECK(h.report()["year"] == 2024);
  h.click("year");
  h.key(ImGuiKey_A, ImGuiMod_Ctrl);
  h.type("2023");
  CHECK(h.report()["year"] == 2023);
}

TEST_CASE("pasting an empty clipboard into a cell changes nothing") {
  Harness h;
  load_blank(h);
  h.paste("t3.new.natural", "7");
  REQUIRE(h.cell("t3.new.natural") == 7);
  h.paste("t3.new.natural", "");
  CHECK(h.cell("t3.new.natural") == 7);
}

TEST_CASE("opening another report over unsaved changes asks first: cancel, save and continue, go on") {
  Harness h;
  load_blank(h);
  h.paste("t3.new.natural", "9");
  h.click("example.2019");
  CHECK(h.report()["cells"]["t3.new.natural"] == 9);  // nothing replaced while the question is open
  h.click("replace.cancel");
  CHECK(h.report()["format"] == "2021");
  CHECK(h.cell("t3.new.natural") == 9);
  CHECK(native::unsaved_changes());

  h.click("example.2019");
  h.click("replace.save");
  REQUIRE(native::downloads().size() == 1);
  CHECK(native::downloads()[0].bytes.find("\"t3.new.natural\": 9") != std::string::npos);
  CHECK(h.report()["format"] == "2019");

  h.paste("t3.new.natural", "3");
  const std::string json = nianbao::save_report_json(nianbao::new_report(nianbao::FormatVersion::v2021, 2024, "乙"));
  CHECK(h.app().open_file("乙.json", json) == "");  // a dropped file asks too
  h.frames(2);
  h.click("replace.discard");
  CHECK(h.report()["agency"] == "乙");
  h.click("undo");
  CHECK(h.cell("t3.new.natural") == 3);  // the discarded work comes back with 撤销
}

TEST_CASE("dialogs answer Enter and Esc: 新建 proposes last year and creates on Enter, Esc cancels") {
  Harness h;
  h.click("new");
  h.key(ImGuiKey_Escape);
  CHECK(h.app().locate("new.create").empty());
  h.click("new");
  h.key(ImGuiKey_Enter);
  CHECK(h.app().locate("new.create").empty());
  const std::time_t now = std::time(nullptr);
  CHECK(h.report()["year"] == std::localtime(&now)->tm_year + 1900 - 1);
}

TEST_CASE("Alt+C opens 新建 with the cursor in 机关名称: the name typed and Enter create the report") {
  Harness h;
  load_blank(h);
  h.key(ImGuiKey_C, ImGuiMod_Alt);
  REQUIRE_FALSE(h.app().locate("new.create").empty());
  h.type("青山县水利局");
  h.key(ImGuiKey_Enter);
  CHECK(h.app().locate("new.create").empty());
  CHECK(h.report()["agency"] == "青山县水利局");
}

TEST_CASE("the unsaved-changes question answers keys: Esc cancels, N goes on, Enter saves and goes on") {
  Harness h;
  load_blank(h);
  h.paste("t3.new.natural", "9");
  h.click("example.2019");
  h.key(ImGuiKey_Escape);
  CHECK(h.report()["format"] == "2021");
  h.click("example.2019");
  h.key(ImGuiKey_Enter);
  REQUIRE(native::downloads().size() == 1);
  CHECK(h.report()["format"] == "2019");
  h.paste("t3.new.natural", "3");
  h.click("example.2021");
  h.key(ImGuiKey_N);
  CHECK(native::downloads().size() == 1);
  CHECK(h.report()["format"] == "2021");
}

TEST_CASE("F8 goes to the next open finding and puts the cursor on its first cell, ready to type the fix") {
  Harness h;
  h.click("example.2021");
  const auto list = h.findings();
  int first_cells = -1;
  for (size_t i = 0; i < list.size() && first_cells < 0; ++i)
    if (!list[i]["cells"].empty()) first_cells = static_cast<int>(i);
  REQUIRE(first_cells >= 0);
  for (int i = 0; i <= first_cells; ++i) h.key(ImGuiKey_F8);
  const std::string code = list[static_cast<size_t>(first_cells)]["cells"][0];
  h.type("7");
  CHECK_MESSAGE(h.cell(code) == 7, code << " " << first_cells << " " << h.cell(code).dump());
}

TEST_CASE("公布日期 takes the usual Chinese spellings, the agency kind follows the name until chosen") {
  Harness h;
  load_blank(h);
  CHECK_FALSE(h.report().contains("agency_kind"));  // loaded without one: a finding asks for it
  bool asked = false;
  for (const auto& f : h.findings()) asked |= f["rule"] == "M2";
  CHECK(asked);
  h.click("agency");
  h.key(ImGuiKey_A, ImGuiMod_Ctrl);
  h.type("青山县城关镇人民政府");
  CHECK(h.report()["agency_kind"] == "township");
  h.key(ImGuiKey_A, ImGuiMod_Ctrl);
  h.type("青山县人民政府");
  CHECK(h.report()["agency_kind"] == "county_government");  // still the name's guess: it follows
  for (const char* date : {"2025年1月20日", "2025.1.20", "2025/01/20", "２０２５年１月２０日"}) {
    h.click("published");
    h.key(ImGuiKey_A, ImGuiMod_Ctrl);
    h.type(date);
    CHECK_MESSAGE(h.report()["published"] == "2025-01-20", date);
  }
  h.click("published");
  h.key(ImGuiKey_A, ImGuiMod_Ctrl);
  h.type("2025年2月30日");  // no such day: kept as typed, and the field says how to write it
  CHECK(h.report()["published"] == "2025年2月30日");
}

TEST_CASE("a UTF-16 report opens, converted, and the user is told, a file cut mid-character is called truncated") {
  Harness h;
  load_blank(h);
  const std::string json = R"({"schema":"nianbao/report","version":1,"format":"2021","year":2023,"agency":"AB","cells":{}})";
  std::string utf16 = "\xFF\xFE";
  for (char c : json) utf16 += {c, '\0'};
  CHECK(h.app().open_file("记事本.json", utf16) == "");
  h.frames(2);
  CHECK(h.report()["year"] == 2023);
  const std::string cut = std::string(R"({"schema":"nianbao/report","agency":")") + std::string("青").substr(0, 2);
  const std::string error = h.app().open_file("半个字.json", cut);
  CHECK(error.find("半个字.json") != std::string::npos);
  CHECK(error.find("中断") != std::string::npos);
  CHECK(error.find("不是有效的 UTF-8") == std::string::npos);
}

TEST_CASE("Tab leaves 公布日期 for 总体情况, Tab past 表四's last cell goes on to 五、存在的主要问题") {
  Harness h;
  load_blank(h);
  h.click("t4.after_review.total");
  h.key(ImGuiKey_Tab);
  h.frames(2);
  h.type("3");  // no cell takes it: the keyboard is in the text area now
  CHECK(h.cell("t4.after_review.total").is_null());
  CHECK(h.report()["sections"]["problems"] == "3");
  h.key(ImGuiKey_Tab, ImGuiMod_Shift);
  h.frames(2);
  h.type("4");
  CHECK(h.cell("t4.after_review.total") == 4);  // back on 表四's last cell
}

TEST_CASE("one undo history: Ctrl+Z in a text box and the toolbar's 撤销 step through the same states") {
  Harness h;
  load_blank(h);
  h.click("t3.new.natural");
  h.type("5");
  h.key(ImGuiKey_Enter);
  h.click("overview");
  h.type("本年度");
  CHECK(h.report()["sections"]["overview"] == "本年度");
  h.key(ImGuiKey_Z, ImGuiMod_Ctrl);  // in the text box: the editor's history, not the box's own
  h.frames(2);
  CHECK(h.report()["sections"]["overview"] == "");
  CHECK(h.cell("t3.new.natural") == 5);
  h.key(ImGuiKey_Y, ImGuiMod_Ctrl);
  h.frames(2);
  CHECK(h.report()["sections"]["overview"] == "本年度");
  h.type("，");  // the keyboard is still in the box, the caret after the restored text
  CHECK(h.report()["sections"]["overview"] == "本年度，");
  h.click("undo");  // the toolbar goes back through the same steps: the prose first, then the cell
  CHECK(h.report()["sections"]["overview"] == "本年度");
  h.click("undo");
  CHECK(h.report()["sections"]["overview"] == "");
  CHECK(h.cell("t3.new.natural") == 5);
  h.click("undo");
  CHECK(h.cell("t3.new.natural").is_null());
  for (int i = 0; i < 3; ++i) h.click("redo");
  CHECK(h.report()["sections"]["overview"] == "本年度，");
  CHECK(h.cell("t3.new.natural") == 5);
}
