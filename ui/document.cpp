// document.cpp — undo/redo by whole-report snapshots (a report is a few kilobytes; edits are rare).
#include "document.h"

namespace nianbao::ui {

Document::Document(Report report) : report_(std::move(report)) {}

bool Document::edit(std::string_view label, std::string_view merge_key,
                    const std::function<bool(Report&)>& change, double now) {
  Report before = report_;
  if (!change(report_)) return false;
  const bool merge = !merge_key.empty() && merge_key == merge_key_ && !undo_.empty() && redo_.empty() &&
                     now - last_edit_at_ <= kMergePause && now - step_began_at_ <= kMergeSpan;
  if (!merge) {
    undo_.push_back({std::string(label), std::move(before), state_});
    if (undo_.size() > kMaxSteps) undo_.erase(undo_.begin());
    step_began_at_ = now;
  }
  last_edit_at_ = now;
  redo_.clear();
  merge_key_ = std::string(merge_key);
  state_ = next_state_++;
  return true;
}

void Document::replace(std::string_view label, Report report, bool clean) {
  edit(label, {}, [&](Report& r) {
    r = std::move(report);
    return true;
  });
  merge_key_.clear();
  if (!undo_.empty()) undo_.back().replaces = true;
  if (clean) mark_saved();
}

const std::string& Document::undo_label() const {
  static const std::string none;
  return undo_.empty() ? none : undo_.back().label;
}

const std::string& Document::redo_label() const {
  static const std::string none;
  return redo_.empty() ? none : redo_.back().label;
}

bool Document::travel(std::vector<Step>& from, std::vector<Step>& to) {
  if (from.empty()) return false;
  Step step = std::move(from.back());
  from.pop_back();
  to.push_back({step.label, std::move(report_), state_, step.replaces});
  report_ = std::move(step.report);
  state_ = step.state;
  merge_key_.clear();
  return true;
}

bool Document::undo() { return travel(undo_, redo_); }
bool Document::redo() { return travel(redo_, undo_); }

}  // namespace nianbao::ui
