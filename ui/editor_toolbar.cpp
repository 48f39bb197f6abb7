// editor_toolbar.cpp — the toolbar (file actions, examples, undo/redo, font size), keyboard shortcuts
// and the status line (verdict, unsaved changes, crash buffer, last action).
#include <cstdio>
#include <ctime>
#include <utility>

#include "editor.h"
#include "examples.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "platform.h"
#include "widgets.h"

namespace nianbao::ui {

namespace {

/// 打开 / Ctrl+O: report JSON, and Word documents, which officers also think of as "opening" (imported).
constexpr const char* kOpenAccept = ".json,.docx,.doc,.wps";

/// Starts a new toolbar row when an item `width` wide would not fit on this one (narrow windows, large 字号).
void wrap_before(float width) {
  if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
}

/// A toolbar button recorded under `id` for locate(); disabled buttons are drawn but do nothing.
bool tool_button(Locator& loc, const char* label, const char* id, bool enabled = true, const char* tip = nullptr) {
  wrap_before(ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2);
  ImGui::BeginDisabled(!enabled);
  const bool pressed = ImGui::Button(label);
  ImGui::EndDisabled();
  loc.item(id);
  if (tip && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tip);
  ImGui::SameLine();
  return pressed;
}

void separator() {
  ImGui::TextDisabled("|");
  ImGui::SameLine();
}

}  // namespace

void Editor::show_example(FormatVersion format, bool ask) {
  replace_report({"打开示例报告", example_report(format), true,
                  "已打开 " + std::string(format_name(format)) + " 年格式示例报告（虚构机关）", {}},
                 ask);
}

void Editor::open_new_dialog() {
  new_dialog_open_ = true;
  // The report covers the year before publication: propose last calendar year.
  const std::time_t now = std::time(nullptr);
  const std::tm* local = std::localtime(&now);
  new_year_ = local ? local->tm_year + 1900 - 1 : 2024;
  std::snprintf(new_agency_, sizeof new_agency_, "%s", doc_.report().agency.c_str());
  new_kind_ = 0;
  for (size_t k = 0; k < agency_kinds().size(); ++k)
    if (agency_kinds()[k].kind == doc_.report().agency_kind) new_kind_ = static_cast<int>(k);
}

void Editor::draw_toolbar() {
  if (tool_button(loc_, "新建 (Alt+C)", "new", true, "新建一份空白报告（当前报告可用“撤销”找回）")) open_new_dialog();
  if (tool_button(loc_, "打开", "open", true, "打开报告 JSON 文件或 Word 文档（Ctrl+O；也可把文件拖到页面上）"))
    pick_file(kOpenAccept);
  if (tool_button(loc_, "导入网页或文本", "import", true, "读取已发布年报：保存的网页（.html）、Word 文档（.docx）、文本文件，或粘贴复制的文字"))
    ImGui::OpenPopup("import-menu");
  if (ImGui::BeginPopup("import-menu")) {
    if (ImGui::Selectable("打开网页、Word 或文本文件（.html / .docx / .txt）…"))
      pick_file(".html,.htm,.txt,.docx,.doc,.wps");
    loc_.item("import.file");
    if (ImGui::Selectable("粘贴复制的文字…")) paste_import_open_ = true;
    loc_.item("import.paste");
    ImGui::EndPopup();
  }
  if (tool_button(loc_, "保存 (Ctrl+S)", "save", true, "下载报告 JSON 文件")) save();
  if (tool_button(loc_, "导出…", "export")) ImGui::OpenPopup("export-menu");
  if (ImGui::BeginPopup("export-menu")) {
    if (ImGui::Selectable("导出网页（可发布，官方格式）")) export_html(false);
    loc_.item("export.html");
    if (ImGui::Selectable("导出网页（附校验结果，供审核）")) export_html(true);
    loc_.item("export.review");
    if (ImGui::Selectable("导出 Word 文档（.docx，官方格式）")) export_docx();
    loc_.item("export.docx");
    ImGui::EndPopup();
  }
  if (tool_button(loc_, "打印", "print", true, "打印官方格式的报告（Ctrl+P）")) print_report();
  if (tool_button(loc_, workbench_view_ ? "返回报告 (Alt+W)" : "汇总/审核 (Alt+W)", "workbench", true,
                  "汇总/审核工作台：一次打开多个单位的报告，逐一校验、退回或通过，生成汇总报告"))
    workbench_view_ ? void(workbench_view_ = false) : back_to_workbench();
  separator();
  if (tool_button(loc_, "示例报告 2021", "example.2021", true, "2021 年格式示例（虚构机关，含几处故意的错误）"))
    show_example(FormatVersion::v2021, true);
  if (tool_button(loc_, "示例报告 2019", "example.2019", true, "2019 年格式示例（虚构机关，含几处故意的错误）"))
    show_example(FormatVersion::v2019, true);
  separator();
  char tip[256];
  std::snprintf(tip, sizeof tip, "撤销：%s (Ctrl+Z)", doc_.undo_label().c_str());
  if (tool_button(loc_, "撤销", "undo", doc_.can_undo(), tip)) undo();
  std::snprintf(tip, sizeof tip, "重做：%s (Ctrl+Y)", doc_.redo_label().c_str());
  if (tool_button(loc_, "重做", "redo", doc_.can_redo(), tip)) redo();
  separator();
  // 字号 − 16 + stays together.
  wrap_before(ImGui::CalcTextSize("字号 − 00 +").x + ImGui::GetStyle().FramePadding.x * 4 + ImGui::GetStyle().ItemSpacing.x * 3);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("字号");
  ImGui::SameLine();
  if (tool_button(loc_, "−", "font.smaller", font_size_ > kMinFont)) set_font_size(font_size_ - 1);
  ImGui::Text("%.0f", font_size_);
  ImGui::SameLine();
  if (tool_button(loc_, "+", "font.larger", font_size_ < kMaxFont)) set_font_size(font_size_ + 1);
  ImGui::NewLine();
}

void Editor::handle_shortcuts() {
  const ImGuiIO& io = ImGui::GetIO();
  if (!workbench_view_ && alt_chord_pressed(ImGuiMod_Alt | ImGuiKey_C) &&
      !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel))
    open_new_dialog();
  if (alt_chord_pressed(ImGuiMod_Alt | ImGuiKey_I)) {
    show_checklist_ = !checklist_.empty();
    if (checklist_.empty()) {
      status_ = "没有导入核对清单：它在导入已发布的报告后出现";
      status_error_ = false;
    }
  }
  // The tables read every key themselves (editor_cells.cpp); so does the workbench (workbench_view.cpp).
  if (cells_focused_ || workbench_view_) return;
  // Tab with the keyboard nowhere yet (the page just opened, a click on empty space): the route starts at
  // 机关名称 (Shift+Tab: at 六、其他需要报告的事项, its end).
  if (ImGui::IsKeyPressed(ImGuiKey_Tab, false) && ImGui::GetActiveID() == 0 &&
      !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel)) {
    if (io.KeyShift)
      enter_section(static_cast<int>(doc_.report().def().sections.size()) - 1, -1);
    else
      focus_field_ = FieldFocus::Agency;
  }
  if (ImGui::IsKeyPressed(ImGuiKey_F8, false)) step_finding(!io.KeyShift);
  if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_S)) save();
  if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_O)) pick_file(kOpenAccept);
  if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_P)) print_report();
  if (io.WantTextInput) return;  // text fields handle their own undo
  if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Z)) undo();
  if (ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiKey_Y) || ImGui::IsKeyChordPressed(ImGuiMod_Ctrl | ImGuiMod_Shift | ImGuiKey_Z))
    redo();
}

namespace {

/// What the status line says about the crash buffer, and whether it is a failure (drawn in red).
std::pair<const char*, bool> autosave_text(Autosave::Status status) {
  switch (status) {
    case Autosave::Status::Idle: return {"崩溃恢复缓存：无待写内容", false};
    case Autosave::Status::Pending: return {"崩溃恢复缓存：即将写入…", false};
    case Autosave::Status::Written: return {"崩溃恢复缓存：已写入本浏览器（不能代替保存文件）", false};
    case Autosave::Status::Failed: return {"崩溃恢复缓存写入失败（浏览器存储已满或被禁用），请尽快保存文件", true};
  }
  return {"", false};
}

constexpr const char* kBar = " | ";

}  // namespace

Editor::SaveState Editor::save_state() const {
  if (doc_.dirty()) return {"● 有未保存的修改", true, false};
  // The report is in its file, but units edited or reviewed in the workbench exist only in this page.
  if (const size_t n = workbench_.not_downloaded().size())
    return {"● 汇总/审核中 " + std::to_string(n) + " 份未下载", true, true};
  return {"已保存", false, false};
}

float Editor::status_height(float width) {
  // The last message follows the verdict on one line when it fits; otherwise it gets lines of its own,
  // wrapped, so that it is never cut at the window's edge.
  const ImGuiStyle& style = ImGui::GetStyle();
  const float line = ImGui::GetFrameHeightWithSpacing() + 4;
  status_wraps_ = false;
  if (status_.empty()) return line;
  const float fixed = ImGui::CalcTextSize(verdict_.c_str()).x + ImGui::CalcTextSize(save_state().text.c_str()).x +
                      ImGui::CalcTextSize(autosave_text(autosave_.status()).first).x +
                      3 * ImGui::CalcTextSize(kBar).x + 6 * style.ItemSpacing.x;
  if (fixed + ImGui::CalcTextSize(status_.c_str()).x <= width) return line;
  status_wraps_ = true;
  return line + ImGui::CalcTextSize(status_.c_str(), nullptr, false, width).y + style.ItemSpacing.y;
}

void Editor::draw_status() {
  ImGui::Separator();
  ImGui::TextColored(verdict_color(), "%s", verdict_.c_str());
  ImGui::SameLine();
  ImGui::TextDisabled("|");
  ImGui::SameLine();
  const SaveState state = save_state();
  if (state.unsaved)
    ImGui::TextColored(ImVec4(0.75f, 0.45f, 0, 1), "%s", state.text.c_str());
  else
    ImGui::TextDisabled("%s", state.text.c_str());
  loc_.item(state.workbench ? "dirty.workbench" : "dirty");
  ImGui::SameLine();
  ImGui::TextDisabled("|");
  ImGui::SameLine();
  const auto [saved, failed] = autosave_text(autosave_.status());
  if (failed)
    ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s", saved);
  else
    ImGui::TextDisabled("%s", saved);
  if (!status_.empty()) {
    if (!status_wraps_) {
      ImGui::SameLine();
      ImGui::TextDisabled("|");
      ImGui::SameLine();
    }
    ImGui::PushTextWrapPos(status_wraps_ ? 0.f : -1.f);
    if (status_error_)
      ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s", status_.c_str());
    else
      ImGui::TextUnformatted(status_.c_str());
    ImGui::PopTextWrapPos();
  }
  loc_.item("status");
}

}  // namespace nianbao::ui
