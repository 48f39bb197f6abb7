// autosave.cpp — debounced writes of this tab's crash buffer; the buffers of dead editors, offered on start.
#include "autosave.h"

#include <algorithm>
#include <ctime>

#include "platform.h"
#include "nianbao/report.h"

namespace nianbao::ui {

namespace {

/// How often a frame looks again at a write the store has not yet committed.
constexpr double kCommitPoll = 0.05;

}  // namespace

double Autosave::tick(double now, const std::string& json) {
  if (due_ >= 0 && now >= due_) {
    write_now(json);
    last_write_ = now;
  }
  if (due_ >= 0) return due_ - now;
  return status() == Status::Pending ? kCommitPoll : -1;
}

void Autosave::write_now(const std::string& json) {
  due_ = -1;
  wrote_ = true;
  platform::crash_buffer_write(json);
}

void Autosave::saved() {
  due_ = -1;
  wrote_ = false;
  platform::crash_buffer_clear();
}

Autosave::Status Autosave::status() const {
  if (due_ >= 0) return Status::Pending;
  if (!wrote_) return Status::Idle;
  switch (platform::crash_buffer_state()) {
    case platform::CrashBufferState::Pending: return Status::Pending;
    case platform::CrashBufferState::Committed: return Status::Written;
    case platform::CrashBufferState::Failed: return Status::Failed;
    case platform::CrashBufferState::None: break;
  }
  return Status::Idle;
}

std::vector<RestoreOffer> take_restore_offers() {
  std::vector<RestoreOffer> offers;
  std::vector<platform::CrashBuffer> orphans = platform::crash_buffer_orphans();
  if (orphans.empty()) return offers;
  const std::string blank = save_report_json(new_report(FormatVersion::v2021, 0, ""));
  for (auto& b : orphans) {
    LoadResult r = load_report_json(b.json);
    if (!r.ok || save_report_json(r.report) == blank) {
      // Nothing a user wrote: a blank document, or bytes no version of the editor could have written.
      platform::crash_buffer_delete(b.slot);
      continue;
    }
    offers.push_back({std::move(b.slot), std::move(b.json), r.report.title(), b.saved_at_ms});
  }
  std::stable_sort(offers.begin(), offers.end(),
                   [](const RestoreOffer& a, const RestoreOffer& b) { return a.saved_at_ms > b.saved_at_ms; });
  return offers;
}

std::string describe_saved_time(double saved_ms, double now_ms) {
  if (saved_ms <= 0) return "保存时间不详";
  const auto seconds = static_cast<std::time_t>(saved_ms / 1000);
  std::tm local{};
  localtime_r(&seconds, &local);
  char when[64];
  std::snprintf(when, sizeof when, "%d年%d月%d日 %02d:%02d:%02d", local.tm_year + 1900, local.tm_mon + 1,
                local.tm_mday, local.tm_hour, local.tm_min, local.tm_sec);
  const double age = (now_ms - saved_ms) / 1000;
  if (age < 0) return when;  // the clock was set back: no age rather than a wrong one
  const long minutes = static_cast<long>(age / 60), hours = minutes / 60, days = hours / 24;
  std::string ago = minutes < 1   ? "不到 1 分钟前"
                    : hours < 1   ? std::to_string(minutes) + " 分钟前"
                    : days < 1    ? std::to_string(hours) + " 小时前"
                                  : std::to_string(days) + " 天前";
  return std::string(when) + "（" + ago + "）";
}

}  // namespace nianbao::ui
