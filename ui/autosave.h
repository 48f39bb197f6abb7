// autosave.h — the crash buffer (崩溃恢复缓存): this tab's report JSON written to the platform's crash-buffer
// store at most kDelay after each change, and the buffers of editors that died, offered back on start.
//
// One slot per open editor (tab): a second tab never sees, takes or deletes the buffer of a tab that is still
// open. Each buffer carries the time it was written, so the restore dialog says which report and when, and
// a buffer is never shown as if it were the current state of the report. The user's file is the real save:
// saving it as a file removes the buffer.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

namespace nianbao::ui {

class Autosave {
 public:
  /// Shortest time between two writes, and so the longest between a change and its write (the store then
  /// commits it to disk within milliseconds).
  static constexpr double kDelay = 0.5;

  /// The document changed at `now` (seconds, platform::now_seconds()). The first change after a pause is
  /// written at once (at the end of its frame); while changes keep coming, one write per kDelay. The
  /// deadline is set by the first change not yet written, so steady typing cannot put the write off.
  void changed(double now) {
    if (due_ < 0) due_ = std::max(now, last_write_ + kDelay);
  }
  /// Writes `json` when a write is due. Returns the seconds until the next due write (or the next look at a
  /// write still being committed), or -1 when nothing is pending.
  double tick(double now, const std::string& json);
  /// Writes `json` at once (unsaved work about to be replaced by another report).
  void write_now(const std::string& json);
  /// The document was saved as a file: the buffer is no longer needed and is removed.
  void saved();
  /// Removes this tab's buffer (nothing unsaved is left in it).
  void clear() { saved(); }

  enum class Status { Idle, Pending, Written, Failed };
  /// Pending covers both a write that is due and one the store has not yet committed to disk.
  Status status() const;

 private:
  double due_ = -1;
  double last_write_ = -1e9;  ///< when tick() last wrote
  bool wrote_ = false;  ///< a write was issued since the last clear
};

/// One buffer left by an editor that is no longer open, offered on start.
struct RestoreOffer {
  std::string slot;
  std::string json;
  std::string title;  ///< Report::title() of the buffer, e.g. "青山县自然资源局2024年政府信息公开工作年度报告"
  double saved_at_ms = 0;  ///< when it was written (ms since the Unix epoch; 0 = unknown)
};

/// Buffers of editors that died (closed with unsaved work, crashed, or killed with the browser), newest first.
/// Buffers that are unreadable or hold a blank report are deleted, not offered. This tab holds the others'
/// liveness marks until each is restored, discarded or released, so no other tab offers them meanwhile.
std::vector<RestoreOffer> take_restore_offers();

/// "2026年1月20日 14:03（5 分钟前）" for a buffer written at `saved_ms`, seen at `now_ms` (local time).
std::string describe_saved_time(double saved_ms, double now_ms);

}  // namespace nianbao::ui
