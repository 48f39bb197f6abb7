// editor_cells_test.cpp — table cells as in a spreadsheet: no key lost at any typing speed, arrows, F2,
// blocks, TSV copy, Delete, paste with row labels, the cell menu.
#include <doctest/doctest.h>

#include <random>

#include "nianbao/format.h"
#include "harness.h"
#include "imgui_internal.h"
#include "table_grid.h"

using nianbao::test::Harness;
using nianbao::test::load_blank;
using namespace nianbao;

namespace {


/// Queues keys as a browser delivers them (key down, the typed character, key up) without drawing a frame.
struct Typist {
  void digit_string(const std::string& s) {
    for (char c : s) {
      ImGuiIO& io = ImGui::GetIO();
      const ImGuiKey k = static_cast<ImGuiKey>(ImGuiKey_0 + (c - '0'));
      io.AddKeyEvent(k, true);
      io.AddInputCharacter(static_cast<unsigned int>(c));
      io.AddKeyEvent(k, false);
    }
  }
  void press(ImGuiKey k, bool shift = false) {
    ImGuiIO& io = ImGui::GetIO();
    if (shift) io.AddKeyEvent(ImGuiMod_Shift, true);
    io.AddKeyEvent(k, true);
    io.AddKeyEvent(k, false);
    if (shift) io.AddKeyEvent(ImGuiMod_Shift, false);
  }
};

/// Draws frames until ImGui has handed over every queued event.
void drain(Harness& h) {
  for (int i = 0; i < 20000 && !GImGui->InputEventsQueue.empty(); ++i) h.frames();
  REQUIRE(GImGui->InputEventsQueue.empty());
  h.frames(2);
}

std::string value_for(size_t i) {
  static const char* fixed[] = {"66", "96", "24", "7", "0", "100", "11"};
  return i < 7 ? fixed[i] : std::to_string((i * 37) % 997);
}

/// Types 215 cells of 表三/表四 with Tab, Right, Enter and Down and no frame between keys, except every
/// `frame_every` events (0: never); checks every value.
void type_tables(Harness& h, int frame_every, unsigned seed) {
  load_blank(h);
  const FormatDef& f = format_def(FormatVersion::v2021);
  const auto& t3 = ui::table_grids(FormatVersion::v2021)[1].data_rows;
  const auto& t4 = ui::table_grids(FormatVersion::v2021)[2].data_rows;
  std::map<int, std::string> expected;
  std::mt19937 rng(seed);
  Typist t;
  int queued = 0;
  auto maybe_frame = [&] {
    if (frame_every > 0 && ++queued % (1 + static_cast<int>(rng() % static_cast<unsigned>(frame_every))) == 0) h.frames();
  };
  h.click("t3.new.natural");
  size_t n = 0;
  for (const auto& row : t3)
    for (size_t i = 0; i < row.size(); ++i) {
      const std::string v = value_for(n++);
      t.digit_string(v);
      expected[row[i]] = v;
      maybe_frame();
      t.press(i + 1 < row.size() && n % 2 ? ImGuiKey_RightArrow : ImGuiKey_Tab);
      maybe_frame();
    }
  for (const auto& row : t4)  // Tab went on from 表三's last cell into 表四
    for (int c : row) {
      const std::string v = value_for(n++);
      t.digit_string(v);
      expected[c] = v;
      maybe_frame();
      t.press(ImGuiKey_Tab);
      maybe_frame();
    }
  drain(h);
  // Down the 总计 column of 表三 with Enter and ↓, overwriting.
  h.click("t3.new.total");
  for (const auto& row : t3) {
    const std::string v = value_for(n++);
    t.digit_string(v);
    expected[row.back()] = v;
    maybe_frame();
    t.press(n % 2 ? ImGuiKey_Enter : ImGuiKey_DownArrow);
    maybe_frame();
  }
  drain(h);
  CHECK(n >= 200);
  int wrong = 0;
  const auto cells = h.report()["cells"];
  for (const auto& [c, v] : expected) {
    const std::string code = f.cells[static_cast<size_t>(c)].code;
    if (!cells.contains(code) || cells[code].dump() != v) {
      ++wrong;
      if (wrong < 5) FAIL_CHECK(code << ": expected " << v << ", got " << (cells.contains(code) ? cells[code].dump() : "nothing"));
    }
  }
  CHECK(wrong == 0);
}

}  // namespace

TEST_CASE("215 cells typed with Tab, →, Enter and ↓ and no frame between keys: every digit lands where meant") {
  Harness h;
  type_tables(h, 0, 1);
}

TEST_CASE("the same with frames at random points between keys (any frame rate)") {
  for (unsigned seed : {2u, 3u, 4u}) {
    Harness h;
    type_tables(h, 4, seed);
  }
}

TEST_CASE("typing replaces a selected cell, F2 edits inside it, Esc puts the old value back") {
  Harness h;
  load_blank(h);
  h.click("t3.new.natural");
  h.type("12");
  h.key(ImGuiKey_Enter);
  h.key(ImGuiKey_UpArrow);
  h.type("7");  // replaces 12
  CHECK(h.cell("t3.new.natural") == 7);
  h.key(ImGuiKey_Enter);
  h.key(ImGuiKey_UpArrow);
  h.key(ImGuiKey_F2);
  h.type("5");  // appended: 75
  CHECK(h.cell("t3.new.natural") == 75);
  h.key(ImGuiKey_LeftArrow);  // in F2 mode arrows move the caret
  h.key(ImGuiKey_LeftArrow);
  h.type("1");
  CHECK(h.cell("t3.new.natural") == 175);
  h.key(ImGuiKey_Escape);
  CHECK(h.cell("t3.new.natural") == 7);
  // ↓ then a digit never goes into the cell above (the report's 7 became 75 in the old editor).
  h.key(ImGuiKey_DownArrow);
  h.type("5");
  CHECK(h.cell("t3.new.natural") == 7);
  CHECK(h.cell("t3.carried.natural") == 5);
  // Home, End, Ctrl+Home.
  h.key(ImGuiKey_End);
  h.type("9");
  CHECK(h.cell("t3.carried.total") == 9);
  h.key(ImGuiKey_Home, ImGuiMod_Ctrl);
  h.type("3");
  CHECK(h.cell("t3.new.natural") == 3);
}

TEST_CASE("a block selected with Shift+arrows copies as TSV, Delete clears it in one undo step") {
  Harness h;
  load_blank(h);
  h.paste("t3.new.natural", "1\t2\t3\r\n4\t\t6\r\n");
  h.frames(30);  // not a double click (that edits inside the cell)
  h.click("t3.new.natural");
  h.key(ImGuiKey_RightArrow, ImGuiMod_Shift);
  h.key(ImGuiKey_RightArrow, ImGuiMod_Shift);
  h.key(ImGuiKey_DownArrow, ImGuiMod_Shift);
  h.key(ImGuiKey_C, ImGuiMod_Ctrl);
  CHECK(std::string(ImGui::GetClipboardText()) == "1\t2\t3\r\n4\t\t6\r\n");
  h.key(ImGuiKey_Delete);
  CHECK(h.cell("t3.new.natural").is_null());
  CHECK(h.cell("t3.carried.research").is_null());
  h.key(ImGuiKey_Z, ImGuiMod_Ctrl);
  CHECK(h.cell("t3.new.natural") == 1);
  CHECK(h.cell("t3.carried.research") == 6);
  h.frames(30);
  // Shift+click extends the block from the cursor; one value pasted fills it.
  h.click("t3.new.natural");
  ImGui::GetIO().AddKeyEvent(ImGuiMod_Shift, true);
  h.click("t3.carried.business");
  ImGui::GetIO().AddKeyEvent(ImGuiMod_Shift, false);
  ImGui::SetClipboardText("0");
  h.key(ImGuiKey_V, ImGuiMod_Ctrl);
  CHECK(h.cell("t3.new.natural") == 0);
  CHECK(h.cell("t3.carried.business") == 0);
  CHECK(h.cell("t3.new.research") == 3);
}

TEST_CASE("a block dragged out with the mouse, the right-click menu copies, clears and pastes") {
  Harness h;
  load_blank(h);
  h.paste("t3.new.natural", "1\t2\r\n3\t4");
  h.frames(30);
  const ImVec2 a = h.center("t3.new.natural");
  const ImVec2 b = h.center("t3.carried.business");
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(a.x, a.y);
  h.frames();
  io.AddMouseButtonEvent(0, true);
  h.frames();
  io.AddMousePosEvent(b.x, b.y);
  h.frames(2);
  io.AddMouseButtonEvent(0, false);
  h.frames(2);
  io.AddMouseButtonEvent(1, true);
  h.frames();
  io.AddMouseButtonEvent(1, false);
  h.frames(2);
  h.click("cell.copy");
  CHECK(std::string(ImGui::GetClipboardText()) == "1\t2\r\n3\t4\r\n");
  io.AddMousePosEvent(b.x, b.y);  // right click inside the block keeps it
  h.frames();
  io.AddMouseButtonEvent(1, true);
  h.frames();
  io.AddMouseButtonEvent(1, false);
  h.frames(2);
  h.click("cell.clear");
  CHECK(h.cell("t3.new.natural").is_null());
  CHECK(h.cell("t3.carried.business").is_null());
}

TEST_CASE("a row pasted with its own row label is accepted, another row's label is refused") {
  Harness h;
  load_blank(h);
  h.paste("t3.new.natural", "一、本年新收政府信息公开申请数量\t5\t6\t\t\t\t\t11");
  CHECK(h.cell("t3.new.natural") == 5);
  CHECK(h.cell("t3.new.business") == 6);
  CHECK(h.cell("t3.new.total") == 11);
  h.paste("t3.new.natural", "二、上年结转政府信息公开申请数量\t9");
  CHECK(h.cell("t3.new.natural") == 5);
  CHECK_FALSE(h.app().locate("cell.message").empty());
}

TEST_CASE("clicking elsewhere gives the keyboard back: typed text goes to the agency field, not a cell") {
  Harness h;
  load_blank(h);
  h.click("t3.new.natural");
  h.type("4");
  h.click("agency");
  h.key(ImGuiKey_End);
  h.type("X");
  CHECK(h.cell("t3.new.natural") == 4);
  CHECK(h.report()["agency"] == "青山县自然资源局X");
}

