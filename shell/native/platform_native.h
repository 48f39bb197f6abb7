// platform_native.h — extras of the native platform (ui/platform_native.cpp) for tests and native runs.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "platform.h"

namespace nianbao::platform::native {

struct Download {
  std::string filename;
  std::string mime;
  std::string bytes;
};

/// Every platform::download() so far, oldest first.
std::vector<Download>& downloads();
/// Every page given to platform::print_html() so far.
std::vector<std::string>& printed();
/// The in-memory key/value store behind platform::storage_*.
std::map<std::string, std::string>& storage();
/// Last value given to platform::set_unsaved_changes().
bool unsaved_changes();
/// How many times platform::open_file_dialog() was called.
int file_dialogs_opened();
/// What the last platform::open_file_dialog() was for.
FileUse last_file_dialog_use();
/// How many times platform::request_frame_after() was called.
long frame_requests();
/// Moves platform::now_seconds() forward (tests of debounced autosave).
void advance_clock(double seconds);
/// Makes storage_set() refuse values (quota exceeded) while true.
void set_storage_full(bool full);
/// Makes open_file_dialog() refuse, as a browser does long after the key press, while true.
void set_file_dialogs_refused(bool refused);
/// Forgets downloads, storage, crash buffers, the clock offset and the flags.
void reset();

// The crash-buffer store (platform_native_autosave.cpp). Each editor's start is a new tab.
/// Committed slots by slot id (a tab's slot id is its tab id).
std::map<std::string, CrashBuffer>& crash_buffers();
/// The tab of the editor started last.
std::string current_tab();
/// While true, a starting editor leaves the previous tab alive (two tabs open) instead of closing it first.
void keep_previous_tab_alive(bool keep);
/// The tab dies (crash): its marks go, its slot stays.
void kill_tab(const std::string& tab);
/// Makes writes fail (quota) while true.
void set_crash_store_failing(bool failing);
/// While true, writes stay pending until commit_crash_writes() (the browser commits asynchronously).
void set_crash_store_deferred(bool deferred);
/// While true, the store is still opening (crash_buffers_ready() is false), as in a browser while the editor
/// starts. Writes made meanwhile are not modelled.
void set_crash_store_opening(bool opening);
void commit_crash_writes();
void reset_crash_store();

}  // namespace nianbao::platform::native
