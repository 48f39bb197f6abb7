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

#include "autofill.h"
#include "cell_input.h"
#include "nianbao/docx.h"
#include "nianbao/html_render.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "platform.h"
#include "nianbao/rules.h"
#include "nianbao/text.h"

namespace nianbao::ui {

std::unique_ptr<App> create_app() { return std::make_unique<Editor>(); }

namespace {

Report blank_report() { return new_report(format_for_year(0), 0, ""); }

}  // namespace

Editor::Editor() : doc_(blank_report()) {
  if (auto saved = platform::storage_get(kFontKey)) {
    const float size = std::strtof(saved->c_str(), nullptr);
    if (size >= kMinFont && size <= kMaxFont) font_size_ = size;
  }
  take_restore_offers_once_ready();
  // Not checked here: the first frame checks whatever report it shows (a file or an example opened at start
  // replaces the blank one before any frame, and the blank one is then never checked).
}

void Editor::take_restore_offers_once_ready() {
  if (restore_offers_taken_ || !platform::crash_buffers_ready()) return;
  restore_offers_taken_ = true;
  restore_offers_ = take_restore_offers();
}

// ---------------------------------------------------------------------------------------------
// frame

void Editor::before_frame() {
  // ImGui spreads fast input over frames (a key press per frame) so that widgets polling key states see
  // every press. The tables read the event trail in order instead, so while they own the keyboard all
  // queued keys are taken in one frame: typing speed no longer depends on the frame rate. A mouse click
  // still needs its press and release in different frames.
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  bool click = false;
  for (const ImGuiInputEvent& e : g.InputEventsQueue) click |= e.Type == ImGuiInputEventType_MouseButton;
  ImGui::GetIO().ConfigInputTrickleEventQueue = !cells_focused_ || click;
}

void Editor::frame() {
  if (!style_applied_) {
    ImGui::StyleColorsLight();
    style_applied_ = true;
  }
  take_restore_offers_once_ready();
  refresh();
  loc_.begin_frame(doc_.report().cells.size());
  ImGui::PushFont(nullptr, font_size_);
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  ImGui::Begin("##nianbao", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar);
  take_text_area_tabs();             // before any key of this frame is read: they follow the Tab
  cells_had_keys_ = cells_focused_;  // this frame's keys go either to the shortcuts or to the tables
  handle_workbench_shortcuts();
  handle_year_shortcuts();
  handle_shortcuts();
  draw_toolbar();

  step_workbench();
  if (workbench_view_) {
    draw_workbench();
  } else {
    const float status_h = status_height(ImGui::GetContentRegionAvail().x);
    const float avail_h = ImGui::GetContentRegionAvail().y - status_h;
    const float panel_w = std::clamp(ImGui::GetContentRegionAvail().x * 0.28f, 260.f, 460.f);
    const float main_w = ImGui::GetContentRegionAvail().x - panel_w - ImGui::GetStyle().ItemSpacing.x;

    // The vertical scrollbar is always there, so the content width never changes when it appears.
    ImGui::BeginChild("main", ImVec2(main_w, avail_h), ImGuiChildFlags_Borders,
                      ImGuiWindowFlags_HorizontalScrollbar | ImGuiWindowFlags_AlwaysVerticalScrollbar);
    if (scroll_to_y_ >= 0) {
      ImGui::SetScrollY(std::max(0.f, scroll_to_y_ - ImGui::GetWindowHeight() * 0.3f));
      scroll_to_y_ = -1;
    }
    handle_cell_keys();
    draw_report_notice();
    draw_previous_bar();
    if (compare_view_) {
      draw_compare_view();
    } else {
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
    }
    ImGui::Dummy(ImVec2(1, ImGui::GetTextLineHeight() * 4));
    draw_cell_menu();
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("findings", ImVec2(0, avail_h), ImGuiChildFlags_Borders);
    if (!checklist_.empty() && ImGui::BeginTabBar("##side")) {
      if (ImGui::BeginTabItem("校验结果 (F8)###findings", nullptr, show_findings_tab_ ? ImGuiTabItemFlags_SetSelected : 0)) {
        draw_findings();
        ImGui::EndTabItem();
      }
      loc_.item("tab.findings");
      const int open = checklist_open_count();
      const std::string label = (open ? "导入核对（" + std::to_string(open) + "）" : std::string("导入核对")) + " (Alt+I)###checklist";
      if (ImGui::BeginTabItem(label.c_str(), nullptr, show_checklist_ ? ImGuiTabItemFlags_SetSelected : 0)) {
        draw_import_checklist();
        ImGui::EndTabItem();
      }
      loc_.item("tab.checklist");
      show_checklist_ = show_findings_tab_ = false;
      ImGui::EndTabBar();
    } else {
      draw_findings();
    }
    ImGui::EndChild();
  }
  draw_status();

  draw_new_dialog();
  draw_restore_dialog();
  draw_paste_import_dialog();
  draw_replace_dialog();
  draw_dismiss_dialog();
  draw_publish_dialog();
  draw_workbench_clear_dialog();
  end_frame_cells();
  ImGui::End();
  ImGui::PopFont();

  refresh();  // edits of this frame are checked before the automation API or the next frame reads them
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  if (display.x != last_display_size_.x || display.y != last_display_size_.y || font_size_ != last_font_size_) {
    last_font_size_ = font_size_;
    last_display_size_ = display;
    settle_frames_ = 3;
  }
  if (settle_frames_ > 0) {
    --settle_frames_;
    platform::request_frame_after(0);
  }
  // The first frame is drawn before the report's JSON is made (in the browser, making it the first time
  // costs ~50 ms of compiling): it is needed only once the user acts, and is kept current from the next frame.
  if (ImGui::GetFrameCount() > 1) {
    const double wait = autosave_.tick(platform::now_seconds(), current_json());
    if (wait >= 0) platform::request_frame_after(wait);
  }
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
  if (seen_revision_ == doc_.revision() && seen_previous_revision_ == previous_revision_) return;
  const bool first = seen_revision_ == 0;
  settle_frames_ = 3;
  seen_revision_ = doc_.revision();
  seen_previous_revision_ = previous_revision_;
  const Report& r = doc_.report();
  findings_ = check_report(r, previous_ ? &*previous_ : nullptr);
  const Verdict v = summarize(findings_);
  verdict_ = verdict_line(v);
  verdict_pass_ = v.passes();
  verdict_unfinished_ = false;
  // A report still being filled in (only empty fields and cells stand in the way) is told what is left,
  // not greeted with errors.
  size_t empty_meta = 0, empty_cells = 0;
  bool only_empty = !verdict_pass_;
  for (const Finding& f : findings_) {
    if (f.dismissed || (f.severity != Severity::Error && f.severity != Severity::Inconsistency)) continue;
    if (f.rule == "M1")
      ++empty_meta;
    else if (f.rule == "E1")
      empty_cells += f.cells.size();
    else
      only_empty = false;
  }
  if (only_empty) {
    verdict_unfinished_ = true;
    verdict_ = "待填写：" + (empty_meta ? "基本信息 " + std::to_string(empty_meta) + " 项" : std::string()) +
               (empty_meta && empty_cells ? "，" : "") +
               (empty_cells ? "表格 " + std::to_string(empty_cells) + " 格（未发生的填 0）" : std::string());
  }

  // A linked total stays linked only while it holds its derivation (an undo or another report ends it).
  linked_totals_.erase(std::remove_if(linked_totals_.begin(), linked_totals_.end(),
                                      [&](int c) {
                                        return static_cast<size_t>(c) >= r.cells.size() || !r.cells[static_cast<size_t>(c)].filled ||
                                               r.cells[static_cast<size_t>(c)] != derived_value(r, c);
                                      }),
                       linked_totals_.end());
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
  if (cursor_ >= static_cast<int>(r.cells.size())) {  // another format's report came in
    cursor_ = extent_ = -1;
    editing_ = cells_focused_ = false;
  }
  sync_buffers();
  update_checklist();
  title_ = r.title();
  json_stale_ = true;
  warn_before_leaving();
  // Only unsaved work needs the crash buffer (a report just opened or saved is in a file already).
  if (!first && doc_.dirty()) autosave_.changed(platform::now_seconds());
}

// ---------------------------------------------------------------------------------------------
// actions

void Editor::replace_report(Replacement next, bool ask) {
  if (ask && doc_.dirty()) {
    pending_replacement_ = std::move(next);
    status_ = "当前报告有未保存的修改，请先选择是否保存";
    status_error_ = false;
    return;
  }
  perform_replacement(std::move(next));
}

void Editor::perform_replacement(Replacement next) {
  const bool was_dirty = doc_.dirty();
  // Unsaved work goes to the crash buffer now, before the new report could overwrite it.
  if (was_dirty) autosave_.write_now(current_json());
  leave_cells();
  cursor_ = extent_ = -1;
  highlight_.clear();
  doc_.replace(next.label, std::move(next.report), next.clean);
  workbench_replaced(next.label);
  const std::string previous_note = fit_previous_to_document(next.label);
  refresh();
  status_ = next.done + (was_dirty ? "（原报告未保存的修改可用“撤销”找回）" : "") + previous_note;
  status_error_ = false;
  start_checklist(next.log);  // an import's log becomes the checklist; another report ends the last one's
}

std::string Editor::file_name(const char* ext, const char* suffix) const {
  // The report's title (<机关><年度>年政府信息公开工作年度报告): the year between them keeps "…人民政府" from
  // running into "政府信息公开"; characters Windows refuses in file names become full-width.
  std::string name = (doc_.report().agency.empty() ? std::string("未命名机关") : std::string()) + title_;
  std::string out;
  for (const char c : name) {
    static constexpr std::string_view kBad = "\\/:*?\"<>|";
    const size_t bad = kBad.find(c);
    if (bad == std::string_view::npos) {
      out += c;
      continue;
    }
    static const char* const kFull[] = {"＼", "／", "：", "＊", "？", "＂", "＜", "＞", "｜"};
    out += kFull[bad];
  }
  return out + suffix + "." + ext;
}

void Editor::warn_before_leaving() {
  platform::set_unsaved_changes(save_state().unsaved);  // the status line and the browser say the same
}

void Editor::save() {
  const std::string name = file_name("json");
  platform::download(name, "application/json", current_json());
  doc_.mark_saved();
  autosave_.saved();
  warn_before_leaving();
  // A page cannot tell whether the browser really stored the download (a "save as" dialog may be cancelled),
  // so the message asks the officer to make sure.
  status_ = "已下载为 " + name + "（在浏览器的下载中；如浏览器询问保存位置，请确认已保存）";
  status_error_ = false;
}

void Editor::pick_file(const char* accept, platform::FileUse use) {
  if (platform::open_file_dialog(accept, use)) return;
  status_ = "浏览器没有打开选择文件的窗口（它只在按键或点击之后立即打开），请再按一次快捷键或点击按钮";
  status_error_ = true;
}

std::vector<int> Editor::publish_blockers() const {
  std::vector<int> out;
  for (size_t i = 0; i < findings_.size(); ++i) {
    const Finding& f = findings_[i];
    if (!f.dismissed && (f.severity == Severity::Error || f.severity == Severity::Inconsistency)) out.push_back(static_cast<int>(i));
  }
  return out;
}

void Editor::export_html(bool with_findings, bool confirmed) {
  if (!with_findings && !confirmed && !publish_blockers().empty()) {
    publish_confirm_open_ = true;  // draw_publish_dialog lists them: continue or cancel
    return;
  }
  RenderOptions options;
  options.include_findings = with_findings;
  if (with_findings) options.findings = findings_;
  // The review copy carries the findings: it must never be mistaken for the page to publish.
  const std::string name = file_name("html", with_findings ? "（校验结果）" : "");
  platform::download(name, "text/html", render_report_html(doc_.report(), options));
  status_ = "已导出网页 " + name;
  status_error_ = false;
}

void Editor::print_report() {
  end_edit();
  platform::print_html(render_report_html(doc_.report()));
  status_ = "已打开打印：官方格式的报告（不是编辑器画面）";
  status_error_ = false;
}

void Editor::export_docx() {
  const std::string name = file_name("docx");
  platform::download(name, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                     render_report_docx(doc_.report()));
  status_ = "已导出 Word 文档 " + name;
  status_error_ = false;
}

void Editor::set_font_size(float size) {
  font_size_ = std::clamp(size, kMinFont, kMaxFont);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f", font_size_);
  platform::storage_set(kFontKey, buf);
}

void Editor::undo() { history_step(false); }
void Editor::redo() { history_step(true); }

void Editor::history_step(bool forward) {
  editing_ = false;  // the cell shows the restored value
  const std::string label = forward ? doc_.redo_label() : doc_.undo_label();
  const bool other_report = forward ? doc_.redo_replaces() : doc_.undo_replaces();
  if (forward ? doc_.redo() : doc_.undo()) {
    status_ = (forward ? "已重做：" : "已撤销：") + label;
    status_error_ = false;
  }
  if (other_report) {
    // Another report came back: it is no workbench unit's (its edits must not be written into one), and last
    // year's report follows it as on opening.
    workbench_unit_ = -1;
    status_ += fit_previous_to_document({});
  }
  refresh();
}

void Editor::focus_finding(int index, bool cells_first) {
  if (index < 0 || static_cast<size_t>(index) >= findings_.size()) return;
  const Finding& f = findings_[static_cast<size_t>(index)];
  const FormatDef& def = doc_.report().def();
  highlight_.clear();
  for (const auto& code : f.cells)
    if (int c = def.cell_index(code); c >= 0) highlight_.push_back(c);
  highlight_until_ = platform::now_seconds() + 4.0;
  // A finding about prose selects its sentence (its cells, if any, are highlighted too);
  // a finding about tables scrolls to its first cell.
  const std::string* text = doc_.report().narrative(f.section);
  const int n = narrative_index(f.section);
  const size_t at = text && !f.quote.empty() ? text->find(f.quote) : std::string::npos;
  if (n >= 0 && at != std::string::npos && !(cells_first && !highlight_.empty())) {
    scroll_to_y_ = narrative_content_y_[n];
    platform::text_area_select(kNarrativeKeys[n], at, at + f.quote.size());
  } else if (!highlight_.empty()) {
    const auto first = static_cast<size_t>(highlight_.front());
    if (first < cell_content_y_.size()) scroll_to_y_ = cell_content_y_[first];
  } else if (n >= 0) {
    scroll_to_y_ = narrative_content_y_[n];
  }
}

void Editor::step_finding(bool forward) {
  const int n = static_cast<int>(findings_.size());
  for (int k = 1; k <= n; ++k) {
    const int i = ((current_finding_ + (forward ? k : -k)) % n + n) % n;
    if (findings_[static_cast<size_t>(i)].dismissed) continue;
    current_finding_ = i;
    show_findings_tab_ = true;
    focus_finding(i, true);
    if (!highlight_.empty()) select_cell(highlight_.front(), false);
    status_ = "第 " + std::to_string(i + 1) + " / " + std::to_string(n) + " 条：" + findings_[static_cast<size_t>(i)].message;
    status_error_ = false;
    return;
  }
  status_ = "没有待处理的校验结果";
  status_error_ = false;
}

// ---------------------------------------------------------------------------------------------
// automation API

std::string Editor::open_file(const std::string& name, const std::string& bytes) {
  if (workbench_view_) return workbench_file(platform::FileUse::Workbench, name, bytes);  // a file dropped on it
  // Notepad's "Unicode" is UTF-16 with a byte-order mark: converted, and the user told.
  const text::FromUtf16 utf16 = text::from_utf16(bytes);
  if (!utf16.error.empty()) {
    status_ = "无法打开 " + name + "：" + utf16.error + "（当前报告未改动）";
    status_error_ = true;
    return status_;
  }
  const std::string& content = utf16.utf16 ? utf16.text : bytes;
  const std::string note = utf16.utf16 ? "（此文件是 UTF-16 编码，已转换读取）" : "";
  const size_t first = content.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  const bool json = (name.size() >= 5 && name.compare(name.size() - 5, 5, ".json") == 0) ||
                    (first != std::string::npos && content[first] == '{');
  if (json) {
    const std::string error = open_json(content, "已打开 " + name + note, true, name);
    return error.empty() ? error : "无法打开 " + name + "：" + error;
  }
  return import_published(name, content, note);
}

std::string Editor::import_published(const std::string& name, std::string_view bytes, const std::string& note) {
  ImportResult r = import_report(bytes, name);
  // An older page in GBK: the browser decodes it (the core reads UTF-8 only), noted in the import log.
  if (!r.ok && r.legacy_encoding)
    if (std::optional<std::string> utf8 = platform::decode_gbk(std::string(bytes))) {
      r = import_report(*utf8, name);
      if (r.ok) r.log.insert(r.log.begin(), {ImportLevel::Info, "encoding", "文件为 GBK 编码，已转换为 UTF-8 后导入", {}});
    }
  if (!r.ok) {
    status_ = "无法从 " + name + " 导入报告：" + r.error + "（当前报告未改动）";
    status_error_ = true;
    return status_;
  }
  replace_report({r.source_kind == "docx" ? "导入 Word 文档" : "导入网页或文本", std::move(r.report), false,
                  "已从 " + name + " 导入" + note + "，请逐项核对导入记录和表格",
                  std::move(r.log)});
  return {};
}

std::string Editor::load_report(std::string_view json) { return open_json(json, "已读取报告", false); }

bool Editor::open_example(std::string_view format) {
  const std::optional<FormatVersion> version = parse_format_name(format);
  if (version) show_example(*version, false);
  return version.has_value();
}

std::string Editor::open_json(std::string_view json, const std::string& done, bool ask, const std::string& source) {
  LoadResult r = load_report_json(json);
  if (!r.ok) {
    status_ = (source.empty() ? std::string("无法读取报告：") : "无法打开 " + source + "：") + r.error + "（当前报告未改动）";
    status_error_ = true;
    return r.error;
  }
  replace_report({"打开报告", std::move(r.report), true, done, {}}, ask);
  return {};
}

std::string Editor::report_json() const { return current_json(); }

const std::string& Editor::current_json() const {
  if (json_stale_) {
    json_cache_ = save_report_json(doc_.report());
    json_stale_ = false;
  }
  return json_cache_;
}

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
