// editor.h — the editor application (ui::App): state shared by the drawing files.
//
// Files: editor.cpp (life cycle, frame, refresh after changes, automation API, file actions),
// editor_toolbar.cpp (toolbar, status line, shortcuts), editor_sections.cpp (metadata and prose),
// editor_tables.cpp (the three tables drawn), editor_cells.cpp (cell cursor, block selection, typing,
// clipboard, cell menu), editor_findings.cpp (findings panel, dismissing), editor_dialogs.cpp (new report,
// dismiss reason, publishing with errors), autosave_dialog.cpp (crash-buffer restore), import_checklist.cpp
// (the import log as a checklist beside the tables), previous_report.cpp (last year's report: attaching it, the
// next year's report from it, its prose beside each section), compare_view.cpp (the 比对 view and its export),
// workbench_view.cpp (the 汇总/审核 workbench; its model is workbench.h), report_notice.cpp (the report's scope
// and the supervisor's latest review).
//
// Targets of App::locate (besides cell codes such as "t3.new.natural"):
//   toolbar   "new" "open" "import" "save" "export" (menu: "export.html" "export.review" "export.docx") "print"
//             "example.2021" "example.2019" "undo" "redo" "font.smaller" "font.larger"
//   report    "agency" "year" "agency_kind" "published"; sections "overview" "problems" "other"
//             (their text areas) and "table2" "table3" "table4" (headings); "autofill.table3" "autofill.table4"
//   findings  "finding.N" (N = index in findings_json), "dismiss.N" (its 忽略… button); "tab.findings"
//             "tab.checklist" (the panel's tabs after an import), "check.N" "checkline.N" (checklist line N: its
//             已核对 box, its text)
//   dialogs   "replace.save" "replace.discard" "replace.cancel" (unsaved changes), "import.file" "import.paste" (import menu), "paste.text" "paste.import" (paste dialog), "new.create", "restore.accept" "restore.discard" "restore.discard.confirm" "restore.later" (first offer; ".1" ".2" ".3" appended for the next ones), "review.reason" "review.confirm", "publish.continue" "publish.cancel" (publishing with errors); cells: "cell.copy" "cell.paste" "cell.clear" (right-click menu)
//   status    "status" (last message), "dirty" (unsaved-changes indicator; "dirty.workbench" when it names
//             workbench units not yet downloaded), "cell.message" (why a cell refused input)
//   last year "previous.attach" (附加上年报告…), "previous.remove", "previous.prose" (显示上年正文), "compare" (比对),
//             "previous.overview" "previous.problems" "previous.other" (last year's text beside each section),
//             "new.from_current" "new.from_file" (新建 dialog), "compare.export" "compare.close" (比对 view)
//   workbench "workbench" (toolbar: 汇总/审核), "wb.open" "wb.roster.file" "wb.roster" (名单 text) "wb.roster.apply"
//             "wb.coverage" "wb.agency" "wb.aggregate" "wb.csv" "wb.html" "wb.clear" "wb.close" "wb.table" "wb.progress"
//             "wb.message" "wb.verdict" "wb.comment" "wb.by" "wb.return" "wb.accept" "wb.download" "wb.edit";
//             "wb.back" (返回工作台, above a unit opened from it); "notice.review" "notice.scope" (above the report)
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app.h"
#include "autosave.h"
#include "document.h"
#include "nianbao/findings.h"
#include "nianbao/import.h"
#include "nianbao/year_to_year.h"
#include "line_break.h"
#include "locator.h"
#include "table_grid.h"
#include "workbench.h"

namespace nianbao::ui {

/// The narrative sections, in official order; their keys are also the text-area ids.
constexpr const char* kNarrativeKeys[3] = {"overview", "problems", "other"};
/// Index of a narrative section key in kNarrativeKeys, or -1.
int narrative_index(std::string_view key);
/// "2023 年", or "年度未填写" for 0 (previous_report.cpp).
std::string year_label(int year);

/// The agency kind after the agency's name changed from `old_name` to `new_name`: it follows the name's guess
/// (guess_agency_kind) while it is unset or was the old name's guess; a kind the user chose otherwise stays.
AgencyKind kind_after_rename(AgencyKind kind, std::string_view old_name, std::string_view new_name);

/// Layout of one table at one width and font size, cached until the grid, width or font size changes.
struct TableLayout {
  const TableGrid* grid = nullptr;  ///< the grid laid out (changes with the report's format)
  float width = 0;           ///< the width it was laid out for
  float content_width = 0;   ///< the width it takes (more than `width` when its columns need more)
  float font_size = 0;
  float height = 0;
  float header_height = 0;  ///< the column-header rows (kept in view while the table scrolls)
  float label_width = 0;    ///< the row-label columns (kept in view while the table scrolls sideways)
  std::vector<ImVec2> min, max;                     ///< per TableGrid::cells, relative to the table origin
  std::vector<std::vector<std::string_view>> lines;  ///< wrapped label lines per grid cell
};

class Editor : public App {
 public:
  Editor();
  void before_frame() override;
  void frame() override;
  std::string open_file(const std::string& name, const std::string& bytes) override;
  std::string report_json() const override;
  std::string load_report(std::string_view json) override;
  std::string findings_json() const override;
  bool open_example(std::string_view format) override;
  std::string locate(std::string_view target) const override;
  float font_size() const override { return font_size_; }
  std::string open_file_as(platform::FileUse use, const std::string& name, const std::string& bytes) override;
  std::string load_previous(std::string_view json) override;
  std::string workbench_json() const override;
  std::string status_line() const override { return status_; }
  void files_coming(platform::FileUse use, int count) override;

  static constexpr float kMinFont = 12.f, kMaxFont = 32.f, kDefaultFont = 16.f;
  static constexpr const char* kFontKey = "nianbao.settings.font_size";

 private:
  // editor.cpp
  void refresh();                       ///< after a change: findings, caches, autosave, unsaved flag
  /// The report's JSON, made when first asked for after a change.
  const std::string& current_json() const;
  /// The crash buffers of dead editors, once the store has read them (it may open after the first frame).
  void take_restore_offers_once_ready();
  /// A report waiting to replace the document: what to call the undo step, whether it starts clean, the status
  /// message once done, and the log of an import (shown after it).
  struct Replacement {
    std::string label;
    Report report;
    bool clean = true;
    std::string done;
    std::vector<ImportLogEntry> log;
  };
  /// Replaces the document (undoable). With `ask` and unsaved changes, asks first (保存并继续 / 不保存，继续 /
  /// 取消) instead; the automation API does not ask.
  void replace_report(Replacement next, bool ask = true);
  /// Opens the 新建 dialog with last calendar year and the open report's agency proposed (toolbar, Alt+C).
  void open_new_dialog();
  /// The example report of `format`, built in memory (the toolbar's 示例报告 and the page address).
  void show_example(FormatVersion format, bool ask);
  void perform_replacement(Replacement next);
  /// Loads report JSON as the new document; `done` is the status message on success, `source` the file's name
  /// for the message on failure. Returns "" or the error.
  std::string open_json(std::string_view json, const std::string& done, bool ask, const std::string& source = {});
  /// Imports a published report (page or text) named `name`; "" or the error (the document is then unchanged).
  /// `note` is added to the message on success (a conversion done on the way).
  std::string import_published(const std::string& name, std::string_view bytes, const std::string& note = {});
  void save();
  /// Opens the file picker for `use`; when the browser refuses (too long after the key), the status line says so.
  void pick_file(const char* accept, platform::FileUse use = platform::FileUse::Open);
  /// Downloads the publishable page; `with_findings` appends the 校验结果 (for reviewers) under its own name.
  /// The publishable page with open errors or empty cells asks first unless `confirmed`.
  void export_html(bool with_findings, bool confirmed = false);
  /// What should stop a publication: open errors and 勾稽 inconsistencies (empty required cells among them).
  std::vector<int> publish_blockers() const;
  /// Downloads the report as a Word document in the official layout (render_report_docx).
  void export_docx();
  void print_report();
  /// File name of downloads: "青山县自然资源局2024年政府信息公开工作年度报告<suffix>.<ext>" (the title).
  std::string file_name(const char* ext, const char* suffix = "") const;
  void set_font_size(float size);
  void undo();
  void redo();
  void history_step(bool forward);  ///< redo when `forward`, else undo
  /// Highlights the finding's cells and scrolls there, or selects its sentence; `cells_first`: a finding
  /// naming cells goes to the cells even when it also quotes a sentence (F8, ready to type the fix).
  void focus_finding(int index, bool cells_first = false);
  /// F8 / Shift+F8: the next (previous) open finding; a finding about cells puts the cursor on its first cell.
  void step_finding(bool forward);
  // editor_toolbar.cpp
  void draw_toolbar();
  void draw_status();
  /// Green when the report passes, blue while it is only unfinished, red with errors.
  ImVec4 verdict_color() const {
    return verdict_pass_ ? ImVec4(0.1f, 0.55f, 0.2f, 1) : verdict_unfinished_ ? ImVec4(0.15f, 0.35f, 0.65f, 1) : ImVec4(0.8f, 0.1f, 0.1f, 1);
  }
  /// The status line's save state: this report's unsaved changes, else workbench units not yet downloaded.
  struct SaveState {
    std::string text;
    bool unsaved;    ///< work the page alone holds
    bool workbench;  ///< that work is in the workbench's units
  };
  SaveState save_state() const;
  /// Height of the status line at `width`: one line, or more when the last message needs them (wrapped).
  float status_height(float width);
  void handle_shortcuts();
  // editor_sections.cpp
  void draw_meta();
  void draw_narrative(const SectionDef& s);
  void sync_buffers();
  // The keyboard's route (Tab / Shift+Tab): 机关名称 → 年度 → 公布日期, then the sections in their order (a
  // text area, a table's cells from the first or the last), past the last back to 机关名称.
  /// Moves the keyboard to section `section` (index into FormatDef::sections) arriving in direction `dir`
  /// (1 forward: a table's first cell; -1 backward: its last); before the first, 公布日期; past the last, 机关名称.
  void enter_section(int section, int dir);
  /// Tab / Shift+Tab out of a text area (taken at the start of the frame, before any key of it is read).
  void take_text_area_tabs();
  int section_index(std::string_view key) const;
  /// Sets a text field of the report to `value` as an undoable edit (merged while typing).
  void set_text_field(const char* label, const char* merge_key, std::string Report::*field, const std::string& value);
  // editor_tables.cpp
  void draw_table(int table);
  /// Draws data cell `cell` (index into FormatDef::cells) in the screen rectangle [min, max].
  void draw_data_cell(int cell, ImVec2 min, ImVec2 max);
  const TableLayout& layout(int table, float width);
  // editor_cells.cpp
  /// Keys and typed characters while the tables own the keyboard (before the tables are drawn).
  void handle_cell_keys();
  void cell_key(ImGuiKey key, ImGuiKeyChord mods);  ///< one key press (or repeat) on the tables
  /// Mouse on data cell `cell` (its invisible button is the last item): select, extend, drag, edit, menu.
  void cell_mouse(int cell, ImVec2 min, ImVec2 max);
  /// After the frame: keeps the input element on the cursor (so no key is lost between cells) or lets go.
  void end_frame_cells();
  void select_cell(int cell, bool extend);
  void begin_edit(bool in_place);
  void end_edit();     ///< leaves the cell being edited (its value is in the report; an invalid entry is undone)
  void cancel_edit();  ///< Esc: puts back the value the cell had before editing
  void restore_edit_original();  ///< the cell being edited gets back its value from before (undoable)
  void type_into_cell(unsigned int c);
  void commit_cell_text();
  /// Writes cells (`written`, undoable): they stop being linked totals, and linked totals follow.
  void edit_cells(const std::string& label, const std::string& merge_key, const std::vector<int>& written,
                  const std::function<bool(Report&)>& write);
  void leave_cells();  ///< the tables give up the keyboard
  bool in_block(int cell) const;
  std::vector<std::vector<int>> selected_rows() const;
  void copy_cells();
  void clear_cells();
  void paste_cells(const char* text);
  void draw_cell_menu();
  // editor_findings.cpp
  void draw_findings();
  void draw_finding(int index);
  // editor_dialogs.cpp
  void draw_new_dialog();
  // previous_report.cpp
  /// Attaches `last` as last year's report (CY rules, prose beside each section, 比对); `source` names it.
  /// `remember`: kept in the browser's store for this agency's report opened another day (previous_memory.h).
  void attach_previous(Report last, const std::string& source, bool remember = true);
  /// Takes last year's report off; `forget`: the officer removed it, so it is not found again another day.
  void detach_previous(bool forget);
  /// After the document was replaced (`label`): last year's report goes with it only where it belongs. A
  /// workbench unit brings the unit paired with it; any other report keeps the attached one only when it is
  /// the same agency's following year, or finds the one attached for its agency on another day. Returns what
  /// the status line adds ("" nothing changed).
  std::string fit_previous_to_document(const std::string& label);
  /// Replaces the document with the next year's report started from `last` (next_year_report; asks to save
  /// unsaved changes first); `last` stays attached. "" or the error (then nothing changed).
  std::string new_from_previous(const Report& last, const std::string& source);
  /// The line above the report: which report of last year is attached, and its actions.
  void draw_previous_bar();
  /// The 新建 dialog's part for starting from last year's report.
  void draw_new_from_previous();
  /// Alt+P attach, Alt+R last year's prose, Alt+B 比对: they work wherever the keyboard is.
  void handle_year_shortcuts();
  /// With last year's prose shown, the text area of narrative section `n` takes the left half of a two-column
  /// row and end_beside_previous draws last year's text in the right half, `height` high.
  bool begin_beside_previous(int n);
  void end_beside_previous(int n, bool beside, float height);
  // compare_view.cpp
  void draw_compare_view();
  void export_comparison();
  // import_checklist.cpp
  /// One line of the import checklist: a log entry in the user's words, what it is about, whether done.
  struct CheckItem {
    ImportLevel level = ImportLevel::Info;
    std::string text;                  ///< place (cell labels or section heading) and message; no internal codes
    std::vector<int> cells;            ///< the cells it is about (FormatDef::cells indices)
    std::vector<CellValue> imported;   ///< their values as imported: an edit of one confirms the line
    std::string section;               ///< or the section it is about
    bool confirmed = false;
    std::vector<std::string_view> lines;  ///< `text` wrapped at the panel's width
  };
  void start_checklist(const std::vector<ImportLogEntry>& log);  ///< after an import (empty log: no checklist)
  void update_checklist();  ///< after a change: edited cells confirm their lines; which cells stay marked
  int checklist_open_count() const;
  bool cell_unconfirmed(int cell) const;  ///< an unconfirmed checklist line names the cell
  void draw_import_checklist();
  void jump_to_check_item(const CheckItem& item);
  // workbench_view.cpp
  void draw_workbench();
  void draw_workbench_table(float height);
  void draw_workbench_roster();
  void draw_workbench_unit();
  enum class WorkbenchField { None, Agency, By };
  /// A label and a one-line field `width_em` wide, taking the keyboard when `field` was asked for.
  void draw_workbench_field(WorkbenchField field, const char* label, const char* id, std::string& text,
                            const char* hint, float width_em);
  /// Alt+W (workbench / back to it) and, while it is shown, its keys; the keyboard stays in reach everywhere.
  void handle_workbench_shortcuts();
  /// Reads and checks queued files for a few milliseconds, asking for another frame while work remains.
  void step_workbench();
  /// After the document was replaced: whether it is now a unit of the workbench (`label` kWorkbenchLabel).
  void workbench_replaced(const std::string& label);
  /// Opens unit `unit` in the editor (asking to save unsaved changes first); back_to_workbench brings its edits.
  void open_workbench_unit(size_t unit);
  void back_to_workbench();
  void workbench_review(const char* status);
  void apply_workbench_roster();  ///< 应用名单: the roster box's text becomes the roster (or an error is shown)
  void workbench_aggregate();
  void workbench_export(bool html);
  void workbench_download_unit();
  void set_workbench_message(std::string message, bool error);
  /// 清空: at once, or after asking when units' edits or reviews are not downloaded (draw_workbench_clear_dialog).
  void request_workbench_clear();
  void clear_workbench();
  void draw_workbench_clear_dialog();
  /// The browser warns before the page is left while the report or a workbench unit holds undownloaded work.
  void warn_before_leaving();
  std::string workbench_file(platform::FileUse use, const std::string& name, const std::string& bytes);
  // report_notice.cpp
  /// Above the report: 汇总 or 本机关 (scope), the supervisor's latest 退回/通过 with comment and date, and the
  /// way back to the workbench when the report is one of its units.
  void draw_report_notice();
  // autosave_dialog.cpp
  void draw_restore_dialog();
  void draw_dismiss_dialog();
  void draw_paste_import_dialog();
  void draw_replace_dialog();
  void draw_publish_dialog();

  Document doc_;
  Locator loc_;
  Autosave autosave_;
  float font_size_ = kDefaultFont;
  std::string status_;       ///< result of the last action (Chinese), shown in the status line
  bool status_error_ = false;
  bool status_wraps_ = false;  ///< the message is too long for the status line: it wraps below it

  // Derived from the document, rebuilt by refresh() only when the revision changes.
  uint64_t seen_revision_ = 0;
  std::vector<Finding> findings_;
  std::string verdict_;
  bool verdict_pass_ = true;
  bool verdict_unfinished_ = false;  ///< only empty fields and cells are left: verdict_ says what to fill
  std::vector<std::string> cell_texts_;  ///< display text per cell
  std::vector<int> cell_finding_;        ///< per cell: worst open finding involving it, or -1
  std::string title_;                    ///< Report::title() of the current revision
  mutable std::string json_cache_;       ///< report JSON of the current revision (autosave): current_json()
  mutable bool json_stale_ = true;       ///< json_cache_ is of an earlier revision

  // Text buffers of the single-line fields and prose (ImGui edits them in place).
  std::string agency_buf_, published_buf_;
  std::string narrative_buf_[3];
  std::string year_buf_;  ///< the year field's text (may hold a year being typed)
  enum class FieldFocus { None, Agency, Year, Published };
  FieldFocus focus_field_ = FieldFocus::None;  ///< a metadata field the keyboard goes to on this frame

  // Table cells, as in Excel/WPS: a cursor (where typing goes), a block from it to `extent_`, and
  // editing that either replaces the value (typing on a selected cell) or edits inside it (F2, double click).
  int cursor_ = -1;            ///< FormatDef::cells index, or -1
  int extent_ = -1;            ///< other corner of the selected block (== cursor_ for one cell)
  bool cells_focused_ = false;  ///< the tables own the keyboard
  bool cells_had_keys_ = false;  ///< …and did when this frame began (its keys are theirs)
  bool editing_ = false;
  bool edit_in_place_ = false;  ///< arrows move the caret (F2), not the cursor
  std::string edit_text_;       ///< ASCII: what the edited cell shows
  size_t edit_caret_ = 0;
  CellValue edit_original_;     ///< for Esc
  bool dragging_ = false;       ///< a block is being dragged out with the mouse
  bool cell_clicked_ = false;   ///< a cell took this frame's click
  bool open_cell_menu_ = false;  ///< a right click asked for the cell menu
  bool cell_menu_open_ = false;
  bool reveal_cursor_ = false;  ///< scroll the cursor into view when it is drawn next
  ImVec2 cursor_pos_;           ///< screen position of the cursor cell's text (the input method's place)
  std::string cell_message_;
  std::vector<int> linked_totals_;  ///< totals 自动计算合计 filled: they follow their parts until typed in
  std::vector<TableLayout> layouts_ = std::vector<TableLayout>(3);

  /// Frames still to draw after something changed: ImGui needs a few frames to settle (scrollbars,
  /// auto-sized popups), and the web shell draws only on request.
  int settle_frames_ = 0;
  ImVec2 last_display_size_;
  float last_font_size_ = 0;

  // Highlight after clicking a finding.
  std::vector<int> highlight_;
  double highlight_until_ = 0;
  float scroll_to_y_ = -1;  ///< content y the main area scrolls to on the next frame
  std::vector<float> cell_content_y_;  ///< per cell: its y in the main area's content (last frame)
  float narrative_content_y_[3] = {};  ///< same for the three text areas

  int current_finding_ = -1;  ///< the finding F8 went to last
  // Findings panel: wrapped messages cached per width.
  float findings_width_ = 0;
  float findings_font_ = 0;
  std::vector<std::string> finding_texts_;  ///< message, plus the dismiss reason when dismissed
  std::vector<std::vector<std::string_view>> finding_lines_;

  // Dialogs.
  bool new_dialog_open_ = false;
  bool style_applied_ = false;
  int new_format_ = 1, new_year_ = 0, new_kind_ = 0;
  char new_agency_[256] = {};
  std::vector<RestoreOffer> restore_offers_;  ///< crash buffers of dead editors, offered on start (autosave_dialog.cpp)
  bool restore_offers_taken_ = false;         ///< asked the store for them (it may open after the first frame)
  int restore_confirm_ = -1;                  ///< offer whose 丢弃 waits for confirmation
  std::vector<CheckItem> checklist_;     ///< the last import's log, until another report replaces it
  std::vector<char> unconfirmed_cell_;   ///< per cell: an unconfirmed checklist line names it
  bool show_checklist_ = false;          ///< select the checklist's tab on the next frame (Alt+I)
  bool show_findings_tab_ = false;       ///< select the findings' tab on the next frame (F8)
  float checklist_width_ = 0, checklist_font_ = 0;  ///< what the lines were wrapped for
  std::optional<Replacement> pending_replacement_;  ///< waiting for the user's answer
  bool publish_confirm_open_ = false;  ///< 导出网页（可发布） asks first: the report has open errors
  bool paste_import_open_ = false;
  std::string paste_import_text_;   ///< text pasted into the 粘贴复制的文字 dialog
  std::string paste_import_error_;  ///< why the last import from it failed ("" when it did not)
  int dismiss_index_ = -1;
  std::string dismiss_reason_;  ///< in a text area: it wraps, and the IME works as in the prose boxes

  // Last year's report (not part of the document: attaching it is no edit, and it is not saved with it).
  std::optional<Report> previous_;
  std::string previous_source_;     ///< how it came: file name, "当前报告", "自动化接口"
  uint64_t previous_revision_ = 1;  ///< changes with each attach/detach, so that refresh() rechecks
  uint64_t seen_previous_revision_ = 0;
  bool show_previous_prose_ = true;  ///< last year's text beside each section
  /// Wrapped lines of last year's sections, per section, for the width they were broken at.
  std::vector<std::string_view> previous_lines_[3];
  float previous_lines_width_[3] = {};
  float previous_lines_font_ = 0;
  bool compare_view_ = false;  ///< the main area shows the 比对 instead of the report
  std::optional<Comparison> comparison_;  ///< of the current revision and previous_ (compare_view.cpp)
  uint64_t comparison_revision_ = 0, comparison_previous_ = 0;
  bool compare_flagged_only_ = false;
  /// Last year's report (and its source) that a replacement labelled kNextYearLabel attaches when it is made.
  std::optional<std::pair<Report, std::string>> next_year_previous_;
  static constexpr const char* kNextYearLabel = "以上年报告为基础新建";

  // The 汇总/审核 workbench (workbench_view.cpp): its model keeps the units, order and selection while a unit is
  // open in the editor.
  Workbench workbench_;
  bool workbench_view_ = false;
  int workbench_unit_ = -1;                ///< the unit open in the editor, or -1
  int workbench_opening_ = -1;             ///< the unit whose opening waits (perhaps for the unsaved-changes question)
  uint64_t workbench_unit_revision_ = 0;   ///< the document's revision when it was opened (edits come back)
  bool workbench_reveal_ = false;          ///< scroll the selected row into view on the next frame
  /// A key's action that needs this frame's text (comment, roster box): done once the text areas were read.
  enum class WorkbenchAction { None, Return, Accept, ApplyRoster };
  WorkbenchAction workbench_action_ = WorkbenchAction::None;
  bool workbench_clear_confirm_ = false;  ///< 清空 asks first: units' edits or reviews are not downloaded
  bool workbench_download_ = false;  ///< Alt+J: after the action, so that with Alt+T it downloads that review
  WorkbenchField workbench_focus_ = WorkbenchField::None;  ///< a field the keyboard goes to on the next frame
  std::string workbench_roster_text_, workbench_comment_, workbench_by_, workbench_agency_;
  std::string workbench_message_;
  bool workbench_error_ = false;
  static constexpr const char* kWorkbenchLabel = "从汇总/审核工作台打开";
};

}  // namespace nianbao::ui
