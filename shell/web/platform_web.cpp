// platform_web.cpp — ui/platform.h in the browser (except text areas: text_area_web.cpp).
// Every function is a thin call into library_platform.js / library_page.js.
#include <cstdlib>

#include "js_bridge.h"
#include "platform.h"

namespace nianbao::platform {
namespace {

/// Takes a malloc'd C string from JS.
std::optional<std::string> take(char* text) {
  if (!text) return std::nullopt;
  std::string s(text);
  std::free(text);
  return s;
}

}  // namespace

void download(const std::string& filename, const std::string& mime, const std::string& bytes) {
  nb_js_download(filename.c_str(), mime.c_str(), bytes.data(), bytes.size());
}

bool open_file_dialog(const char* accept, FileUse use) { return nb_js_open_file_dialog(accept, static_cast<int>(use)) != 0; }

void print_html(const std::string& html) { nb_js_print(html.c_str()); }

bool storage_set(const std::string& key, const std::string& value) {
  return nb_js_storage_set(key.c_str(), value.c_str()) != 0;
}

std::optional<std::string> storage_get(const std::string& key) { return take(nb_js_storage_get(key.c_str())); }

std::optional<std::string> decode_gbk(const std::string& bytes) { return take(nb_js_decode_gbk(bytes.data(), bytes.size())); }

void storage_remove(const std::string& key) { nb_js_storage_remove(key.c_str()); }

void set_unsaved_changes(bool unsaved) { nb_js_set_unsaved(unsaved ? 1 : 0); }

double now_seconds() { return nb_js_now_ms() / 1000.0; }

void request_frame_after(double seconds) { nb_js_frame_after(seconds > 0 ? seconds * 1000.0 : 0.0); }

}  // namespace nianbao::platform
