// previous_report.cpp — last year's report in the editor: attaching it (picker, Alt+P, loadPrevious), the
// next year's report started from it (新建 dialog), its prose beside each section, the year shortcuts.
//
// Index
//   attaching ............ open_file_as, load_previous, attach_previous, detach_previous
//   next year ............ new_from_previous, the 新建 dialog's part
//   bar and shortcuts .... the line above the report; Alt+P, Alt+R, Alt+B
//   prose beside ......... last year's text in the right half of each narrative section
#include <cstdio>

#include "editor.h"
#include "imgui.h"
#include "nianbao/batch.h"
#include "nianbao/text.h"
#include "platform.h"
#include "previous_memory.h"
#include "widgets.h"

namespace nianbao::ui {

namespace {

/// Locator ids of last year's text beside each section (the locator keeps the pointer: literals only).
constexpr const char* kPreviousIds[3] = {"previous.overview", "previous.problems", "previous.other"};

/// Last year's report is report JSON (a published page or a Word file is imported and saved first).
constexpr const char* kPreviousAccept = ".json";

}  // namespace

std::string year_label(int year) { return year > 0 ? std::to_string(year) + " 年" : std::string("年度未填写"); }

// ---------------------------------------------------------------------------------------------
// attaching

std::string Editor::open_file_as(platform::FileUse use, const std::string& name, const std::string& bytes) {
  if (use == platform::FileUse::Open) return open_file(name, bytes);
  if (use == platform::FileUse::Workbench || use == platform::FileUse::Roster) return workbench_file(use, name, bytes);
  LoadResult r = load_report_json(bytes);
  if (!r.ok) {
    status_ = "无法读取上年报告 " + name + "：" + r.error + "（上年报告请使用本工具保存的 .json 文件；当前报告未改动）";
    status_error_ = true;
    return status_;
  }
  if (use == platform::FileUse::Previous) {
    attach_previous(std::move(r.report), name);
    return {};
  }
  return new_from_previous(r.report, name);
}

std::string Editor::load_previous(std::string_view json) {
  LoadResult r = load_report_json(json);
  if (!r.ok) {
    status_ = "无法读取上年报告：" + r.error + "（当前报告未改动）";
    status_error_ = true;
    return "无法读取上年报告：" + r.error;
  }
  attach_previous(std::move(r.report), "自动化接口");
  return {};
}

void Editor::attach_previous(Report last, const std::string& source, bool remember) {
  const Report& now = doc_.report();
  status_ = "已附加上年报告 " + last.title() + "：跨年度校验（CY0–CY4）已启用";
  if (now.year > 0 && last.year > 0 && last.year != now.year - 1)
    status_ += "；注意：它是 " + year_label(last.year) + "度，本报告是 " + year_label(now.year) + "度";
  else if (!now.agency.empty() && !last.agency.empty() && now.agency != last.agency)
    status_ += "；注意：机关名称与本报告不同（" + last.agency + "）";
  status_error_ = false;
  if (remember) remember_previous(last, source, date_from_epoch_ms(platform::wall_clock_ms()));
  previous_ = std::move(last);
  previous_source_ = source;
  ++previous_revision_;
  for (auto& lines : previous_lines_) lines.clear();
  previous_lines_font_ = 0;
  refresh();
}

std::string Editor::fit_previous_to_document(const std::string& label) {
  if (label == kNextYearLabel && next_year_previous_) {
    attach_previous(std::move(next_year_previous_->first), next_year_previous_->second);
    next_year_previous_.reset();
    return {};
  }
  if (label == kWorkbenchLabel && workbench_unit_ >= 0) {
    if (const int paired = workbench_.paired_previous(static_cast<size_t>(workbench_unit_)); paired >= 0) {
      const WorkbenchUnit& last = workbench_.unit(static_cast<size_t>(paired));
      attach_previous(last.report, last.file, false);  // found again from the table, not the store
      return "；已附加表中与它配对的上年报告 " + last.file + "（" + last.report.title() + "）";
    }
  }
  const Report& now = doc_.report();
  std::string note;
  if (previous_ && !is_previous_of(*previous_, now)) {
    note = "；原附加的上年报告（" + previous_->title() + "）不是这份报告的上年报告，已取下";
    detach_previous(false);
  }
  if (previous_) return note;
  if (std::optional<RememberedPrevious> kept = recall_previous(now)) {
    const std::string title = kept->report.title();
    attach_previous(std::move(kept->report), kept->source + "（本浏览器保存的副本，" + kept->date + " 附加）", false);
    note += "；已附加 " + kept->date + " 为本机关附加过的上年报告（" + title + "，本浏览器保存的副本）";
  }
  return note;
}

void Editor::detach_previous(bool forget) {
  if (!previous_) return;
  if (forget) forget_previous(*previous_);
  previous_.reset();
  ++previous_revision_;
  for (auto& lines : previous_lines_) lines.clear();
  compare_view_ = false;
  comparison_.reset();
  status_ = "已移除上年报告，跨年度校验不再进行";
  status_error_ = false;
  refresh();
}

// ---------------------------------------------------------------------------------------------
// next year

std::string Editor::new_from_previous(const Report& last, const std::string& source) {
  NextYearResult next = next_year_report(last);
  if (!next.ok) {
    status_ = "无法以 " + source + " 为基础新建：" + next.error + "（当前报告未改动）";
    status_error_ = true;
    return status_;
  }
  const std::string done = "已以上年报告为基础新建 " + next.report.title() + "（" + format_info(next.report.format).title +
                           "）：上年结转已按上年报告的结转下年度填入，其余均为空；上年报告已附加";
  // Unsaved changes of the open report are asked about first; last year's report is attached with the new
  // report, when it is really made.
  next_year_previous_.emplace(last, source);
  replace_report({kNextYearLabel, std::move(next.report), false, done, {}});
  return {};
}

void Editor::draw_new_from_previous() {
  ImGui::Separator();
  ImGui::TextUnformatted("以上年报告为基础新建（上年结转自动填入，其余留空）：");
  const Report& now = doc_.report();
  bool from_current = false, from_file = false;
  if (now.year > 0 && plausible_year(now.year + 1)) {
    char label[256];
    std::snprintf(label, sizeof label, "以当前报告（%d 年）为上年报告，新建 %d 年度报告 (Alt+N)", now.year, now.year + 1);
    from_current = ImGui::Button(label) || alt_chord_pressed(ImGuiMod_Alt | ImGuiKey_N);
    loc_.item("new.from_current");
  }
  from_file = ImGui::Button("选择上年报告文件… (Alt+L)") || alt_chord_pressed(ImGuiMod_Alt | ImGuiKey_L);
  loc_.item("new.from_file");
  if (!from_current && !from_file) return;
  new_dialog_open_ = false;
  ImGui::CloseCurrentPopup();
  if (from_file) {
    pick_file(kPreviousAccept, platform::FileUse::NextYear);
    return;
  }
  const Report last = now;  // the document is replaced below
  new_from_previous(last, "当前报告");
}

// ---------------------------------------------------------------------------------------------
// bar and shortcuts

void Editor::handle_year_shortcuts() {
  if (workbench_view_ || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel)) return;
  if (alt_chord_pressed(ImGuiMod_Alt | ImGuiKey_P)) pick_file(kPreviousAccept, platform::FileUse::Previous);
  if (!previous_) return;
  if (alt_chord_pressed(ImGuiMod_Alt | ImGuiKey_R)) show_previous_prose_ = !show_previous_prose_;
  if (alt_chord_pressed(ImGuiMod_Alt | ImGuiKey_B)) {
    compare_view_ = !compare_view_;
    if (compare_view_) leave_cells();
  }
}

void Editor::draw_previous_bar() {
  ImGui::AlignTextToFramePadding();
  if (!previous_) {
    ImGui::TextDisabled("上年报告：未附加");
    ImGui::SameLine();
    if (ImGui::SmallButton("附加上年报告… (Alt+P)")) pick_file(kPreviousAccept, platform::FileUse::Previous);
    loc_.item("previous.attach");
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("选择同一机关上一年度的报告（.json）：核对上年结转、与上年正文比较，并可打开比对");
    return;
  }
  ImGui::Text("上年报告：%s", previous_->title().c_str());
  ImGui::SameLine();
  if (ImGui::SmallButton("更换… (Alt+P)")) pick_file(kPreviousAccept, platform::FileUse::Previous);
  loc_.item("previous.attach");
  ImGui::SameLine();
  if (ImGui::SmallButton("移除")) {
    detach_previous(true);
    return;
  }
  loc_.item("previous.remove");
  ImGui::SameLine();
  ImGui::Checkbox("显示上年正文 (Alt+R)", &show_previous_prose_);
  loc_.item("previous.prose");
  ImGui::SameLine();
  if (ImGui::SmallButton(compare_view_ ? "返回报告 (Alt+B)" : "比对 (Alt+B)")) {
    compare_view_ = !compare_view_;
    if (compare_view_) leave_cells();
  }
  loc_.item("compare");
  ImGui::Separator();
}

// ---------------------------------------------------------------------------------------------
// prose beside

bool Editor::begin_beside_previous(int n) {
  if (!previous_ || !show_previous_prose_) return false;
  // One table per section, named after it (three tables of one name would share their state).
  if (!ImGui::BeginTable(kNarrativeKeys[n], 2, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_NoSavedSettings))
    return false;
  ImGui::TableNextColumn();
  return true;
}

void Editor::end_beside_previous(int n, bool beside, float height) {
  if (!beside) return;
  ImGui::TableNextColumn();
  const std::string& text = *previous_->narrative(kNarrativeKeys[n]);
  const float width = ImGui::GetContentRegionAvail().x;
  ImGui::PushID(n);
  ImGui::BeginChild("##previous", ImVec2(width, height), ImGuiChildFlags_Borders);
  ImGui::TextDisabled("%s的这一部分（仅供参考，不会复制）", year_label(previous_->year).c_str());
  const float inner = ImGui::GetContentRegionAvail().x;
  if (previous_lines_font_ != ImGui::GetFontSize()) {
    previous_lines_font_ = ImGui::GetFontSize();
    for (float& w : previous_lines_width_) w = 0;
  }
  if (previous_lines_width_[n] != inner) {
    previous_lines_width_[n] = inner;
    previous_lines_[n] = break_lines(text, inner, current_char_width);
  }
  if (text::is_blank_text(text))
    ImGui::TextDisabled("（上年此部分为空）");
  else
    draw_lines(previous_lines_[n], IM_COL32(70, 70, 70, 255));
  ImGui::EndChild();
  ImGui::PopID();
  loc_.item(kPreviousIds[n]);
  ImGui::EndTable();
}

}  // namespace nianbao::ui
