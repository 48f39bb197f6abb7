// autosave_web.cpp — the crash-buffer store of ui/platform.h: thin calls into library_autosave.js.
#include <cstdlib>

#include "js_bridge.h"
#include "platform.h"

namespace nianbao::platform {

void crash_buffer_write(const std::string& json) { nb_js_crash_write(json.c_str()); }

CrashBufferState crash_buffer_state() {
  switch (nb_js_crash_state()) {
    case 1: return CrashBufferState::Pending;
    case 2: return CrashBufferState::Committed;
    case 3: return CrashBufferState::Failed;
    default: return CrashBufferState::None;
  }
}

void crash_buffer_clear() { nb_js_crash_clear(); }

bool crash_buffers_ready() { return nb_js_crash_ready() != 0; }

std::vector<CrashBuffer> crash_buffer_orphans() {
  std::vector<CrashBuffer> orphans;
  const int count = nb_js_crash_orphan_count();
  for (int i = 0; i < count; ++i) {
    char* slot = nullptr;
    char* json = nullptr;
    double saved_at = 0;
    if (!nb_js_crash_orphan(i, &slot, &json, &saved_at)) break;
    orphans.push_back({slot, json, saved_at});
    std::free(slot);
    std::free(json);
  }
  return orphans;
}

void crash_buffer_delete(const std::string& slot) { nb_js_crash_delete(slot.c_str()); }

void crash_buffer_release(const std::string& slot) { nb_js_crash_release(slot.c_str()); }

double wall_clock_ms() { return nb_js_wall_clock_ms(); }

}  // namespace nianbao::platform
