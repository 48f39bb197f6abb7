// workbench_view.cpp — the 汇总/审核 workbench in the editor: many units' files read and checked a few at a time
// (a progress bar, the page keeps drawing), the units' table (sortable, keyboard: ↑↓ PgUp PgDn Home End, Enter
// opens), the roster (名单) and its coverage, 退回/通过 with a comment, the 汇总 report, the table's export.
// The model is workbench.h; a unit opened in the editor comes back with its edits (back_to_workbench).
//
// Index
//   keys and stepping ..... Alt+W and the workbench's keys; reading across frames
//   files ................. units and roster from the picker, drops, the automation API
//   actions ............... open a unit and come back, review, 汇总, export
//   drawing ............... header, table, roster, selected unit
#include <algorithm>
#include <cstdio>
#include <utility>

#include "editor.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "nianbao/text.h"
#include "platform.h"
#include "widgets.h"

namespace nianbao::ui {

namespace {

/// Unit files the picker offers (as `nianbao batch` reads them).
constexpr const char* kUnitAccept = ".json,.html,.htm,.txt,.docx,.doc,.wps";
constexpr const char* kRosterAccept = ".csv,.txt";
constexpr const char* kRosterPlaceholder = "粘贴或打开名单（CSV）：第一行为表头“机关名称,机关类型”，其后每行一个单位，例如\n"
                                           "机关名称,机关类型\n青山县教育局,部门\n青山县城关镇人民政府,乡镇";
constexpr ImVec4 kRed(0.8f, 0.1f, 0.1f, 1), kGreen(0.1f, 0.5f, 0.2f, 1), kGrey(0.4f, 0.4f, 0.4f, 1), kOrange(0.7f, 0.4f, 0, 1);
/// Reading and checking take at most this much of a frame, so the page keeps drawing.
constexpr double kStepBudget = 0.02;

bool no_popup() { return !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel); }

}  // namespace

// ---------------------------------------------------------------------------------------------
// keys and stepping

void Editor::handle_workbench_shortcuts() {
  if (!no_popup()) return;
  if (alt_chord_pressed(ImGuiMod_Alt | ImGuiKey_W)) {
    if (workbench_view_)
      workbench_view_ = false;
    else
      back_to_workbench();
    return;
  }
  if (!workbench_view_) return;
  const ImGuiIO& io = ImGui::GetIO();
  if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_O) || alt_chord_pressed(ImGuiMod_Alt | ImGuiKey_O))
    pick_file(kUnitAccept, platform::FileUse::Workbench);
  if (alt_chord_pressed(ImGuiMod_Alt | ImGuiKey_M)) pick_file(kRosterAccept, platform::FileUse::Roster);
  if (alt_chord_pressed(ImGuiMod_Alt | ImGuiKey_G)) workbench_aggregate();
  if (alt_chord_pressed(ImGuiMod_Alt | ImGuiKey_X)) workbench_export(false);
  if (alt_chord_pressed(ImGuiMod_Alt | ImGuiKey_H)) workbench_export(true);
  if (alt_chord_pressed(ImGuiMod_Alt | ImGuiKey_E) && workbench_.size() > 0) request_workbench_clear();
  // The comment or roster typed just before the key reaches the model when the text areas are drawn: these
  // actions wait for that (end of draw_workbench).
  if (alt_chord_pressed(ImGuiMod_Alt | ImGuiKey_T)) workbench_action_ = WorkbenchAction::Return;
  if (alt_chord_pressed(ImGuiMod_Alt | ImGuiKey_Y)) workbench_action_ = WorkbenchAction::Accept;
  if (alt_chord_pressed(ImGuiMod_Alt | ImGuiKey_J)) workbench_download_ = true;
  if (alt_chord_pressed(ImGuiMod_Alt | ImGuiKey_K)) platform::text_area_select("wb.comment", workbench_comment_.size(), workbench_comment_.size());
  if (alt_chord_pressed(ImGuiMod_Alt | ImGuiKey_Q))
    platform::text_area_select("wb.roster", workbench_roster_text_.size(), workbench_roster_text_.size());
  if (alt_chord_pressed(ImGuiMod_Alt | ImGuiKey_A)) workbench_action_ = WorkbenchAction::ApplyRoster;
  if (alt_chord_pressed(ImGuiMod_Alt | ImGuiKey_U)) workbench_focus_ = WorkbenchField::By;
  if (alt_chord_pressed(ImGuiMod_Alt | ImGuiKey_N)) workbench_focus_ = WorkbenchField::Agency;
  if (alt_chord_pressed(ImGuiMod_Alt | ImGuiKey_S)) {
    // Alt+S sorts by the next column, Alt+Shift+S turns the order round.
    if (io.KeyShift)
      workbench_.sort_by(workbench_.sort_column(), !workbench_.sort_ascending());
    else
      workbench_.sort_by(static_cast<WorkbenchColumn>((static_cast<int>(workbench_.sort_column()) + 1) %
                                                      static_cast<int>(WorkbenchColumn::Count)),
                         true);
    workbench_reveal_ = true;
  }
  if (io.WantTextInput || io.KeyAlt || io.KeyCtrl) return;  // typing in the roster, the comment or a field
  const int page = 10;
  auto move = [&](ImGuiKey key, int delta) {
    if (ImGui::IsKeyPressed(key)) {
      workbench_.move_selection(delta);
      workbench_reveal_ = true;
    }
  };
  move(ImGuiKey_DownArrow, 1);
  move(ImGuiKey_UpArrow, -1);
  move(ImGuiKey_PageDown, page);
  move(ImGuiKey_PageUp, -page);
  move(ImGuiKey_End, 1 << 30);
  move(ImGuiKey_Home, -(1 << 30));
  if ((ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false)) &&
      workbench_.selected() >= 0)
    open_workbench_unit(static_cast<size_t>(workbench_.selected()));
}

void Editor::step_workbench() {
  if (!workbench_.busy()) return;
  const bool done = !workbench_.step(kStepBudget, platform::now_seconds, platform::decode_gbk);
  if (!done) {
    platform::request_frame_after(0);
    return;
  }
  if (workbench_.selected() < 0 && workbench_.size() > 0) workbench_.move_selection(1);
  const BatchResult& r = workbench_.result();
  size_t unreadable = 0;
  for (const BatchRow& row : r.rows) unreadable += !row.error.empty();
  set_workbench_message("已读取并校验 " + std::to_string(r.rows.size()) + " 份文件" +
                            (unreadable ? "，其中 " + std::to_string(unreadable) + " 份无法读取（见表中红色行）" : std::string()),
                        false);
}

void Editor::files_coming(platform::FileUse use, int count) {
  if (use != platform::FileUse::Workbench || count <= 0) return;
  workbench_.expect(static_cast<size_t>(count));
  workbench_view_ = true;
  platform::request_frame_after(0);
}

void Editor::set_workbench_message(std::string message, bool error) {
  workbench_message_ = std::move(message);
  workbench_error_ = error;
}

// ---------------------------------------------------------------------------------------------
// files

std::string Editor::workbench_file(platform::FileUse use, const std::string& name, const std::string& bytes) {
  if (use == platform::FileUse::Roster) {
    std::string text = bytes;
    if (!text::is_valid_utf8(text)) {
      std::optional<std::string> utf8 = platform::decode_gbk(text);
      if (!utf8) {
        set_workbench_message("无法读取名单 " + name + "：既不是 UTF-8 也不是 GBK 编码的文本（名单未改动）", true);
        return workbench_message_;
      }
      text = std::move(*utf8);
    }
    if (std::string error = workbench_.set_roster(text); !error.empty()) {
      set_workbench_message("无法使用名单 " + name + "：" + error + "（名单未改动）", true);
      return workbench_message_;
    }
    workbench_roster_text_ = std::move(text);
    set_workbench_message("已读取名单 " + name + "：" + std::to_string(workbench_.roster_size()) + " 个单位", false);
    return {};
  }
  workbench_view_ = true;
  if (!workbench_.add_file(name, bytes)) set_workbench_message(name + " 已在工作台中（同名且内容相同），未重复加入", false);
  platform::request_frame_after(0);
  return {};
}

// ---------------------------------------------------------------------------------------------
// actions

void Editor::open_workbench_unit(size_t unit) {
  const WorkbenchUnit& u = workbench_.unit(unit);
  if (!u.input.report) {
    set_workbench_message("“" + u.file + "”未能读取，无法打开：" + u.input.error, true);
    return;
  }
  workbench_.select(static_cast<int>(unit));
  workbench_opening_ = static_cast<int>(unit);
  // A unit opened from here has its edits in the workbench already (back_to_workbench): nothing to ask.
  const bool from_here = workbench_unit_ >= 0 && doc_.revision() == workbench_unit_revision_;
  replace_report({kWorkbenchLabel, u.report, true, "已打开 " + u.file + "（Alt+W 返回汇总/审核工作台，修改会带回工作台）", {}},
                 !from_here);
  workbench_view_ = false;
}

void Editor::workbench_replaced(const std::string& label) {
  workbench_unit_ = label == kWorkbenchLabel ? workbench_opening_ : -1;
  workbench_unit_revision_ = doc_.revision();
  workbench_opening_ = -1;
}

void Editor::back_to_workbench() {
  if (workbench_unit_ >= 0 && doc_.revision() != workbench_unit_revision_) {
    end_edit();
    workbench_.replace_report(static_cast<size_t>(workbench_unit_), doc_.report());
    workbench_unit_revision_ = doc_.revision();
    warn_before_leaving();
    set_workbench_message("已将对“" + workbench_.unit(static_cast<size_t>(workbench_unit_)).file +
                              "”的修改带回工作台并重新校验（下载该单位 JSON 即可保存：Alt+J）",
                          false);
  }
  if (workbench_unit_ >= 0) workbench_.select(workbench_unit_);
  leave_cells();
  workbench_view_ = true;
  workbench_reveal_ = true;
}

void Editor::workbench_review(const char* status) {
  const int unit = workbench_.selected();
  if (unit < 0) {
    set_workbench_message("请先在表中选择一个单位（↑↓ 键或单击）", true);
    return;
  }
  const std::string error = workbench_.review(static_cast<size_t>(unit), status, workbench_comment_, workbench_by_,
                                              date_from_epoch_ms(platform::wall_clock_ms()));
  if (!error.empty()) {
    set_workbench_message(error, true);
    return;
  }
  warn_before_leaving();
  set_workbench_message("已将“" + workbench_.unit(static_cast<size_t>(unit)).file + "”标为" +
                            std::string(review_status_label(status)) + "；请下载该单位的 JSON（Alt+J）交给单位",
                        false);
  workbench_comment_.clear();
}

void Editor::workbench_download_unit() {
  const int unit = workbench_.selected();
  if (unit < 0 || !workbench_.unit(static_cast<size_t>(unit)).input.report) {
    set_workbench_message("请先在表中选择一个已读取的单位", true);
    return;
  }
  const auto i = static_cast<size_t>(unit);
  const std::string name = workbench_.unit_file_name(i);
  platform::download(name, "application/json", workbench_.unit_json(i));
  workbench_.mark_saved(i);
  if (unit == workbench_unit_ && doc_.revision() == workbench_unit_revision_) {  // the editor's report is that file
    doc_.mark_saved();
    autosave_.saved();
  }
  warn_before_leaving();
  set_workbench_message("已下载 " + name + "（含审核意见；在浏览器的下载中，如浏览器询问保存位置，请确认已保存）", false);
}

void Editor::request_workbench_clear() {
  if (workbench_.not_downloaded().empty())
    clear_workbench();
  else
    workbench_clear_confirm_ = true;  // draw_workbench_clear_dialog names them: clear anyway or cancel
}

void Editor::clear_workbench() {
  workbench_.clear();
  workbench_unit_ = -1;
  warn_before_leaving();
  set_workbench_message("已清空工作台（名单保留）", false);
}

void Editor::workbench_aggregate() {
  if (workbench_.busy()) {
    set_workbench_message("文件仍在读取和校验，请稍候再生成汇总报告", true);
    return;
  }
  if (text::is_blank_text(workbench_agency_)) {
    set_workbench_message("请先填写汇总报告的机关名称（本级人民政府，如“青山县人民政府”），再按 Alt+G", true);
    workbench_focus_ = WorkbenchField::Agency;
    return;
  }
  AggregateResult r = workbench_.build_aggregate(std::string(text::trim(workbench_agency_)), AgencyKind::Unspecified);
  if (!r.ok) {
    set_workbench_message("无法生成汇总报告：" + r.error + "（未作任何改动）", true);
    return;
  }
  std::string done = "已生成汇总报告：汇总 " + std::to_string(r.included.size()) + " 个单位";
  if (!r.left_out.empty()) done += "，未计入 " + std::to_string(r.left_out.size()) + " 个（垂直管理或汇总报告）";
  if (!r.incomplete.empty()) done += "；" + std::to_string(r.incomplete.size()) + " 个单元格因有单位未填写而留空";
  set_workbench_message(done, false);
  workbench_view_ = false;
  replace_report({"生成汇总报告", std::move(r.report), false, done + "。正文各部分请汇总后填写，并保存（Ctrl+S）", {}});
}

void Editor::workbench_export(bool html) {
  if (workbench_.busy() || workbench_.size() == 0) {
    set_workbench_message(workbench_.size() == 0 ? "工作台中还没有报告" : "文件仍在读取和校验，请稍候再导出", true);
    return;
  }
  const std::string name = std::string("年度报告审核表.") + (html ? "html" : "csv");
  if (html)
    platform::download(name, "text/html", workbench_.html("政府信息公开工作年度报告审核表"));
  else
    platform::download(name, "text/csv", workbench_.csv());
  set_workbench_message("已导出 " + name, false);
}

// ---------------------------------------------------------------------------------------------
// drawing

void Editor::draw_workbench_field(WorkbenchField field, const char* label, const char* id, std::string& text,
                                  const char* hint, float width_em) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(label);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * width_em);
  if (workbench_focus_ == field) {  // its Alt shortcut was pressed
    ImGui::SetKeyboardFocusHere();
    workbench_focus_ = WorkbenchField::None;
  }
  input_string(id, text, hint);
}

void Editor::draw_workbench() {
  const float status_h = status_height(ImGui::GetContentRegionAvail().x);
  ImGui::BeginChild("workbench", ImVec2(0, ImGui::GetContentRegionAvail().y - status_h), ImGuiChildFlags_Borders);
  ImGui::PushFont(nullptr, font_size_ * 1.15f);
  ImGui::TextUnformatted("汇总/审核工作台");
  ImGui::PopFont();
  ImGui::SameLine();
  if (ImGui::Button("打开报告文件… (Ctrl+O)")) pick_file(kUnitAccept, platform::FileUse::Workbench);
  loc_.item("wb.open");
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("可多选：JSON、保存的网页、文本、Word 文档（GBK 编码的也可以）；也可把多个文件或整个文件夹拖到页面上");
  ImGui::SameLine();
  ImGui::BeginDisabled(workbench_.size() == 0);
  if (ImGui::Button("导出表格 CSV (Alt+X)")) workbench_export(false);
  loc_.item("wb.csv");
  ImGui::SameLine();
  if (ImGui::Button("导出表格网页 (Alt+H)")) workbench_export(true);
  loc_.item("wb.html");
  ImGui::SameLine();
  if (ImGui::Button("清空 (Alt+E)")) request_workbench_clear();
  loc_.item("wb.clear");
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button(workbench_unit_ >= 0 ? "返回单位报告 (Alt+W)" : "返回报告 (Alt+W)")) workbench_view_ = false;
  loc_.item("wb.close");

  // 汇总: the aggregate's agency and the button.
  draw_workbench_field(WorkbenchField::Agency, "汇总报告机关名称 (Alt+N)", "##wb.agency", workbench_agency_,
                       "如：青山县人民政府", 14);
  loc_.item("wb.agency");
  ImGui::SameLine();
  ImGui::BeginDisabled(workbench_.size() == 0);
  if (ImGui::Button("生成汇总报告 (Alt+G)")) workbench_aggregate();
  ImGui::EndDisabled();
  loc_.item("wb.aggregate");
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip("表二、三、四为各单位之和（垂直管理单位和其他汇总报告不计入；上年报告不计入），在编辑器中作为新报告打开");
  ImGui::SameLine();
  ImGui::TextDisabled("快捷键：排序 Alt+S（加 Shift 反向） 选择 ↑↓ 打开 Enter 意见 Alt+K 退回 Alt+T 通过 Alt+Y 下载 Alt+J");

  if (workbench_.busy()) {
    const size_t done = workbench_.work_done(), total = std::max<size_t>(1, workbench_.work_total());
    char overlay[96];
    std::snprintf(overlay, sizeof overlay, "正在读取和校验… %zu / %zu", done, total);
    ImGui::ProgressBar(static_cast<float>(done) / static_cast<float>(total), ImVec2(-FLT_MIN, 0), overlay);
    loc_.item("wb.progress");
  } else {
    const BatchResult& r = workbench_.result();
    size_t passed = 0, errors = 0, unreadable = 0, returned = 0;
    for (const BatchRow& row : r.rows) {
      if (!row.error.empty()) ++unreadable;
      else if (row.verdict.passes()) ++passed;
      else ++errors;
      returned += row.review == "returned";
    }
    ImGui::AlignTextToFramePadding();
    if (r.rows.empty())
      ImGui::TextDisabled("还没有报告：打开或拖入各单位的年度报告文件（可多选，或拖入整个文件夹）");
    else
      ImGui::Text("共 %zu 份：%zu 份通过，%zu 份有错误，%zu 份无法读取，已退回 %zu 份", r.rows.size(), passed, errors,
                  unreadable, returned);
  }
  if (!workbench_message_.empty()) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(workbench_error_ ? kRed : kGreen, "%s", workbench_message_.c_str());
    ImGui::PopTextWrapPos();
    loc_.item("wb.message");
  }

  const float bottom = std::max(ImGui::GetFontSize() * 13, ImGui::GetContentRegionAvail().y * 0.38f);
  draw_workbench_table(ImGui::GetContentRegionAvail().y - bottom);
  if (ImGui::BeginTable("##wb.bottom", 2, ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("roster", ImGuiTableColumnFlags_WidthStretch, 0.4f);
    ImGui::TableSetupColumn("unit", ImGuiTableColumnFlags_WidthStretch, 0.6f);
    ImGui::TableNextColumn();
    draw_workbench_roster();
    ImGui::TableNextColumn();
    draw_workbench_unit();
    ImGui::EndTable();
  }
  ImGui::EndChild();
  const WorkbenchAction action = std::exchange(workbench_action_, WorkbenchAction::None);
  if (action == WorkbenchAction::Return) workbench_review("returned");
  if (action == WorkbenchAction::Accept) workbench_review("accepted");
  if (action == WorkbenchAction::ApplyRoster) apply_workbench_roster();
  if (std::exchange(workbench_download_, false)) workbench_download_unit();
}

void Editor::draw_workbench_table(float height) {
  constexpr int kColumns = static_cast<int>(WorkbenchColumn::Count);
  const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg |
                                ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##wb.table", kColumns, flags, ImVec2(0, std::max(height, ImGui::GetFontSize() * 6)))) return;
  constexpr float kWeights[kColumns] = {2.4f, 1.6f, 1.5f, 0.8f, 0.6f, 0.6f, 1.0f, 0.9f, 0.9f, 1.3f, 2.0f};
  for (int c = 0; c < kColumns; ++c) {
    ImGuiTableColumnFlags f = ImGuiTableColumnFlags_WidthStretch;
    if (static_cast<WorkbenchColumn>(c) == workbench_.sort_column())
      f |= ImGuiTableColumnFlags_DefaultSort | (workbench_.sort_ascending() ? 0 : ImGuiTableColumnFlags_PreferSortDescending);
    ImGui::TableSetupColumn(kWorkbenchColumns[c].label, f, kWeights[c]);
  }
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableHeadersRow();
  // The header shows the model's order (also when Alt+S changed it); a click on a header sorts the model.
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs()) {
    const int shown = specs->SpecsCount > 0 ? specs->Specs[0].ColumnIndex : -1;
    const bool shown_up = specs->SpecsCount > 0 && specs->Specs[0].SortDirection == ImGuiSortDirection_Ascending;
    if (specs->SpecsDirty && specs->SpecsCount > 0 &&
        (shown != static_cast<int>(workbench_.sort_column()) || shown_up != workbench_.sort_ascending())) {
      workbench_.sort_by(static_cast<WorkbenchColumn>(shown), shown_up);
    } else if (shown != static_cast<int>(workbench_.sort_column()) || shown_up != workbench_.sort_ascending()) {
      ImGui::TableSetColumnSortDirection(static_cast<int>(workbench_.sort_column()),
                                         workbench_.sort_ascending() ? ImGuiSortDirection_Ascending : ImGuiSortDirection_Descending,
                                         false);
    }
    specs->SpecsDirty = false;
  }

  const std::vector<size_t>& order = workbench_.order();
  const bool done = !workbench_.busy();
  // While files are still read, the rows are those read so far, in the order given.
  const size_t rows = done ? order.size() : workbench_.size();
  int reveal = -1;
  if (workbench_reveal_ && workbench_.selected() >= 0 && done) {
    const auto at = std::find(order.begin(), order.end(), static_cast<size_t>(workbench_.selected()));
    if (at != order.end()) reveal = static_cast<int>(at - order.begin());
  }
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows));
  if (reveal >= 0) clipper.IncludeItemByIndex(reveal);
  while (clipper.Step()) {
    for (int pos = clipper.DisplayStart; pos < clipper.DisplayEnd; ++pos) {
      const size_t i = done ? order[static_cast<size_t>(pos)] : static_cast<size_t>(pos);
      const WorkbenchUnit& u = workbench_.unit(i);
      const BatchRow* row = done && i < workbench_.result().rows.size() ? &workbench_.result().rows[i] : nullptr;
      ImGui::TableNextRow();
      if (!u.input.report || (row && !row->verdict.passes()))
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, IM_COL32(253, 228, 228, 255));
      ImGui::PushID(static_cast<int>(i));
      for (int c = 0; c < kColumns; ++c) {
        ImGui::TableNextColumn();
        const std::string text = workbench_.cell_text(i, static_cast<WorkbenchColumn>(c));
        if (c == 0) {
          const bool selected = workbench_.selected() == static_cast<int>(i);
          if (ImGui::Selectable(text.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowDoubleClick)) {
            workbench_.select(static_cast<int>(i));
            if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) open_workbench_unit(i);
          }
          if (pos == reveal) ImGui::SetScrollHereY(0.5f);
          continue;
        }
        const auto col = static_cast<WorkbenchColumn>(c);
        const bool bad = (col == WorkbenchColumn::Errors && text != "0") || (col == WorkbenchColumn::Late && text.rfind("逾期", 0) == 0) ||
                         text == "不在名单" || text.rfind("退回", 0) == 0;
        if (bad)
          ImGui::TextColored(kRed, "%s", text.c_str());
        else if (text == "通过" || text == "按期" || text == "已配对")
          ImGui::TextColored(kGreen, "%s", text.c_str());
        else
          ImGui::TextUnformatted(text.c_str());
      }
      ImGui::PopID();
    }
  }
  if (reveal >= 0) workbench_reveal_ = false;
  ImGui::EndTable();
  loc_.item("wb.table");
}

void Editor::draw_workbench_roster() {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("名单");
  ImGui::SameLine();
  if (ImGui::SmallButton("打开名单文件… (Alt+M)")) pick_file(kRosterAccept, platform::FileUse::Roster);
  loc_.item("wb.roster.file");
  ImGui::SameLine();
  if (ImGui::SmallButton("应用名单 (Alt+A)")) apply_workbench_roster();
  loc_.item("wb.roster.apply");
  ImGui::SameLine();
  ImGui::TextDisabled("Alt+Q 到名单框");
  const float h = ImGui::GetFontSize() * 5.5f;
  platform::text_area("wb.roster", workbench_roster_text_, h, kRosterPlaceholder);
  loc_.item("wb.roster");
  const BatchResult& r = workbench_.result();
  if (!workbench_.has_roster() || workbench_.busy()) return;
  auto list = [](const std::vector<std::string>& names) {
    std::string s;
    for (size_t k = 0; k < names.size() && k < 30; ++k) s += (k ? "、" : "") + names[k];
    if (names.size() > 30) s += " 等";
    return s;
  };
  ImGui::PushTextWrapPos(0);
  ImGui::Text("名单 %zu 个单位：未提交 %zu 个，不在名单中的报告 %zu 个", workbench_.roster_size(), r.missing.size(), r.unlisted.size());
  if (!r.missing.empty()) ImGui::TextColored(kRed, "未提交：%s", list(r.missing).c_str());
  if (!r.unlisted.empty()) ImGui::TextColored(kOrange, "不在名单中：%s", list(r.unlisted).c_str());
  ImGui::PopTextWrapPos();
  loc_.item("wb.coverage");
}

void Editor::apply_workbench_roster() {
  if (std::string error = workbench_.set_roster(workbench_roster_text_); !error.empty())
    set_workbench_message("名单有误：" + error + "（名单未改动）", true);
  else
    set_workbench_message(workbench_.has_roster() ? "已应用名单：" + std::to_string(workbench_.roster_size()) + " 个单位"
                                                  : std::string("已取消名单"),
                          false);
}

void Editor::draw_workbench_unit() {
  const int sel = workbench_.selected();
  if (sel < 0) {
    ImGui::TextDisabled("选择表中的一个单位（↑↓ 键或单击）查看校验结果、退回或通过");
    return;
  }
  const auto i = static_cast<size_t>(sel);
  const WorkbenchUnit& u = workbench_.unit(i);
  const BatchRow* row = !workbench_.busy() && i < workbench_.result().rows.size() ? &workbench_.result().rows[i] : nullptr;
  // The unit's findings and review history take what the review controls below leave.
  const float controls = ImGui::GetTextLineHeightWithSpacing() + ImGui::GetFontSize() * 3.2f +
                         ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y * 3;
  ImGui::BeginChild("##wb.unit", ImVec2(0, std::max(ImGui::GetFontSize() * 4.2f, ImGui::GetContentRegionAvail().y - controls)));
  ImGui::PushTextWrapPos(0);
  ImGui::Text("%s", u.input.report ? u.report.title().c_str() : u.file.c_str());
  ImGui::TextDisabled("文件：%s%s", u.file.c_str(), u.note.empty() ? "" : ("（" + u.note + "）").c_str());
  if (!u.input.report) ImGui::TextColored(kRed, "无法读取：%s", u.input.error.c_str());
  if (row && u.input.report) {  // a file not read has no verdict: nothing was checked
    if (!row->duplicate_of.empty()) ImGui::TextColored(kOrange, "与 %s 为同一机关同一年度", row->duplicate_of.c_str());
    if (!row->previous.empty()) ImGui::TextDisabled("上年报告：%s", row->previous.c_str());
    ImGui::TextColored(row->verdict.passes() ? kGreen : kRed, "%s", verdict_line(row->verdict).c_str());
    loc_.item("wb.verdict");
    int shown = 0;
    for (const Finding& f : row->findings) {
      if (f.dismissed || f.severity == Severity::Info || shown >= 6) continue;
      ImGui::BulletText("%s", f.message.c_str());
      ++shown;
    }
  }
  for (auto e = u.report.review.history.rbegin(); e != u.report.review.history.rend(); ++e)
    ImGui::TextColored(e->status == "returned" ? kOrange : kGrey, "%s %s%s%s：%s", e->at.c_str(),
                       std::string(review_status_label(e->status)).c_str(), e->by.empty() ? "" : " · ", e->by.c_str(),
                       e->comment.c_str());
  ImGui::PopTextWrapPos();
  ImGui::EndChild();
  ImGui::TextUnformatted("审核意见 (Alt+K)");
  platform::text_area("wb.comment", workbench_comment_, ImGui::GetFontSize() * 3.2f, "退回时写明需要修改的内容");
  loc_.item("wb.comment");
  draw_workbench_field(WorkbenchField::By, "审核人 (Alt+U)", "##wb.by", workbench_by_, "可不填", 8);
  loc_.item("wb.by");
  ImGui::SameLine();
  ImGui::BeginDisabled(!u.input.report);
  if (ImGui::Button("退回 (Alt+T)")) workbench_review("returned");
  loc_.item("wb.return");
  ImGui::SameLine();
  if (ImGui::Button("通过 (Alt+Y)")) workbench_review("accepted");
  loc_.item("wb.accept");
  ImGui::SameLine();
  if (ImGui::Button("下载 JSON (Alt+J)")) workbench_download_unit();
  loc_.item("wb.download");
  ImGui::SameLine();
  if (ImGui::Button("在编辑器中打开 (Enter)")) open_workbench_unit(i);
  loc_.item("wb.edit");
  ImGui::EndDisabled();
}

}  // namespace nianbao::ui
