// locator.h — where targets were drawn in the last frame (App::locate, tests, scripts).
// Records without allocating: data cells by index, named targets by their static id string.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "imgui.h"

namespace nianbao::ui {

class Locator {
 public:
  /// Starts a frame; rectangles of earlier frames no longer count.
  void begin_frame(size_t cell_count);
  /// A data cell (index into FormatDef::cells) drawn at [min, max].
  void cell(int index, ImVec2 min, ImVec2 max);
  /// A named target; `id` must be a string literal (kept by pointer).
  void named(const char* id, ImVec2 min, ImVec2 max);
  /// The last item submitted to ImGui, under `id`.
  void item(const char* id);
  /// A finding row of the findings panel (index into the findings list) and its dismiss button.
  void finding(int index, ImVec2 min, ImVec2 max);
  void dismiss(int index, ImVec2 min, ImVec2 max);
  /// A line of the import checklist (its 已核对 box; index into the checklist) and the line's text.
  void check(int index, ImVec2 min, ImVec2 max);
  void check_line(int index, ImVec2 min, ImVec2 max);

  /// {"x","y","w","h"} of `target` drawn in the frame, or "" when it was not drawn or is clipped.
  /// Targets: cell indices are resolved by the caller; named ids; "finding.N"; "dismiss.N"; "check.N";
  /// "checkline.N".
  std::string find_named(std::string_view target) const;
  std::string find_cell(int index) const;

 private:
  struct Rect {
    ImVec2 min, max;
    uint64_t frame = 0;
  };
  struct Named {
    const char* id;
    Rect rect;
  };
  static std::string to_json(const Rect& r);
  void put(std::vector<Rect>& list, int index, ImVec2 min, ImVec2 max);
  std::string find_indexed(const std::vector<Rect>& list, int index) const;

  uint64_t frame_ = 1;
  std::vector<Rect> cells_;
  std::vector<Rect> findings_;
  std::vector<Rect> dismiss_;
  std::vector<Rect> checks_;
  std::vector<Rect> check_lines_;
  std::vector<Named> named_;
};

}  // namespace nianbao::ui
