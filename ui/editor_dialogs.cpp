// editor_dialogs.cpp — modal dialogs: new report, dismissing a warning, pasting text to import, publishing with
// errors, unsaved changes, clearing a workbench with undownloaded work.

#include <string>

#include "editor.h"
#include "nianbao/text.h"
#include "imgui.h"
#include "platform.h"
#include "widgets.h"

namespace nianbao::ui {

namespace {

/// Centers the next modal on the screen.
void center_next_window() {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
}

/// The buttons of a question whose safe answer is to cancel: 1 go on (also the key Y, as 是(Y) in Windows
/// dialogs), 2 cancel (also Enter and Esc), 0 none yet. `*_id` name the buttons for locate().
int go_on_or_cancel(Locator& loc, const char* go_on, const char* go_on_id, const char* cancel, const char* cancel_id) {
  int choice = 0;
  if (ImGui::Button((std::string(go_on) + " (Y)").c_str()) || ImGui::IsKeyChordPressed(ImGuiKey_Y)) choice = 1;
  loc.item(go_on_id);
  ImGui::SameLine();
  if (ImGui::Button(cancel)) choice = 2;
  loc.item(cancel_id);
  if (escape_pressed() || enter_pressed()) choice = 2;
  return choice;
}

}  // namespace

void Editor::draw_new_dialog() {
  if (new_dialog_open_ && !ImGui::IsPopupOpen("新建报告")) ImGui::OpenPopup("新建报告");
  center_next_window();
  if (!ImGui::BeginPopupModal("新建报告", &new_dialog_open_, ImGuiWindowFlags_AlwaysAutoResize)) return;
  ImGui::TextUnformatted("报告格式");
  for (size_t i = all_formats().size(); i-- > 0;) {  // newest first
    const FormatInfo& f = format_info(all_formats()[i]);
    std::string years = std::to_string(f.first_year) + " 年度及以后";
    if (i + 1 < all_formats().size())
      years = std::to_string(f.first_year) + "–" + std::to_string(format_info(all_formats()[i + 1]).first_year - 1) + " 年度";
    ImGui::RadioButton((std::string(f.title) + "（" + years + "）").c_str(), &new_format_, static_cast<int>(i));
  }
  ImGui::TextUnformatted("报告年度");
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
  ImGui::InputInt("##newyear", &new_year_, 1, 1);
  ImGui::TextUnformatted("机关名称");
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20);
  const std::string old_agency = new_agency_;
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();  // the year is proposed; the name is typed
  if (ImGui::InputTextWithHint("##newagency", "例如：青山县自然资源局", new_agency_, sizeof new_agency_)) {
    const AgencyKind kind = kind_after_rename(agency_kinds()[static_cast<size_t>(new_kind_)].kind, old_agency, new_agency_);
    for (size_t k = 0; k < agency_kinds().size(); ++k)
      if (agency_kinds()[k].kind == kind) new_kind_ = static_cast<int>(k);
  }
  ImGui::TextUnformatted("机关类型");
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20);
  ImGui::Combo(
      "##newkind", &new_kind_,
      [](void*, int i) { return agency_kinds()[static_cast<size_t>(i)].label; }, nullptr,
      static_cast<int>(agency_kinds().size()));
  const bool year_ok = plausible_year(new_year_);
  const FormatVersion chosen = all_formats()[static_cast<size_t>(new_format_)];
  if (!year_ok)
    ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "年度应在 %d 至 %d 之间", kFirstPlausibleYear, kLastPlausibleYear);
  else if (format_for_year(new_year_) != chosen)
    ImGui::TextColored(ImVec4(0.7f, 0.4f, 0, 1), "提示：%d 年度的报告应使用%s", new_year_,
                       format_info(format_for_year(new_year_)).title);
  ImGui::BeginDisabled(!year_ok);
  // 创建 is the default button: Enter anywhere in the dialog creates, Esc cancels.
  if (ImGui::Button("创建 (Enter)") || (year_ok && enter_pressed())) {
    Report r = new_report(chosen, new_year_, new_agency_);
    r.agency_kind = agency_kinds()[static_cast<size_t>(new_kind_)].kind;
    replace_report({"新建报告", std::move(r), true, "已新建报告", {}});
    new_dialog_open_ = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndDisabled();
  loc_.item("new.create");
  ImGui::SameLine();
  if (ImGui::Button("取消 (Esc)") || escape_pressed()) {
    new_dialog_open_ = false;
    ImGui::CloseCurrentPopup();
  }
  draw_new_from_previous();
  ImGui::EndPopup();
}

void Editor::draw_dismiss_dialog() {
  if (dismiss_index_ < 0) return;
  if (static_cast<size_t>(dismiss_index_) >= findings_.size()) {
    dismiss_index_ = -1;
    return;
  }
  if (!ImGui::IsPopupOpen("忽略提示")) ImGui::OpenPopup("忽略提示");
  center_next_window();
  bool open = true;
  if (!ImGui::BeginPopupModal("忽略提示", &open, ImGuiWindowFlags_AlwaysAutoResize)) {
    if (!open) dismiss_index_ = -1;
    return;
  }
  const Finding& f = findings_[static_cast<size_t>(dismiss_index_)];
  if (static_cast<size_t>(dismiss_index_) < finding_lines_.size())  // wrapped like in the findings panel
    draw_lines(finding_lines_[static_cast<size_t>(dismiss_index_)], ImGui::GetColorU32(ImGuiCol_Text));
  ImGui::TextUnformatted("理由（随报告保存，供审核人查看）：");
  if (ImGui::IsWindowAppearing()) platform::text_area_select("review.reason", 0, 0);
  const float box_height = ImGui::GetTextLineHeight() * 4 + ImGui::GetStyle().FramePadding.y * 2;
  ImGui::BeginChild("reason", ImVec2(ImGui::GetFontSize() * 26, box_height));
  platform::text_area("review.reason", dismiss_reason_, box_height, "");
  loc_.item("review.reason");
  ImGui::EndChild();
  const bool tab_out = platform::text_area_tab("review.reason") != 0;  // on to the confirm button
  const bool has_reason = !text::is_blank_text(dismiss_reason_);
  ImGui::BeginDisabled(!has_reason);
  if (tab_out) {
    platform::canvas_takes_keys();
    ImGui::SetKeyboardFocusHere();
  }
  if (ImGui::Button("确认忽略")) {
    const std::string key = f.key();
    const std::string reason = dismiss_reason_;
    doc_.edit("忽略提示 " + f.rule, {}, [&](Report& m) {
      m.reviews.push_back({key, reason});
      return true;
    });
    dismiss_index_ = -1;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndDisabled();
  loc_.item("review.confirm");
  if (!has_reason) {
    ImGui::SameLine();
    ImGui::TextDisabled("请先写明理由");
  }
  ImGui::SameLine();
  if (ImGui::Button("取消 (Esc)") || escape_pressed()) {
    dismiss_index_ = -1;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

void Editor::draw_paste_import_dialog() {
  if (paste_import_open_ && !ImGui::IsPopupOpen("粘贴复制的文字")) ImGui::OpenPopup("粘贴复制的文字");
  center_next_window();
  if (!ImGui::BeginPopupModal("粘贴复制的文字", &paste_import_open_, ImGuiWindowFlags_AlwaysAutoResize)) return;
  ImGui::TextUnformatted("在网页上全选并复制已发布的年度报告，点下面的框，按 Ctrl+V 粘贴：");
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  const float em = ImGui::GetFontSize();
  input_multiline_string("##pastetext", paste_import_text_, ImVec2(em * 36, em * 16));
  loc_.item("paste.text");
  // The box does not wrap, so say how much arrived.
  const size_t chars = text::count(paste_import_text_);
  if (chars > 0) ImGui::TextDisabled("已粘贴 %zu 字", chars);
  const bool blank = paste_import_text_.find_first_not_of(" \t\r\n") == std::string::npos;
  ImGui::BeginDisabled(blank);
  if (ImGui::Button("导入")) {
    paste_import_error_ = import_published("粘贴的文字", paste_import_text_);
    if (paste_import_error_.empty()) {
      paste_import_text_.clear();
      paste_import_open_ = false;
      ImGui::CloseCurrentPopup();
    }
  }
  ImGui::EndDisabled();
  loc_.item("paste.import");
  ImGui::SameLine();
  if (ImGui::Button("取消 (Esc)") || escape_pressed()) {
    paste_import_open_ = false;
    ImGui::CloseCurrentPopup();
  }
  if (!paste_import_error_.empty())  // break_lines: ImGui itself wraps Chinese only at spaces
    draw_lines(break_lines(paste_import_error_, em * 36, current_char_width), IM_COL32(204, 26, 26, 255));
  ImGui::EndPopup();
}

void Editor::draw_publish_dialog() {
  if (!publish_confirm_open_) return;
  if (!ImGui::IsPopupOpen("报告中还有错误")) ImGui::OpenPopup("报告中还有错误");
  center_next_window();
  if (!ImGui::BeginPopupModal("报告中还有错误", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  const std::vector<int> blockers = publish_blockers();
  ImGui::Text("这份报告还有 %d 处错误或勾稽不符（含未填写的必填单元格），发布后公众会看到这些数字：", static_cast<int>(blockers.size()));
  const float wrap = ImGui::GetFontSize() * 34;
  for (size_t i = 0; i < blockers.size() && i < 8; ++i)
    draw_lines(break_lines("· " + findings_[static_cast<size_t>(blockers[i])].message, wrap, current_char_width),
               IM_COL32(190, 20, 20, 255));
  if (blockers.size() > 8) ImGui::TextDisabled("……另有 %d 处，见右侧校验结果", static_cast<int>(blockers.size() - 8));
  ImGui::Spacing();
  ImGui::TextUnformatted("确实要导出可发布的网页吗？（Y：仍然导出；Enter 或 Esc：取消）");
  const int choice = go_on_or_cancel(loc_, "仍然导出", "publish.continue", "取消，先修改", "publish.cancel");
  if (choice != 0) {
    publish_confirm_open_ = false;
    ImGui::CloseCurrentPopup();
    if (choice == 1) {
      export_html(false, true);
    } else {
      status_ = "未导出：请先修改校验结果中的错误";
      status_error_ = false;
    }
  }
  ImGui::EndPopup();
}

void Editor::draw_replace_dialog() {
  if (!pending_replacement_) return;
  if (!ImGui::IsPopupOpen("未保存的修改")) ImGui::OpenPopup("未保存的修改");
  center_next_window();
  if (!ImGui::BeginPopupModal("未保存的修改", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  ImGui::Text("“%s”有未保存的修改。", title_.c_str());
  ImGui::TextUnformatted("打开另一份报告之前，要先把它保存为文件吗？");
  // Keys answer from the frame after it appears: the Enter that opened a unit must not also answer here.
  const bool keys = !ImGui::IsWindowAppearing();
  int choice = 0;  // 1 save first (the default: Enter), 2 go on without saving (N), 3 cancel (Esc)
  if (ImGui::Button("保存并继续 (Enter)") || (keys && enter_pressed())) choice = 1;
  loc_.item("replace.save");
  ImGui::SameLine();
  if (ImGui::Button("不保存，继续 (N)") || (keys && ImGui::IsKeyChordPressed(ImGuiKey_N))) choice = 2;
  loc_.item("replace.discard");
  ImGui::SameLine();
  if (ImGui::Button("取消 (Esc)") || (keys && escape_pressed())) choice = 3;
  loc_.item("replace.cancel");
  if (choice != 0) {
    Replacement next = std::move(*pending_replacement_);
    pending_replacement_.reset();
    if (choice == 1) save();
    if (choice == 3) {
      status_ = "已取消，当前报告未改动";
      status_error_ = false;
    } else {
      perform_replacement(std::move(next));
    }
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

void Editor::draw_workbench_clear_dialog() {
  if (!workbench_clear_confirm_) return;
  if (!ImGui::IsPopupOpen("清空工作台")) ImGui::OpenPopup("清空工作台");
  center_next_window();
  if (!ImGui::BeginPopupModal("清空工作台", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  const std::vector<size_t> units = workbench_.not_downloaded();
  ImGui::Text("以下 %d 个单位的修改或审核意见还没有下载，清空后将丢失：", static_cast<int>(units.size()));
  for (size_t i = 0; i < units.size() && i < 8; ++i)
    ImGui::BulletText("%s（%s）", workbench_.cell_text(units[i], WorkbenchColumn::Agency).c_str(),
                      workbench_.unit(units[i]).file.c_str());
  if (units.size() > 8) ImGui::TextDisabled("……另有 %d 个", static_cast<int>(units.size() - 8));
  ImGui::TextUnformatted("可先选中单位按 Alt+J 下载。仍要清空吗？（Y：仍然清空；Enter 或 Esc：取消）");
  const int choice = go_on_or_cancel(loc_, "仍然清空", "wb.clear.confirm", "取消", "wb.clear.cancel");
  if (choice != 0) {
    workbench_clear_confirm_ = false;
    ImGui::CloseCurrentPopup();
    if (choice == 1)
      clear_workbench();
    else
      set_workbench_message("未清空：工作台保持原样", false);
  }
  ImGui::EndPopup();
}

}  // namespace nianbao::ui
