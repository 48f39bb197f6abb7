// api_web.cpp — C entry points behind window.nianbao (library_page.js) and opened/dropped files.
//
// Strings returned to JS point into a static buffer valid until the next call (JS copies them at once).
#include <emscripten/emscripten.h>

#include <string>

#include "shell.h"

using nianbao::web::app;
using nianbao::web::wake;

namespace {

std::string g_result;

const char* hand_out(std::string s) {
  g_result = std::move(s);
  return g_result.c_str();
}

}  // namespace

extern "C" {

/// A file chosen in the picker or dropped on the page (`bytes` is not NUL-terminated). Returns "" or an error.
EMSCRIPTEN_KEEPALIVE const char* nb_open_file(const char* name, const char* bytes, int size) {
  std::string error = app().open_file(name, std::string(bytes, static_cast<size_t>(size)));
  wake();
  return hand_out(std::move(error));
}

EMSCRIPTEN_KEEPALIVE const char* nb_get_report() { return hand_out(app().report_json()); }

EMSCRIPTEN_KEEPALIVE const char* nb_load_report(const char* json) {
  std::string error = app().load_report(json);
  wake();
  return hand_out(std::move(error));
}

/// A picked file for another use than opening it (platform::FileUse).
EMSCRIPTEN_KEEPALIVE const char* nb_open_file_as(int use, const char* name, const char* bytes, int size) {
  std::string error = app().open_file_as(static_cast<nianbao::platform::FileUse>(use), name,
                                         std::string(bytes, static_cast<size_t>(size)));
  wake();
  return hand_out(std::move(error));
}

/// `count` files for `use` follow (nb_open_file_as each).
EMSCRIPTEN_KEEPALIVE void nb_files_coming(int use, int count) {
  app().files_coming(static_cast<nianbao::platform::FileUse>(use), count);
  wake();
}

EMSCRIPTEN_KEEPALIVE const char* nb_load_previous(const char* json) {
  std::string error = app().load_previous(json);
  wake();
  return hand_out(std::move(error));
}

EMSCRIPTEN_KEEPALIVE const char* nb_get_findings() { return hand_out(app().findings_json()); }

EMSCRIPTEN_KEEPALIVE const char* nb_locate(const char* target) { return hand_out(app().locate(target)); }

EMSCRIPTEN_KEEPALIVE const char* nb_workbench() { return hand_out(app().workbench_json()); }

EMSCRIPTEN_KEEPALIVE const char* nb_status_line() { return hand_out(app().status_line()); }

EMSCRIPTEN_KEEPALIVE double nb_frame_count() { return static_cast<double>(nianbao::web::frame_count()); }

}  // extern "C"
