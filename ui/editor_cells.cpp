// editor_cells.cpp — table cells as in Excel/WPS: a cursor moved by arrows, Tab, Enter, Home/End;
// typing on a selected cell replaces its value, F2 or a double click edits inside it; blocks selected with
// Shift+arrows, Shift+click or a drag; Ctrl+C copies a block as TSV, Delete clears it, Ctrl+V pastes; a
// right-click menu (复制、粘贴、清空).
//
// No key is lost, at any typing speed: cells are not ImGui text fields that need a frame or two to activate.
// The tables read ImGui's input queue themselves, and while they own the keyboard they tell the platform
// they want text input on every frame, so the browser's input element keeps the focus across cell moves
// and ImGui hands over keys and characters in the order they were typed (it splits them over frames).
//
// Index
//   keys ............. handle_cell_keys: moves, editing keys, shortcuts, typed characters
//   mouse ............ cell_mouse: click, Shift+click, drag, double click, right click
//   editing .......... begin/end/cancel, type_into_cell, commit_cell_text
//   block ............ selected_rows, copy, clear, paste (block fill, row labels skipped)
//   menu, end_frame .. right-click menu; the input method's place, leaving the tables
#include <algorithm>
#include <cstring>

#include "autofill.h"
#include "cell_input.h"
#include "cell_selection.h"
#include "editor.h"
#include "imgui_internal.h"
#include "platform.h"
#include "tsv.h"

namespace nianbao::ui {

// ---------------------------------------------------------------------------------------------
// keys

namespace {

/// The tables' keys; anything else is left to ImGui.
constexpr ImGuiKey kCellKeys[] = {ImGuiKey_Tab, ImGuiKey_Enter, ImGuiKey_KeypadEnter, ImGuiKey_LeftArrow,
                                  ImGuiKey_RightArrow, ImGuiKey_UpArrow, ImGuiKey_DownArrow, ImGuiKey_Home,
                                  ImGuiKey_End, ImGuiKey_Delete, ImGuiKey_Backspace, ImGuiKey_Escape, ImGuiKey_F2, ImGuiKey_F8,
                                  ImGuiKey_A, ImGuiKey_C, ImGuiKey_O, ImGuiKey_P, ImGuiKey_S, ImGuiKey_V, ImGuiKey_X,
                                  ImGuiKey_Y, ImGuiKey_Z};

/// The byte offset of the character before / after `at` in UTF-8 `text` (the caret steps whole characters).
size_t previous_char(const std::string& text, size_t at) {
  while (at > 0 && (static_cast<unsigned char>(text[--at]) & 0xC0) == 0x80) {
  }
  return at;
}
size_t next_char(const std::string& text, size_t at) {
  if (at >= text.size()) return text.size();
  while (++at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) {
  }
  return at;
}

ImGuiKeyChord mod_of(ImGuiKey key) {
  switch (key) {
    case ImGuiMod_Ctrl: case ImGuiKey_ReservedForModCtrl: return ImGuiMod_Ctrl;
    case ImGuiMod_Shift: case ImGuiKey_ReservedForModShift: return ImGuiMod_Shift;
    case ImGuiMod_Alt: case ImGuiKey_ReservedForModAlt: return ImGuiMod_Alt;
    case ImGuiMod_Super: case ImGuiKey_ReservedForModSuper: return ImGuiMod_Super;
    default: return 0;
  }
}

}  // namespace

void Editor::handle_cell_keys() {
  cell_clicked_ = false;
  if (cursor_ < 0 || !cells_focused_ || !cells_had_keys_) return;
  ImGuiContext& g = *GImGui;
  // Another text field took the keyboard (a click into the agency field, a dialog).
  if (g.ActiveId != 0 && g.ActiveId == g.InputTextState.ID) {
    leave_cells();
    return;
  }
  if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel)) return;
  // Own the keys, so that ImGui's own tabbing and navigation leave them to the tables.
  const ImGuiID owner = ImGui::GetID("##cells");
  for (ImGuiKey k : kCellKeys) ImGui::SetKeyOwner(k, owner);

  // Keys and characters in the order they were typed. ImGui spreads fast input over frames, but Tab and
  // Enter can share a frame with text (they may be characters in a multi-line field), so the order comes
  // from this frame's event trail, not from key states.
  ImGuiKeyChord mods = g.IO.KeyMods;
  for (int i = g.InputEventsTrail.Size - 1; i >= 0; --i) {  // the modifiers as they were when the frame began
    const ImGuiInputEvent& e = g.InputEventsTrail[i];
    if (e.Type == ImGuiInputEventType_Key && mod_of(e.Key.Key)) mods = e.Key.Down ? mods & ~mod_of(e.Key.Key) : mods | mod_of(e.Key.Key);
  }
  for (const ImGuiInputEvent& e : g.InputEventsTrail) {
    if (cursor_ < 0 || !cells_focused_) break;
    if (e.Type == ImGuiInputEventType_Text) {
      if (e.Text.Char >= 0x20 && e.Text.Char != 0x7F && !(mods & ImGuiMod_Ctrl)) {
        if (!editing_) begin_edit(false);
        type_into_cell(e.Text.Char);
      }
    } else if (e.Type == ImGuiInputEventType_Key) {
      if (const ImGuiKeyChord m = mod_of(e.Key.Key))
        mods = e.Key.Down ? mods | m : mods & ~m;
      else if (e.Key.Down)
        cell_key(e.Key.Key, mods);
    }
  }
  // No time-based key repeat here: with slow frames a single press would look held. A held key repeats
  // because the platform sends each of its repeats as a release and a new press.
  g.IO.InputQueueCharacters.resize(0);  // typed characters are the tables' alone
}

void Editor::cell_key(ImGuiKey key, ImGuiKeyChord mods) {
  const bool shift = mods & ImGuiMod_Shift, ctrl = mods & ImGuiMod_Ctrl;
  const FormatVersion v = doc_.report().format;
  auto move = [&](CellMove m, bool extend) {
    end_edit();
    select_cell(move_cursor(v, extend ? extent_ : cursor_, m), extend);
  };
  const bool caret_keys = editing_ && edit_in_place_;
  switch (key) {
    case ImGuiKey_Tab: {
      const CellMove along = shift ? CellMove::Prev : CellMove::Next;
      if (move_cursor(v, cursor_, along) != cursor_) {
        move(along, false);
        break;
      }
      // Past the last (before the first) cell of the tables: on along the route to the next stop.
      end_edit();
      const int table = doc_.report().def().cells[static_cast<size_t>(cursor_)].table;
      const int dir = shift ? -1 : 1;
      enter_section(section_index("table" + std::to_string(table)) + dir, dir);
      break;
    }
    case ImGuiKey_Enter:
    case ImGuiKey_KeypadEnter: {
      // Down the column; at the bottom on in reading order (so Enter never stops).
      const CellMove along = shift ? CellMove::Up : CellMove::Down;
      move(move_cursor(v, cursor_, along) != cursor_ ? along : shift ? CellMove::Prev : CellMove::Next, false);
      break;
    }
    case ImGuiKey_LeftArrow:
      if (caret_keys) edit_caret_ = previous_char(edit_text_, edit_caret_);
      else move(CellMove::Left, shift);
      break;
    case ImGuiKey_RightArrow:
      if (caret_keys) edit_caret_ = next_char(edit_text_, edit_caret_);
      else move(CellMove::Right, shift);
      break;
    case ImGuiKey_UpArrow: move(CellMove::Up, shift); break;
    case ImGuiKey_DownArrow: move(CellMove::Down, shift); break;
    case ImGuiKey_Home:
      if (caret_keys) edit_caret_ = 0;
      else move(ctrl ? CellMove::TableStart : CellMove::RowStart, shift);
      break;
    case ImGuiKey_End:
      if (caret_keys) edit_caret_ = edit_text_.size();
      else move(ctrl ? CellMove::TableEnd : CellMove::RowEnd, shift);
      break;
    case ImGuiKey_Backspace:
      if (!editing_) begin_edit(false);  // as in Excel: clears the cell and starts typing in it
      if (edit_caret_ > 0) {
        const size_t from = previous_char(edit_text_, edit_caret_);
        edit_text_.erase(from, edit_caret_ - from);
        edit_caret_ = from;
        commit_cell_text();
      } else if (edit_text_.empty()) {
        commit_cell_text();
      }
      break;
    case ImGuiKey_Delete:
      if (!editing_) {
        clear_cells();
      } else if (edit_caret_ < edit_text_.size()) {
        edit_text_.erase(edit_caret_, next_char(edit_text_, edit_caret_) - edit_caret_);
        commit_cell_text();
      }
      break;
    case ImGuiKey_Escape:
      if (editing_) cancel_edit();
      else extent_ = cursor_;
      break;
    case ImGuiKey_F2:
      if (!editing_) begin_edit(true);
      break;
    case ImGuiKey_F8: step_finding(!shift); break;
    case ImGuiKey_C: if (ctrl) copy_cells(); break;
    case ImGuiKey_X:
      if (ctrl) {
        copy_cells();
        clear_cells();
      }
      break;
    case ImGuiKey_V: if (ctrl) paste_cells(ImGui::GetClipboardText()); break;
    case ImGuiKey_A:
      if (ctrl) {
        end_edit();
        cursor_ = move_cursor(v, cursor_, CellMove::TableStart);
        extent_ = move_cursor(v, cursor_, CellMove::TableEnd);
      }
      break;
    case ImGuiKey_Z:
      if (ctrl) shift ? redo() : undo();
      break;
    case ImGuiKey_Y: if (ctrl) redo(); break;
    case ImGuiKey_S:
      if (ctrl) {
        end_edit();
        save();
      }
      break;
    case ImGuiKey_O: if (ctrl) pick_file(".json"); break;
    case ImGuiKey_P: if (ctrl) print_report(); break;
    default: break;
  }
}

// ---------------------------------------------------------------------------------------------
// mouse

void Editor::cell_mouse(int cell, ImVec2 min, ImVec2 max) {
  const ImGuiIO& io = ImGui::GetIO();
  if (ImGui::IsItemActivated()) {
    cell_clicked_ = true;
    if (io.KeyShift && cursor_ >= 0 && !block_rows(doc_.report().format, cursor_, cell).empty()) {
      end_edit();
      extent_ = cell;
    } else if (cell != cursor_ || !editing_) {
      select_cell(cell, false);
      dragging_ = true;
    }
    cells_focused_ = true;
  }
  if (dragging_ && ImGui::IsMouseDown(ImGuiMouseButton_Left) && ImGui::IsMouseHoveringRect(min, max, false) &&
      cell != extent_ && !block_rows(doc_.report().format, cursor_, cell).empty())
    extent_ = cell;
  if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) dragging_ = false;
  if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && cell == cursor_ && !editing_) {
    cell_clicked_ = true;
    begin_edit(true);
  }
  if (ImGui::IsItemHovered() && ImGui::IsMouseClicked(ImGuiMouseButton_Right)) {
    cell_clicked_ = true;
    if (!in_block(cell)) select_cell(cell, false);
    cells_focused_ = true;
    open_cell_menu_ = true;
  }
}

void Editor::select_cell(int cell, bool extend) {
  if (cell < 0 || static_cast<size_t>(cell) >= doc_.report().cells.size()) return;
  end_edit();
  if (!extend) cursor_ = cell;
  extent_ = cell;
  cells_focused_ = true;
  reveal_cursor_ = true;
  cell_message_.clear();
  platform::canvas_takes_keys();  // F8 or Tab from a text area: what is typed next belongs to the cell
}

bool Editor::in_block(int cell) const {
  if (cursor_ < 0) return false;
  if (extent_ == cursor_ || extent_ < 0) return cell == cursor_;  // the usual case, every frame, every cell
  for (const auto& row : selected_rows())
    if (std::find(row.begin(), row.end(), cell) != row.end()) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// editing

void Editor::begin_edit(bool in_place) {
  if (cursor_ < 0) return;
  const size_t ci = static_cast<size_t>(cursor_);
  extent_ = cursor_;
  editing_ = true;
  edit_in_place_ = in_place;
  edit_text_ = in_place ? cell_texts_[ci] : std::string();
  edit_caret_ = edit_text_.size();
  edit_original_ = doc_.report().cells[ci];
  cell_message_.clear();
  doc_.break_merge();  // one undo step per cell visit
}

void Editor::end_edit() {
  if (!editing_) return;
  const CellDef& def = doc_.report().def().cells[static_cast<size_t>(cursor_)];
  CellParse p = parse_cell_text(def.kind, edit_text_);
  if (!p.ok) {
    // Part of the entry may have been a valid number on the way ("1" of "1.5", "12" of "12..5"): the cell
    // gets back what it held before, as the message says, in the same undo step.
    restore_edit_original();
    status_ = def.row_label + " · " + def.column_label + "：" + p.error;
    status_error_ = true;
  }
  editing_ = false;
  doc_.break_merge();
}

void Editor::restore_edit_original() {
  const size_t ci = static_cast<size_t>(cursor_);
  const CellValue original = edit_original_;
  const CellDef& def = doc_.report().def().cells[ci];
  edit_cells("填写 " + def.row_label + " · " + def.column_label, "cell." + def.code, {cursor_}, [&](Report& m) {
    if (m.cells[ci] == original) return false;
    m.cells[ci] = original;
    return true;
  });
}

void Editor::cancel_edit() {
  if (!editing_) return;
  restore_edit_original();
  editing_ = false;
  cell_message_.clear();
  doc_.break_merge();
}

void Editor::type_into_cell(unsigned int c) {
  // Every character typed stays in the entry, the wrong ones too: "1.5" in a count cell must not become 15.
  char32_t ch = static_cast<char32_t>(c);
  // Full-width digits and signs (Chinese input methods) become ASCII.
  if (ch >= U'０' && ch <= U'９') ch = U'0' + (ch - U'０');
  if (ch == U'－') ch = U'-';
  if (ch == U'．') ch = U'.';
  if (edit_text_.size() >= 40) return;  // far beyond any count; parse_cell_text refuses long text anyway
  char utf8[8] = {};
  const int length = ImTextCharToUtf8(utf8, static_cast<unsigned int>(ch));
  edit_text_.insert(edit_caret_, utf8, static_cast<size_t>(length));
  edit_caret_ += static_cast<size_t>(length);
  commit_cell_text();
}

void Editor::commit_cell_text() {
  if (cursor_ < 0) return;
  const size_t ci = static_cast<size_t>(cursor_);
  const CellDef& def = doc_.report().def().cells[ci];
  CellParse p = parse_cell_text(def.kind, edit_text_);
  cell_message_.clear();
  if (!p.ok) {
    // A character the cell never takes is said at once; a value still being typed ("-", "12.") when left.
    bool never = false;
    for (size_t i = 0; i < edit_text_.size() && !never;) never = !cell_char_allowed(def.kind, next_code_point(edit_text_, i));
    if (never)
      cell_message_ = "「" + edit_text_ + "」不能填入此格：此格只能填写" + cell_kind_hint(def.kind) + "，离开此格时恢复原值";
    return;
  }
  edit_cells("填写 " + def.row_label + " · " + def.column_label, "cell." + def.code, {cursor_}, [&](Report& m) {
    if (m.cells[ci] == p.value) return false;
    m.cells[ci] = p.value;
    return true;
  });
}

void Editor::edit_cells(const std::string& label, const std::string& merge_key, const std::vector<int>& written,
                        const std::function<bool(Report&)>& write) {
  // A total the user writes is theirs from now on; the linked totals follow in the same undo step.
  for (int c : written) linked_totals_.erase(std::remove(linked_totals_.begin(), linked_totals_.end(), c), linked_totals_.end());
  doc_.edit(label, merge_key, [&](Report& m) {
    if (!write(m)) return false;
    follow_linked(m, linked_totals_);
    return true;
  }, platform::now_seconds());
}

// ---------------------------------------------------------------------------------------------
// block

std::vector<std::vector<int>> Editor::selected_rows() const {
  if (cursor_ < 0) return {};
  auto rows = block_rows(doc_.report().format, cursor_, extent_ >= 0 ? extent_ : cursor_);
  if (rows.empty()) rows = {{cursor_}};
  return rows;
}

void Editor::copy_cells() {
  end_edit();
  const auto rows = selected_rows();
  if (rows.empty()) return;
  refresh();  // cell_texts_ of this frame's edits
  // One cell copies as its bare value (a text field pasting it gets no line break).
  std::string text = rows.size() == 1 && rows[0].size() == 1 ? cell_texts_[static_cast<size_t>(rows[0][0])]
                                                              : block_tsv(rows, cell_texts_);
  ImGui::SetClipboardText(text.c_str());
  size_t n = 0;
  for (const auto& r : rows) n += r.size();
  status_ = "已复制 " + std::to_string(n) + " 个单元格（可粘贴到 Excel / WPS）";
  status_error_ = false;
}

void Editor::clear_cells() {
  end_edit();
  const auto rows = selected_rows();
  size_t n = 0;
  std::vector<int> cells;
  for (const auto& r : rows) cells.insert(cells.end(), r.begin(), r.end());
  edit_cells("清空单元格", {}, cells, [&](Report& m) {
    for (const auto& r : rows)
      for (int c : r)
        if (m.cells[static_cast<size_t>(c)].filled) {
          m.cells[static_cast<size_t>(c)] = CellValue{};
          ++n;
        }
    return n > 0;
  });
  status_ = n ? "已清空 " + std::to_string(n) + " 个单元格（可撤销）" : "所选单元格本来就是空的";
  status_error_ = false;
}

void Editor::paste_cells(const char* text) {
  if (cursor_ < 0) return;
  end_edit();
  if (!text || std::string_view(text).find_first_not_of(" \t\r\n") == std::string_view::npos) {
    cell_message_ = "剪贴板中没有文字（例如复制的是图片），未粘贴任何值";  // never clear a cell by accident
    return;
  }
  const FormatVersion v = doc_.report().format;
  const auto block = selected_rows();
  DataPos pos;
  const int top_left = block.front().front();
  const TableGrid* grid = grid_of_cell(v, top_left, &pos);
  if (!grid) return;
  auto rows = parse_tsv(text);
  const FormatDef& def = doc_.report().def();
  // One value pasted onto a block fills the block, as in Excel.
  const bool fill = rows.size() == 1 && rows[0].size() == 1 && (block.size() > 1 || block[0].size() > 1);
  std::vector<std::pair<size_t, CellValue>> values;
  std::string error;
  if (fill) {
    for (const auto& r : block)
      for (int c : r) {
        CellParse p = parse_cell_text(def.cells[static_cast<size_t>(c)].kind, rows[0][0]);
        if (!p.ok) error = p.error;
        values.emplace_back(static_cast<size_t>(c), p.value);
      }
  }
  for (size_t i = 0; !fill && i < rows.size() && error.empty(); ++i) {
    const size_t r = static_cast<size_t>(pos.row) + i;
    if (r >= grid->data_rows.size()) {
      error = "粘贴内容有 " + std::to_string(rows.size()) + " 行，从此格向下只有 " +
              std::to_string(grid->data_rows.size() - static_cast<size_t>(pos.row)) + " 行可填";
      break;
    }
    // A row copied together with its label column: the labels are skipped.
    const size_t skip = label_prefix(rows[i], row_labels(v, grid->data_rows[r].front()));
    for (size_t j = skip; j < rows[i].size(); ++j) {
      const size_t k = static_cast<size_t>(pos.index) + j - skip;
      if (k >= grid->data_rows[r].size()) {
        // Spreadsheets often copy empty cells past the data: those are not a reason to refuse.
        const bool rest_blank = std::all_of(rows[i].begin() + static_cast<std::ptrdiff_t>(j), rows[i].end(),
                                            [](const std::string& s) { return s.find_first_not_of(" \t") == std::string::npos; });
        if (rest_blank) break;
        error = "第 " + std::to_string(i + 1) + " 行有 " + std::to_string(rows[i].size() - skip) + " 个值，从此格向右只有 " +
                std::to_string(grid->data_rows[r].size() - static_cast<size_t>(pos.index)) + " 格";
        break;
      }
      const size_t ci = static_cast<size_t>(grid->data_rows[r][k]);
      CellParse p = parse_cell_text(def.cells[ci].kind, rows[i][j]);
      if (!p.ok) {
        error = "第 " + std::to_string(i + 1) + " 行第 " + std::to_string(j + 1) + " 个值" + p.error;
        break;
      }
      values.emplace_back(ci, p.value);
    }
  }
  if (!error.empty()) {
    cell_message_ = error + "；未粘贴任何值";
    status_ = cell_message_;
    status_error_ = true;
    return;
  }
  std::vector<int> cells;
  for (const auto& value : values) cells.push_back(static_cast<int>(value.first));
  edit_cells("粘贴 " + std::to_string(values.size()) + " 个单元格", {}, cells, [&](Report& m) {
    bool changed = false;
    for (auto& [ci, value] : values) {
      changed |= m.cells[ci] != value;
      m.cells[ci] = value;
    }
    return changed;
  });
  status_ = "已粘贴 " + std::to_string(values.size()) + " 个单元格（可撤销）";
  status_error_ = false;
  if (!fill && !values.empty()) {  // the pasted block stays selected
    cursor_ = top_left;
    extent_ = static_cast<int>(values.back().first);
  }
}

// ---------------------------------------------------------------------------------------------
// menu, end_frame

void Editor::draw_cell_menu() {
  if (open_cell_menu_) ImGui::OpenPopup("##cell-menu");
  open_cell_menu_ = false;
  cell_menu_open_ = ImGui::BeginPopup("##cell-menu");
  if (!cell_menu_open_) return;
  if (ImGui::MenuItem("复制", "Ctrl+C")) copy_cells();
  loc_.item("cell.copy");
  if (ImGui::MenuItem("粘贴", "Ctrl+V")) paste_cells(ImGui::GetClipboardText());
  loc_.item("cell.paste");
  if (ImGui::MenuItem("清空", "Delete")) clear_cells();
  loc_.item("cell.clear");
  ImGui::EndPopup();
}

void Editor::end_frame_cells() {
  if (cursor_ >= static_cast<int>(doc_.report().cells.size())) leave_cells();
  // A click anywhere but on a cell or the cell menu gives the keyboard back.
  const bool click = ImGui::IsMouseClicked(ImGuiMouseButton_Left) || ImGui::IsMouseClicked(ImGuiMouseButton_Right);
  if (cells_focused_ && click && !cell_clicked_ && !cell_menu_open_) leave_cells();
  if (!cells_focused_) return;
  // Text input wanted on every frame, also while the cursor cell is scrolled away: the browser's input
  // element keeps the focus between cells, and ImGui keeps keys and characters in typing order.
  ImGuiPlatformImeData& ime = GImGui->PlatformImeData;
  ime.WantVisible = true;
  ime.WantTextInput = true;
  ime.InputPos = cursor_pos_;
  ime.InputLineHeight = ImGui::GetTextLineHeight();
  ime.ViewportId = ImGui::GetMainViewport()->ID;
}

void Editor::leave_cells() {
  end_edit();
  cells_focused_ = false;
  dragging_ = false;
  if (cursor_ >= static_cast<int>(doc_.report().cells.size())) cursor_ = extent_ = -1;
}

}  // namespace nianbao::ui
