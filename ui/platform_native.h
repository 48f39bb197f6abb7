// platform_native.h — extras of the native platform (ui/platform_native.cpp) for tests and native runs.
#pragma once

#include <map>
#include <string>
#include <vector>

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
/// How many times platform::request_frame_after() was called.
long frame_requests();
/// Moves platform::now_seconds() forward (tests of debounced autosave).
void advance_clock(double seconds);
/// Makes storage_set() refuse values (quota exceeded) while true.
void set_storage_full(bool full);
/// Forgets downloads, storage, the clock offset and the flags.
void reset();

}  // namespace nianbao::platform::native
