// platform_native_autosave.cpp — the crash-buffer store without a browser (tests, native runs).
//
// Models the browser's: slots in memory, a liveness mark per slot, tabs that start, hold marks and die.
// An editor's start (crash_buffer_orphans) is a new tab; by default the previous tab died first, as when the
// page is closed and opened again.
#include <algorithm>
#include <chrono>
#include <map>
#include <set>

#include "platform.h"
#include "platform_native.h"

namespace nianbao::platform {

namespace {

struct Store {
  std::map<std::string, CrashBuffer> slots;
  std::map<std::string, std::set<std::string>> tabs;  ///< live tab id → marks it holds (own slot + claims)
  std::string current;                                ///< the tab of the editor being driven
  int next_tab = 1;
  bool failing = false;
  bool deferred = false;
  bool keep_previous = false;
  bool opening = false;
  CrashBufferState state = CrashBufferState::None;
  /// Writes (and deletes, json empty) not yet committed (deferred mode), in order.
  std::vector<std::pair<CrashBuffer, bool>> queued;
};

Store& store() {
  static Store s;
  return s;
}

bool held(const std::string& slot) {
  for (const auto& [tab, marks] : store().tabs)
    if (marks.count(slot)) return true;
  return false;
}

void release_mark(const std::string& slot) {
  Store& s = store();
  if (slot != s.current) s.tabs[s.current].erase(slot);
}

void commit(CrashBuffer b, bool remove) {
  Store& s = store();
  if (remove) {
    if (s.state != CrashBufferState::Failed) s.slots.erase(b.slot);
    release_mark(b.slot);
    return;
  }
  if (s.failing) {
    s.state = CrashBufferState::Failed;
    return;
  }
  s.slots[b.slot] = std::move(b);
  s.state = CrashBufferState::Committed;
}

void submit(CrashBuffer b, bool remove) {
  Store& s = store();
  if (s.deferred) {
    if (!remove) s.state = CrashBufferState::Pending;
    s.queued.emplace_back(std::move(b), remove);
  } else {
    commit(std::move(b), remove);
  }
}

}  // namespace

void crash_buffer_write(const std::string& json) {
  submit({store().current, json, wall_clock_ms()}, false);
}

CrashBufferState crash_buffer_state() { return store().state; }

void crash_buffer_clear() {
  Store& s = store();
  s.slots.erase(s.current);
  // Its writes go; deletes of orphans stay queued.
  s.queued.erase(std::remove_if(s.queued.begin(), s.queued.end(), [](const auto& op) { return !op.second; }),
                 s.queued.end());
  s.state = CrashBufferState::None;
}

bool crash_buffers_ready() { return !store().opening; }

std::vector<CrashBuffer> crash_buffer_orphans() {
  Store& s = store();
  if (!s.keep_previous) s.tabs.erase(s.current);
  s.current = "tab-" + std::to_string(s.next_tab++);
  s.state = CrashBufferState::None;
  std::vector<CrashBuffer> orphans;
  for (const auto& [slot, b] : s.slots)
    if (!held(slot)) orphans.push_back(b);
  auto& marks = s.tabs[s.current];
  marks.insert(s.current);
  for (const auto& b : orphans) marks.insert(b.slot);
  return orphans;
}

void crash_buffer_delete(const std::string& slot) { submit({slot, "", 0}, true); }

void crash_buffer_release(const std::string& slot) { release_mark(slot); }

double wall_clock_ms() {
  using namespace std::chrono;
  return static_cast<double>(duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count());
}

namespace native {

std::map<std::string, CrashBuffer>& crash_buffers() { return store().slots; }
std::string current_tab() { return store().current; }
void keep_previous_tab_alive(bool keep) { store().keep_previous = keep; }
void kill_tab(const std::string& tab) { store().tabs.erase(tab); }
void set_crash_store_failing(bool failing) { store().failing = failing; }
void set_crash_store_deferred(bool deferred) { store().deferred = deferred; }
void set_crash_store_opening(bool opening) { store().opening = opening; }
void commit_crash_writes() {
  auto queued = std::move(store().queued);
  store().queued.clear();
  for (auto& [b, remove] : queued) commit(std::move(b), remove);
}
void reset_crash_store() { store() = Store{}; }

}  // namespace native

}  // namespace nianbao::platform
