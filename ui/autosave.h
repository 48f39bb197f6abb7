// autosave.h — the crash buffer (崩溃恢复缓存): the report JSON written to platform storage at most
// about a second after each change, so that a closed tab or a crash loses at most that second.
#pragma once

#include <string>

namespace nianbao::ui {

class Autosave {
 public:
  /// Storage key (namespaced: every file:// page shares one localStorage).
  static constexpr const char* kKey = "nianbao.autosave.report";
  /// Delay between the last change and the write.
  static constexpr double kDelay = 0.8;

  /// The document changed at `now` (seconds, platform::now_seconds()).
  void changed(double now) { due_ = now + kDelay; }
  /// Writes `json` when a write is due. Returns the seconds until the next due write, or -1 when none is pending.
  double tick(double now, const std::string& json);
  /// Removes the buffer (the work is safely in a saved file).
  void clear();

  enum class Status { Idle, Pending, Written, Failed };
  Status status() const { return status_; }

 private:
  double due_ = -1;
  Status status_ = Status::Idle;
};

}  // namespace nianbao::ui
