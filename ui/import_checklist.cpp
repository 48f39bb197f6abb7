// import_checklist.cpp — the import log as a checklist beside the tables (a tab of the right-hand panel):
// what the importer was unsure of first, each line jumps to its cells or section, and those cells stay
// marked in the tables until the user ticks the line or edits the cell. Lines name cells by their labels,
// never by their internal codes.
#include <algorithm>

#include "editor.h"
#include "imgui.h"
#include "nianbao/html_render.h"
#include "platform.h"
#include "widgets.h"

namespace nianbao::ui {

namespace {

/// Order of the checklist: what the user must decide first, what was only noted last.
int urgency(ImportLevel level) {
  switch (level) {
    case ImportLevel::Ambiguous: return 0;
    case ImportLevel::Unread: return 1;
    case ImportLevel::Warning: return 2;
    case ImportLevel::Inferred: return 3;
    case ImportLevel::UnknownLabel: return 4;
    case ImportLevel::Info: return 5;
  }
  return 5;
}

const char* level_label(ImportLevel level) {
  switch (level) {
    case ImportLevel::Ambiguous: return "不确定，已留空";
    case ImportLevel::Unread: return "未读出，已留空";
    case ImportLevel::Warning: return "可能有误";
    case ImportLevel::Inferred: return "按勾稽推算";
    case ImportLevel::UnknownLabel: return "未识别，未导入";
    case ImportLevel::Info: return "记录";
  }
  return "";
}

ImU32 level_color(ImportLevel level) {
  return level == ImportLevel::Info ? ImGui::GetColorU32(ImGuiCol_TextDisabled) : IM_COL32(170, 80, 0, 255);
}

}  // namespace

void Editor::start_checklist(const std::vector<ImportLogEntry>& log) {
  checklist_.clear();
  const Report& r = doc_.report();
  const FormatDef& def = r.def();
  for (const ImportLogEntry& e : log) {
    CheckItem item;
    item.level = e.level;
    std::string place;
    if (const int c = def.cell_index(e.subject); c >= 0) {
      item.cells.push_back(c);
      item.imported.push_back(r.cells[static_cast<size_t>(c)]);
      place = cell_human_label(def, e.subject);
    } else if (const SectionDef* s = def.section(e.subject)) {
      item.section = s->key;
      place = s->heading;
    } else if (e.subject == "meta" || e.subject == "agency" || e.subject == "year") {
      place = "基本信息";
    } else {
      place = e.subject;  // a label read from the document (a row the format does not have)
    }
    item.text = place.empty() ? e.message : place + "：" + e.message;
    // Only what the importer was unsure of waits for the user; records are confirmed from the start.
    item.confirmed = e.level == ImportLevel::Info;
    checklist_.push_back(std::move(item));
  }
  std::stable_sort(checklist_.begin(), checklist_.end(),
                   [](const CheckItem& a, const CheckItem& b) { return urgency(a.level) < urgency(b.level); });
  checklist_width_ = 0;
  show_checklist_ = !checklist_.empty();
  update_checklist();
}

void Editor::update_checklist() {
  const Report& r = doc_.report();
  unconfirmed_cell_.assign(r.cells.size(), 0);
  for (CheckItem& item : checklist_) {
    // Editing a cell is the user's answer: its line is done.
    for (size_t k = 0; k < item.cells.size() && !item.confirmed; ++k) {
      const auto c = static_cast<size_t>(item.cells[k]);
      if (c < r.cells.size() && r.cells[c] != item.imported[k]) item.confirmed = true;
    }
    if (item.confirmed) continue;
    for (int c : item.cells)
      if (static_cast<size_t>(c) < unconfirmed_cell_.size()) unconfirmed_cell_[static_cast<size_t>(c)] = 1;
  }
}

int Editor::checklist_open_count() const {
  return static_cast<int>(std::count_if(checklist_.begin(), checklist_.end(), [](const CheckItem& i) { return !i.confirmed; }));
}

bool Editor::cell_unconfirmed(int cell) const {
  return cell >= 0 && static_cast<size_t>(cell) < unconfirmed_cell_.size() && unconfirmed_cell_[static_cast<size_t>(cell)];
}

void Editor::draw_import_checklist() {
  const int open = checklist_open_count();
  if (open > 0)
    ImGui::TextWrapped("导入时有 %d 项需要核对：请对照原文逐项确认（勾选“已核对”或直接改正表格中的值）。点击一项可定位到它。", open);
  else
    ImGui::TextWrapped("导入记录已全部核对。");
  ImGui::Separator();
  const float width = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x;
  if (width != checklist_width_ || ImGui::GetFontSize() != checklist_font_) {
    checklist_width_ = width;
    checklist_font_ = ImGui::GetFontSize();
    for (CheckItem& item : checklist_) item.lines = break_lines(item.text, width, current_char_width);
  }
  const float line_h = ImGui::GetTextLineHeight();
  for (size_t i = 0; i < checklist_.size(); ++i) {
    CheckItem& item = checklist_[i];
    ImGui::PushID(static_cast<int>(i));
    if (item.level != ImportLevel::Info) {
      ImGui::Checkbox("已核对", &item.confirmed);
      loc_.check(static_cast<int>(i), ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
      if (ImGui::IsItemEdited()) update_checklist();
      ImGui::SameLine();
    }
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(level_color(item.level)), "【%s】", level_label(item.level));
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const ImVec2 size(width, line_h * static_cast<float>(item.lines.size()) + 4);
    const bool clicked = ImGui::InvisibleButton("##line", size);
    loc_.check_line(static_cast<int>(i), p, ImVec2(p.x + size.x, p.y + size.y));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const bool jumps = !item.cells.empty() || !item.section.empty();
    if (jumps && ImGui::IsItemHovered()) {
      dl->AddRectFilled(p, ImVec2(p.x + size.x, p.y + size.y), IM_COL32(230, 238, 250, 255));
      ImGui::SetTooltip("点击定位");
    }
    const ImU32 color = item.confirmed ? ImGui::GetColorU32(ImGuiCol_TextDisabled) : ImGui::GetColorU32(ImGuiCol_Text);
    float y = p.y + 2;
    for (auto line : item.lines) {
      dl->AddText(ImVec2(p.x + 2, y), color, line.data(), line.data() + line.size());
      y += line_h;
    }
    if (clicked) jump_to_check_item(item);
    ImGui::Spacing();
    ImGui::PopID();
  }
}

void Editor::jump_to_check_item(const CheckItem& item) {
  if (!item.cells.empty()) {
    highlight_ = item.cells;
    highlight_until_ = platform::now_seconds() + 4.0;
    select_cell(item.cells.front(), false);
    const auto first = static_cast<size_t>(item.cells.front());
    if (first < cell_content_y_.size()) scroll_to_y_ = cell_content_y_[first];
  } else if (const int n = narrative_index(item.section); n >= 0) {
    leave_cells();
    scroll_to_y_ = narrative_content_y_[n];
  } else if (const int s = section_index(item.section); s >= 0) {
    enter_section(s, 1);
  }
}

}  // namespace nianbao::ui
