// editor_tables.cpp — the three statutory tables drawn like the official format (merged headers and
// row groups from FormatDef::tables), every data cell editable, keyboard movement, paste from Excel.
//
// Index
//   layout ............ column widths per table, wrapped labels, row heights that fit spanned labels
//   draw_table ........ label cells, data cells, 自动计算合计 button, messages
//   draw_data_cell .... empty vs 0, finding marks, highlight, tooltip, the one active editor
// (Selection, typing and the clipboard are in editor_cells.cpp.)
#include <algorithm>

#include "autofill.h"
#include "editor.h"
#include "imgui_internal.h"
#include "platform.h"
#include "widgets.h"

namespace nianbao::ui {

namespace {

const ImU32 kBorder = IM_COL32(150, 150, 160, 255);
const ImU32 kHeaderBg = IM_COL32(232, 236, 244, 255);
const ImU32 kCellBg = IM_COL32(255, 255, 255, 255);
const ImU32 kErrorBg = IM_COL32(253, 222, 222, 255);
const ImU32 kErrorBorder = IM_COL32(210, 40, 40, 255);
const ImU32 kWarnBg = IM_COL32(255, 240, 214, 255);
const ImU32 kHighlightBg = IM_COL32(255, 236, 120, 255);
const ImU32 kBlockBg = IM_COL32(200, 220, 250, 140);
const ImU32 kCursorBorder = IM_COL32(30, 100, 220, 255);
const ImU32 kShadow = IM_COL32(0, 0, 0, 60);
const ImU32 kComputedText = IM_COL32(20, 80, 190, 255);
const ImU32 kImportMark = IM_COL32(220, 120, 0, 255);  // a cell the import was unsure of

/// A label cell of the official grid: header cells centred, row labels left-aligned, wrapped lines.
void draw_label_cell(const GridCell& c, const std::vector<std::string_view>& lines, ImVec2 a, ImVec2 b) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float pad = 4.f;
  const float line_h = ImGui::GetTextLineHeight();
  dl->AddRectFilled(a, b, c.role == GridRole::ColumnHeader ? kHeaderBg : kCellBg);
  dl->AddRect(a, b, kBorder);
  float y = a.y + std::max(pad, (b.y - a.y - static_cast<float>(lines.size()) * line_h) * 0.5f);
  for (auto line : lines) {
    float x = a.x + pad;
    if (c.role == GridRole::ColumnHeader || c.role == GridRole::BlockTitle) {
      const float w = ImGui::CalcTextSize(line.data(), line.data() + line.size()).x;
      x = a.x + std::max(pad, (b.x - a.x - w) * 0.5f);
    }
    dl->AddText(ImVec2(x, y), ImGui::GetColorU32(ImGuiCol_Text), line.data(), line.data() + line.size());
    y += line_h;
  }
}

/// Relative column widths of the official grids (label columns wider than number columns).
std::vector<float> column_weights(const TableDef& t) {
  std::vector<float> w(static_cast<size_t>(t.grid_columns), 1.f);
  if (t.number == 2) w[0] = 2.4f;
  if (t.number == 3) {
    w[0] = 1.1f;
    w[1] = 1.5f;
    w[2] = 3.6f;
  }
  return w;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// layout

const TableLayout& Editor::layout(int table, float width) {
  const TableGrid& grid = table_grids(doc_.report().format)[static_cast<size_t>(table - 2)];
  TableLayout& L = layouts_[static_cast<size_t>(table - 2)];
  const float font = ImGui::GetFontSize();
  if (L.grid == &grid && L.width == width && L.font_size == font) return L;
  L.grid = &grid;
  L.width = width;
  L.font_size = font;
  const TableDef& t = *grid.table;
  const std::vector<float> weights = column_weights(t);
  float total_weight = 0;
  for (float w : weights) total_weight += w;
  const float min_col = font * 3.2f;
  std::vector<float> col_x(weights.size() + 1, 0.f);
  for (size_t c = 0; c < weights.size(); ++c)
    col_x[c + 1] = col_x[c] + std::max(min_col * weights[c], width * weights[c] / total_weight);

  const float pad = 4.f;
  const float line_h = ImGui::GetTextLineHeight();
  const float min_row = ImGui::GetFrameHeight() + 2.f;
  L.lines.assign(grid.cells.size(), {});
  std::vector<float> needed(grid.cells.size(), min_row);
  for (size_t i = 0; i < grid.cells.size(); ++i) {
    const PlacedCell& p = grid.cells[i];
    if (p.cell->role == GridRole::Data) continue;
    const float w = col_x[static_cast<size_t>(p.col + p.cell->col_span)] - col_x[static_cast<size_t>(p.col)] - 2 * pad;
    L.lines[i] = break_lines(p.cell->label, w, current_char_width);
    needed[i] = std::max(min_row, static_cast<float>(L.lines[i].size()) * line_h + 2 * pad);
  }
  std::vector<float> row_h(static_cast<size_t>(grid.rows), min_row);
  for (size_t i = 0; i < grid.cells.size(); ++i)
    if (grid.cells[i].cell->row_span == 1)
      row_h[static_cast<size_t>(grid.cells[i].row)] = std::max(row_h[static_cast<size_t>(grid.cells[i].row)], needed[i]);
  for (size_t i = 0; i < grid.cells.size(); ++i) {
    const PlacedCell& p = grid.cells[i];
    if (p.cell->row_span == 1) continue;
    const int last = std::min(grid.rows, p.row + p.cell->row_span) - 1;
    float have = 0;
    for (int r = p.row; r <= last; ++r) have += row_h[static_cast<size_t>(r)];
    if (have < needed[i]) row_h[static_cast<size_t>(last)] += needed[i] - have;
  }
  std::vector<float> row_y(row_h.size() + 1, 0.f);
  for (size_t r = 0; r < row_h.size(); ++r) row_y[r + 1] = row_y[r] + row_h[r];
  L.min.resize(grid.cells.size());
  L.max.resize(grid.cells.size());
  for (size_t i = 0; i < grid.cells.size(); ++i) {
    const PlacedCell& p = grid.cells[i];
    const int last_row = std::min(grid.rows, p.row + p.cell->row_span);
    const int last_col = std::min(t.grid_columns, p.col + p.cell->col_span);
    L.min[i] = ImVec2(col_x[static_cast<size_t>(p.col)], row_y[static_cast<size_t>(p.row)]);
    L.max[i] = ImVec2(col_x[static_cast<size_t>(last_col)], row_y[static_cast<size_t>(last_row)]);
  }
  L.height = row_y.back();
  L.header_height = L.height;  // down to the first data row
  L.label_width = col_x.back();  // up to the first data column
  for (size_t i = 0; i < grid.cells.size(); ++i)
    if (grid.cells[i].cell->role == GridRole::Data) {
      L.header_height = std::min(L.header_height, L.min[i].y);
      L.label_width = std::min(L.label_width, L.min[i].x);
    }
  L.content_width = col_x.back();  // wider than `width` when the columns' minimum widths need it
  return L;
}

// ---------------------------------------------------------------------------------------------
// draw_table

void Editor::draw_table(int table) {
  const Report& r = doc_.report();
  if (table_has_totals(table)) {
    static const char* const ids[] = {"autofill.table3", "autofill.table4"};
    ImGui::PushID(table);
    if (ImGui::SmallButton("自动计算合计")) {
      end_edit();
      Autofill a = compute_autofill(r, table, linked_totals_);
      if (!a.fills.empty()) {
        doc_.edit(table == 3 ? "自动计算合计（表三）" : "自动计算合计（表四）", {}, [&](Report& m) {
          apply_autofill(a, m);
          return true;
        });
        for (const auto& fill : a.fills)
          if (std::find(linked_totals_.begin(), linked_totals_.end(), fill.first) == linked_totals_.end())
            linked_totals_.push_back(fill.first);
        // Show which cells were filled.
        highlight_.clear();
        for (const auto& fill : a.fills) highlight_.push_back(fill.first);
        highlight_until_ = platform::now_seconds() + 4.0;
      }
      status_ = a.message(doc_.report().def());
      status_error_ = false;
    }
    ImGui::PopID();
    loc_.item(ids[table - 3]);
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("只在组成单元格全部填写后计算合计（空白不是 0）；手工填写的合计不会被改动。\n"
                        "自动计算的合计显示为蓝色，随组成单元格更新，直接输入即改为手填；可撤销");
  }

  const TableGrid& grid = table_grids(r.format)[static_cast<size_t>(table - 2)];
  const float width = ImGui::GetContentRegionAvail().x - 2;
  const TableLayout& L = layout(table, width);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float window_y = ImGui::GetWindowPos().y - ImGui::GetScrollY();
  if (cell_content_y_.size() != r.cells.size()) cell_content_y_.assign(r.cells.size(), 0.f);
  for (size_t i = 0; i < grid.cells.size(); ++i) {
    const ImVec2 a(origin.x + L.min[i].x, origin.y + L.min[i].y);
    const ImVec2 b(origin.x + L.max[i].x, origin.y + L.max[i].y);
    const GridCell& c = *grid.cells[i].cell;
    // Where each cell sits in the scrolled content, visible or not (clicking a finding scrolls there).
    if (c.role == GridRole::Data) cell_content_y_[static_cast<size_t>(c.cell)] = a.y - window_y;
    if (c.role == GridRole::Data && c.cell == cursor_ && reveal_cursor_) {  // also when it is far out of view
      // Below the frozen header rows, right of the frozen label column.
      const float above = table != 2 ? L.header_height : 0.f;
      ImGui::ScrollToRect(ImGui::GetCurrentWindow(), ImRect(ImVec2(a.x - L.label_width, a.y - above), b));
      reveal_cursor_ = false;
    }
    if (!ImGui::IsRectVisible(a, b)) continue;
    if (c.role == GridRole::Data) {
      draw_data_cell(c.cell, a, b);
      continue;
    }
    draw_label_cell(c, L.lines[i], a, b);
  }
  // Frozen header: while the table scrolls under the top edge, its column headers stay in view.
  const float top = ImGui::GetCurrentWindow()->InnerClipRect.Min.y;
  // (Table 二 is short and has a header per block.)
  if (table != 2 && origin.y < top && origin.y + L.height - L.header_height > top) {
    const float dy = std::min(top - origin.y, L.height - 2 * L.header_height);
    for (size_t i = 0; i < grid.cells.size(); ++i) {
      const GridCell& c = *grid.cells[i].cell;
      if (c.role == GridRole::Data || L.max[i].y > L.header_height + 0.5f) continue;
      draw_label_cell(c, L.lines[i], ImVec2(origin.x + L.min[i].x, origin.y + L.min[i].y + dy),
                      ImVec2(origin.x + L.max[i].x, origin.y + L.max[i].y + dy));
    }
    const float bottom = origin.y + dy + L.header_height;
    dl->AddRectFilledMultiColor(ImVec2(origin.x, bottom), ImVec2(origin.x + L.content_width, bottom + 4), kShadow, kShadow, 0, 0);
  }
  // Frozen label column: on a narrow screen the table scrolls sideways to its 总计 column, and the row labels
  // stay at the left edge so that every figure can still be told apart.
  const float scroll_x = ImGui::GetScrollX();
  if (scroll_x > 0 && L.label_width > 0) {
    // The margin left of the frozen column hides what scrolls under it.
    const float clip_left = ImGui::GetCurrentWindow()->ClipRect.Min.x;
    dl->AddRectFilled(ImVec2(clip_left, origin.y), ImVec2(origin.x + scroll_x, origin.y + L.height),
                      ImGui::GetColorU32(ImGuiCol_WindowBg));  // (a child's own background is transparent)
    for (size_t i = 0; i < grid.cells.size(); ++i) {
      const GridCell& c = *grid.cells[i].cell;
      if (c.role == GridRole::Data || L.max[i].x > L.label_width + 0.5f) continue;
      const ImVec2 a(origin.x + L.min[i].x + scroll_x, origin.y + L.min[i].y);
      const ImVec2 b(origin.x + L.max[i].x + scroll_x, origin.y + L.max[i].y);
      if (ImGui::IsRectVisible(a, b)) draw_label_cell(c, L.lines[i], a, b);
    }
    const float edge = origin.x + L.label_width + scroll_x;
    dl->AddRectFilledMultiColor(ImVec2(edge, origin.y), ImVec2(edge + 4, origin.y + L.height), kShadow, 0, 0, kShadow);
  }
  ImGui::SetCursorScreenPos(origin);
  ImGui::Dummy(ImVec2(L.content_width, L.height));

  if (table == 2 && r.format == FormatVersion::v2019) {
    // 2019 采购总金额 prints no unit: the agency writes one, kept in Report::units.
    const char* code = "t2.procurement.amount";
    const std::string unit = r.unit_of(code);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("采购总金额的单位：");
    for (const char* u : {"", "元", "万元"}) {
      ImGui::SameLine();
      if (ImGui::RadioButton(*u ? u : "未注明", unit == u) && unit != u)
        doc_.edit("修改采购总金额单位", {}, [&](Report& m) {
          m.set_unit(code, u);
          return true;
        });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// draw_data_cell

void Editor::draw_data_cell(int cell, ImVec2 min, ImVec2 max) {
  const size_t ci = static_cast<size_t>(cell);
  loc_.cell(cell, min, max);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const int fi = cell_finding_[ci];
  const Finding* f = fi >= 0 ? &findings_[static_cast<size_t>(fi)] : nullptr;
  const bool failing = f && (f->severity == Severity::Error || f->severity == Severity::Inconsistency);
  const bool highlighted = std::find(highlight_.begin(), highlight_.end(), cell) != highlight_.end();
  dl->AddRectFilled(min, max, highlighted ? kHighlightBg : failing ? kErrorBg : f ? kWarnBg : kCellBg);
  dl->AddRect(min, max, kBorder);
  if (failing) dl->AddRect(ImVec2(min.x + 1, min.y + 1), ImVec2(max.x - 1, max.y - 1), kErrorBorder, 0, 0, 2.f);
  const bool unchecked = cell_unconfirmed(cell);  // the import was unsure of it: a corner mark until checked
  if (unchecked) {
    const float s = std::min(max.y - min.y, ImGui::GetFontSize()) * 0.55f;
    dl->AddTriangleFilled(ImVec2(min.x + 1, min.y + 1), ImVec2(min.x + 1 + s, min.y + 1), ImVec2(min.x + 1, min.y + 1 + s), kImportMark);
  }

  const CellDef& def = doc_.report().def().cells[ci];
  const bool is_cursor = cell == cursor_;
  if (in_block(cell) && !is_cursor) dl->AddRectFilled(ImVec2(min.x + 1, min.y + 1), ImVec2(max.x - 1, max.y - 1), kBlockBg);
  ImGui::PushID(cell);
  ImGui::SetCursorScreenPos(min);
  ImGui::InvisibleButton("##cell", ImVec2(max.x - min.x, max.y - min.y));
  cell_mouse(cell, min, max);
  const float pad = 6.f;
  const float y = min.y + (max.y - min.y - ImGui::GetTextLineHeight()) * 0.5f;
  if (is_cursor && editing_) {
    // The value being typed, left-aligned with its caret, as in a spreadsheet's cell editor.
    dl->AddRectFilled(ImVec2(min.x + 1, min.y + 1), ImVec2(max.x - 1, max.y - 1), kCellBg);
    const char* text = edit_text_.c_str();
    dl->AddText(ImVec2(min.x + pad, y), ImGui::GetColorU32(ImGuiCol_Text), text);
    const float caret_x = min.x + pad + ImGui::CalcTextSize(text, text + edit_caret_).x;
    dl->AddLine(ImVec2(caret_x, y), ImVec2(caret_x, y + ImGui::GetTextLineHeight()), ImGui::GetColorU32(ImGuiCol_Text));
    cursor_pos_ = ImVec2(caret_x, y);
  } else {
    const std::string& text = cell_texts_[ci];
    if (text.empty()) {
      // Empty is not 0: a faint dash says "not filled".
      const float w = ImGui::CalcTextSize("—").x;
      dl->AddText(ImVec2(min.x + (max.x - min.x - w) * 0.5f, y), ImGui::GetColorU32(ImGuiCol_TextDisabled), "—");
    } else {
      const float w = ImGui::CalcTextSize(text.c_str()).x;
      const bool computed = std::find(linked_totals_.begin(), linked_totals_.end(), cell) != linked_totals_.end();
      if (computed) dl->AddText(ImVec2(min.x + pad, y), kComputedText, "=");  // looks computed, as a formula cell
      dl->AddText(ImVec2(std::max(min.x + pad, max.x - pad - w), y), computed ? kComputedText : ImGui::GetColorU32(ImGuiCol_Text),
                  text.c_str());
    }
    if (is_cursor) cursor_pos_ = ImVec2(min.x + pad, y);
  }
  if (is_cursor) {
    // Focus always visible: a thick frame, blue while the tables own the keyboard.
    dl->AddRect(ImVec2(min.x + 1, min.y + 1), ImVec2(max.x - 1, max.y - 1),
                cells_focused_ ? kCursorBorder : kBorder, 0, 0, 2.5f);
    if (!cell_message_.empty()) {
      // Why the input was refused, right under the cell (the table may be taller than the screen).
      ImGui::SetNextWindowPos(ImVec2(min.x, max.y + 2));
      ImGui::Begin("##cell-message", nullptr,
                   ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoFocusOnAppearing |
                       ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_NoSavedSettings);
      ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s", cell_message_.c_str());
      loc_.item("cell.message");
      ImGui::End();
    }
  }
  const bool explaining = is_cursor && !cell_message_.empty();  // the message box is there
  if (!explaining && ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort) && ImGui::BeginTooltip()) {
    const float wrap = ImGui::GetFontSize() * 22;
    ImGui::Text("%s · %s", def.row_label.c_str(), def.column_label.c_str());
    if (cell_texts_[ci].empty()) ImGui::TextDisabled("（空，未填写）");
    if (unchecked) ImGui::TextColored(ImVec4(0.67f, 0.31f, 0, 1), "导入时不确定，请对照原文核对（见“导入核对”）");
    if (std::find(linked_totals_.begin(), linked_totals_.end(), cell) != linked_totals_.end())
      ImGui::TextDisabled("自动计算的合计：随组成单元格更新；直接输入即改为手填");
    if (f) {
      ImGui::Separator();
      draw_lines(break_lines(f->message, wrap, current_char_width),
                 failing ? IM_COL32(190, 20, 20, 255) : IM_COL32(150, 90, 0, 255));
      if (!f->expected.empty() || !f->actual.empty())
        ImGui::Text("应为 %s，实为 %s", f->expected.c_str(), f->actual.c_str());
    }
    ImGui::EndTooltip();
  }
  ImGui::PopID();
}

}  // namespace nianbao::ui
