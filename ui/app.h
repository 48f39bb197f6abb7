// app.h — the editor as seen by the platform shell: one object, one frame function, a few entry points.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "platform.h"

namespace nianbao::ui {

class App {
 public:
  virtual ~App() = default;

  /// Called before ImGui::NewFrame(): settings of ImGui's input handling for the coming frame.
  virtual void before_frame() {}
  /// Draws one frame (between ImGui::NewFrame() and ImGui::Render()).
  virtual void frame() = 0;

  /// A file chosen in the picker or dropped on the page. Returns "" or a Chinese error (also shown in the UI);
  /// on error the open document is untouched.
  virtual std::string open_file(const std::string& name, const std::string& bytes) = 0;

  /// A picked file for `use` (last year's report to attach, or to start the next year's from). "" or an error.
  virtual std::string open_file_as(platform::FileUse use, const std::string& name, const std::string& bytes) = 0;
  /// `count` files for `use` are on their way (the browser reads them one after another): the workbench shows
  /// them in its progress and is not done before they came.
  virtual void files_coming(platform::FileUse /*use*/, int /*count*/) {}
  /// Attaches last year's report (window.nianbao.loadPrevious): "" or a Chinese error (nothing changed then).
  virtual std::string load_previous(std::string_view json) = 0;

  /// Automation API (window.nianbao): the report JSON, load JSON ("" or error), findings JSON.
  virtual std::string report_json() const = 0;
  virtual std::string load_report(std::string_view json) = 0;
  virtual std::string findings_json() const = 0;
  /// Opens the built-in example report of `format` ("2021" or "2019"; the page address `#example=2021`) as the
  /// toolbar's 示例报告 does, without asking. False for an unknown format (nothing changed then).
  virtual bool open_example(std::string_view format) = 0;
  /// For tests and scripts: where `target` was drawn in the last frame, as JSON {"x","y","w","h"} in CSS
  /// pixels, or "" when not visible. Targets: a cell code ("t3.new.natural"), a section key
  /// ("overview", "problems", "other"), "agency", or a button id documented in the editor.
  virtual std::string locate(std::string_view target) const = 0;

  /// The 汇总/审核 workbench's state as JSON (tests, scripts): its units' rows as `nianbao batch --json` writes
  /// them, plus the table's order, the selection and the last message.
  virtual std::string workbench_json() const { return "{}"; }

  /// The status line's message (the result of the last action, Chinese), for tests and scripts.
  virtual std::string status_line() const = 0;

  /// Current font size in pixels (persisted by the app); the shell rebuilds nothing: ImGui 1.92 scales fonts dynamically.
  virtual float font_size() const = 0;
};

/// Creates the editor; it restores settings and offers the autosave crash buffer on start.
std::unique_ptr<App> create_app();

}  // namespace nianbao::ui
