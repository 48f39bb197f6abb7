// editor.cpp — the editor's life cycle: start (settings, crash buffer), frame, refresh after each
// change (findings, caches, autosave), file actions and the automation API.
//
// Index
//   create_app / Editor() ..... settings, crash-buffer offer
//   frame ...................... window layout: toolbar, main area, findings panel, status line
//   refresh .................... everything derived from the report, only when it changed
//   actions .................... replace, save, undo/redo, font size, focus a finding
//   automation API ............. open_file, load_report, report_json, findings_json, locate
#include "editor.h"

#include <algorithm>

#include "cell_input.h"
#include "imgui.h"
#include "platform.h"
#include "rules.h"

namespace nianbao::ui {

std::unique_ptr<App> create_app() { return std::make_unique<Editor>(); }

namespace {

Report blank_report() { return new_report(FormatVersion::v2021, 0, ""); }

}  // namespace

Editor::Editor() : doc_(blank_report()) {
  if (auto saved = platform::storage_get(kFontKey)) {
    const float size = std::strtof(saved->c_str(), nullptr);
    if (size >= kMinFont && size <= kMaxFont) font_size_ = size;
  }
  // Offer the crash buffer when it holds a readable report that is not simply blank.
  if (auto buffer = platform::storage_get(Autosave::kKey)) {
    LoadResult r = load_report_json(*buffer);
    if (r.ok && save_report_json(r.report) != save_report_json(blank_report())) restore_json_ = *buffer;
  }
  refresh();
}

// ---------------------------------------------------------------------------------------------
// frame

void Editor::frame() {
  if (!style_applied_) {
    ImGui::StyleColorsLight();
    style_applied_ = true;
  }
  refresh();
  loc_.begin_frame(doc_.report().cells.size());
  ImGui::PushFont(nullptr, font_size_);
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  ImGui::Begin("##nianbao", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar);
  handle_shortcuts();
  draw_toolbar();

  const float status_h = ImGui::GetFrameHeightWithSpacing() + 4;
  const float avail_h = ImGui::GetContentRegionAvail().y - status_h;
  const float panel_w = std::clamp(ImGui::GetContentRegionAvail().x * 0.28f, 260.f, 460.f);
  const float main_w = ImGui::GetContentRegionAvail().x - panel_w - ImGui::GetStyle().ItemSpacing.x;

  ImGui::BeginChild("main", ImVec2(main_w, avail_h), ImGuiChildFlags_Borders, ImGuiWindowFlags_HorizontalScrollbar);
  if (scroll_to_y_ >= 0) {
    ImGui::SetScrollY(std::max(0.f, scroll_to_y_ - ImGui::GetWindowHeight() * 0.3f));
    scroll_to_y_ = -1;
  }
  handle_cell_keys();
  draw_meta();
  for (const auto& s : doc_.report().def().sections) {
    ImGui::Spacing();
    ImGui::PushFont(nullptr, font_size_ * 1.15f);
    ImGui::TextUnformatted(s.heading.c_str());
    ImGui::PopFont();
    loc_.item(s.key.c_str());
    if (s.kind == SectionKind::Narrative)
      draw_narrative(s);
    else
      draw_table(s.table);
  }
  ImGui::Dummy(ImVec2(1, ImGui::GetTextLineHeight() * 4));
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("findings", ImVec2(0, avail_h), ImGuiChildFlags_Borders);
  draw_findings();
  ImGui::EndChild();
  draw_status();

  draw_new_dialog();
  draw_restore_dialog();
  draw_dismiss_dialog();
  ImGui::End();
  ImGui::PopFont();

  refresh();  // edits of this frame are checked before the automation API or the next frame reads them
  const double wait = autosave_.tick(platform::now_seconds(), json_cache_);
  if (wait >= 0) platform::request_frame_after(wait);
  if (!highlight_.empty()) {
    const double left = highlight_until_ - platform::now_seconds();
    if (left <= 0)
      highlight_.clear();
    else
      platform::request_frame_after(left);
  }
}

// ---------------------------------------------------------------------------------------------
// refresh

void Editor::refresh() {
  if (seen_revision_ == doc_.revision()) return;
  const bool first = seen_revision_ == 0;
  seen_revision_ = doc_.revision();
  const Report& r = doc_.report();
  findings_ = check_report(r);
  const Verdict v = summarize(findings_);
  verdict_ = verdict_line(v);
  verdict_pass_ = v.passes();

  cell_texts_.resize(r.cells.size());
  for (size_t i = 0; i < r.cells.size(); ++i) cell_texts_[i] = cell_text(r.cells[i]);
  cell_finding_.assign(r.cells.size(), -1);
  for (size_t fi = 0; fi < findings_.size(); ++fi) {
    const Finding& f = findings_[fi];
    if (f.dismissed) continue;
    for (const auto& code : f.cells) {
      const int c = r.def().cell_index(code);
      if (c < 0) continue;
      int& worst = cell_finding_[static_cast<size_t>(c)];
      if (worst < 0 || f.severity < findings_[static_cast<size_t>(worst)].severity) worst = static_cast<int>(fi);
    }
  }
  finding_lines_.clear();
  findings_width_ = 0;
  if (active_cell_ >= static_cast<int>(r.cells.size())) active_cell_ = -1;
  sync_buffers();
  json_cache_ = save_report_json(r);
  platform::set_unsaved_changes(doc_.dirty());
  if (!first) autosave_.changed(platform::now_seconds());
}

// ---------------------------------------------------------------------------------------------
// actions

void Editor::replace_report(const char* label, Report r, bool clean) {
  active_cell_ = -1;
  highlight_.clear();
  doc_.replace(label, std::move(r), clean);
  refresh();
}

void Editor::save() {
  const Report& r = doc_.report();
  const std::string name = (r.year > 0 ? std::to_string(r.year) + "年" : std::string()) +
                           (r.agency.empty() ? std::string("未命名机关") : r.agency) + "政府信息公开工作年度报告.json";
  platform::download(name, "application/json", json_cache_);
  doc_.mark_saved();
  platform::set_unsaved_changes(false);
  status_ = "已保存为 " + name + "（浏览器的下载文件夹）";
  status_error_ = false;
}

void Editor::set_font_size(float size) {
  font_size_ = std::clamp(size, kMinFont, kMaxFont);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f", font_size_);
  platform::storage_set(kFontKey, buf);
}

void Editor::undo() {
  active_cell_ = -1;
  const std::string label = doc_.undo_label();
  if (doc_.undo()) {
    status_ = "已撤销：" + label;
    status_error_ = false;
  }
  refresh();
}

void Editor::redo() {
  active_cell_ = -1;
  const std::string label = doc_.redo_label();
  if (doc_.redo()) {
    status_ = "已重做：" + label;
    status_error_ = false;
  }
  refresh();
}

void Editor::focus_finding(int index) {
  if (index < 0 || static_cast<size_t>(index) >= findings_.size()) return;
  const Finding& f = findings_[static_cast<size_t>(index)];
  const FormatDef& def = doc_.report().def();
  highlight_.clear();
  for (const auto& code : f.cells)
    if (int c = def.cell_index(code); c >= 0) highlight_.push_back(c);
  highlight_until_ = platform::now_seconds() + 4.0;
  if (!highlight_.empty()) {
    const auto first = static_cast<size_t>(highlight_.front());
    if (first < cell_content_y_.size()) scroll_to_y_ = cell_content_y_[first];
    return;
  }
  const std::string* text = doc_.report().narrative(f.section);
  const int n = narrative_index(f.section);
  if (text && n >= 0) {
    scroll_to_y_ = narrative_content_y_[n];
    const size_t at = f.quote.empty() ? std::string::npos : text->find(f.quote);
    if (at != std::string::npos) platform::text_area_select(kNarrativeKeys[n], at, at + f.quote.size());
  }
}

// ---------------------------------------------------------------------------------------------
// automation API

std::string Editor::open_file(const std::string& name, const std::string& bytes) {
  const std::string error = load_report(bytes);
  if (!error.empty()) {
    status_ = "无法打开 " + name + "：" + error;
    status_error_ = true;
    return status_;
  }
  status_ = "已打开 " + name;
  return {};
}

std::string Editor::load_report(std::string_view json) {
  LoadResult r = load_report_json(json);
  if (!r.ok) {
    status_ = "无法读取报告：" + r.error + "（当前报告未改动）";
    status_error_ = true;
    return r.error;
  }
  replace_report("打开报告", std::move(r.report), true);
  status_ = "已读取报告";
  status_error_ = false;
  return {};
}

std::string Editor::report_json() const { return json_cache_; }

std::string Editor::findings_json() const {
  nlohmann::ordered_json a = nlohmann::ordered_json::array();
  for (const auto& f : findings_) a.push_back(f.to_json());
  return a.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string Editor::locate(std::string_view target) const {
  const int c = doc_.report().def().cell_index(target);
  if (c >= 0) return loc_.find_cell(c);
  return loc_.find_named(target);
}

}  // namespace nianbao::ui
