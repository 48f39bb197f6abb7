// autosave.h — the crash buffer (崩溃恢复缓存): the report JSON written to platform storage at most
// about a second after each change, so that a closed tab or a crash loses at most that second.
#pragma once

#include <string>

namespace nianbao::ui {

class Autosave {
 public:
  /// Storage key (namespaced: every file:// page shares one localStorage).
  static constexpr const char* kKey = "nianbao.autosave.report";
  /// Present while the buffer equals the last saved file.
  static constexpr const char* kSavedKey = "nianbao.autosave.saved";
  /// Longest time between a change and its write.
  static constexpr double kDelay = 0.8;

  /// The document changed at `now` (seconds, platform::now_seconds()). The deadline is set by the first
  /// change not yet written, so steady typing cannot put the write off indefinitely.
  void changed(double now) {
    if (due_ < 0) due_ = now + kDelay;
  }
  /// Writes `json` when a write is due. Returns the seconds until the next due write, or -1 when none is pending.
  double tick(double now, const std::string& json);
  /// Writes `json` at once (unsaved work about to be replaced by another report).
  void write_now(const std::string& json);
  /// The document was saved as a file: the buffer now holds `json` and is marked as saved, so the
  /// next start does not offer it (a later change removes the mark).
  void saved(const std::string& json);
  /// Is there a buffer worth offering on start (present and not marked as saved)?
  static bool offer_on_start();
  /// Removes the buffer (the user discarded it).
  void clear();

  enum class Status { Idle, Pending, Written, Failed };
  Status status() const { return status_; }

 private:
  double due_ = -1;
  Status status_ = Status::Idle;
};

}  // namespace nianbao::ui
