// document.h — the open report with undo/redo and a dirty flag (pure logic, no ImGui).
//
// Every change of the report goes through edit(): the state before is kept so that undo restores it
// exactly. Consecutive edits with the same merge key (typing in one cell or one text area) form one
// undo step. Each state carries an id, so undoing back to the saved state makes the document clean again.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "nianbao/report.h"

namespace nianbao::ui {

class Document {
 public:
  /// `report` becomes the current, clean state with an empty history.
  explicit Document(Report report);

  const Report& report() const { return report_; }
  /// Changes whenever the report changes (edit, undo, redo); lets views refresh caches only then.
  uint64_t revision() const { return state_; }
  bool dirty() const { return state_ != saved_state_; }
  /// The current state is what the user has saved.
  void mark_saved() { saved_state_ = state_; }

  /// Applies `change` to the report as one undoable step named `label` (Chinese, shown in the UI).
  /// `change` returns false when it changed nothing; then no step is recorded.
  /// `merge_key`: when non-empty and equal to the previous edit's key, both form a single undo step, as long as
  /// the pause since that edit is at most kMergePause and the step began at most kMergeSpan ago.
  /// `now`: the caller's clock in seconds (platform::now_seconds()), for those two limits.
  /// Returns whether the report changed.
  bool edit(std::string_view label, std::string_view merge_key, const std::function<bool(Report&)>& change,
            double now = 0);
  /// Replaces the whole report (new, open, example) as one undoable step; the result is clean when `clean`.
  void replace(std::string_view label, Report report, bool clean);
  /// Ends the current merge group, so that the next edit starts a new undo step.
  void break_merge() { merge_key_.clear(); }

  bool can_undo() const { return !undo_.empty(); }
  bool can_redo() const { return !redo_.empty(); }
  /// Label of the step undo() would revert ("" when none).
  const std::string& undo_label() const;
  const std::string& redo_label() const;
  /// Whether the step undo() / redo() would take is a whole-report replacement (another report comes back).
  bool undo_replaces() const { return !undo_.empty() && undo_.back().replaces; }
  bool redo_replaces() const { return !redo_.empty() && redo_.back().replaces; }
  bool undo();
  bool redo();

  /// Oldest steps are dropped beyond this many.
  static constexpr size_t kMaxSteps = 300;
  /// Typing merges into one undo step only while it goes on: a pause longer than this starts a new step…
  static constexpr double kMergePause = 2.0;
  /// …and so does typing on for longer than this, so one 撤销 never takes back a whole session's text.
  static constexpr double kMergeSpan = 20.0;

 private:
  struct Step {
    std::string label;
    Report report;   ///< the other state (before the step on the undo stack, after it on the redo stack)
    uint64_t state;  ///< its id
    bool replaces = false;  ///< made by replace()
  };

  /// Moves the newest step of `from` to `to`, swapping the report with the step's state.
  bool travel(std::vector<Step>& from, std::vector<Step>& to);

  Report report_;
  uint64_t state_ = 1;
  uint64_t saved_state_ = 1;
  uint64_t next_state_ = 2;
  std::string merge_key_;
  double last_edit_at_ = 0;   ///< `now` of the latest edit
  double step_began_at_ = 0;  ///< `now` of the edit that began the latest undo step
  std::vector<Step> undo_;
  std::vector<Step> redo_;
};

}  // namespace nianbao::ui
