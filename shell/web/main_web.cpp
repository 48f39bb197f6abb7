// main_web.cpp — the browser editor's entry point: WebGL2 context, ImGui setup, one frame on demand.
//
// Frames are not drawn on every animation frame: the page's scheduler (library_page.js) calls nb_frame()
// only after input, a due timer (request_frame_after) or a resize, so an idle page costs nothing. The first
// frame is drawn by main() itself.
//
// Index
//   nb_frame ........ one frame: display size, font size, app->frame(), text areas, render
//   main ............ context, ImGui, app
#include <GLES3/gl3.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>


#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "js_bridge.h"
#include "platform.h"
#include "shell.h"
#include "web_input.h"
#include "webgl_context.h"

namespace nianbao::web {
namespace {

std::unique_ptr<ui::App> g_app;
unsigned long g_frames = 0;
double g_last_time = 0;

}  // namespace

ui::App& app() { return *g_app; }
unsigned long frame_count() { return g_frames; }
void wake() { nb_js_frame_after(0); }

}  // namespace nianbao::web

using namespace nianbao::web;

extern "C" {

/// Draws one frame. Called by the page's scheduler only when something happened.
EMSCRIPTEN_KEEPALIVE void nb_frame() {
  ImGuiIO& io = ImGui::GetIO();
  float css_w = 0, css_h = 0, ratio = 1;
  nb_js_canvas_size(&css_w, &css_h, &ratio);
  io.DisplaySize = ImVec2(css_w, css_h);
  io.DisplayFramebufferScale = ImVec2(ratio, ratio);  // crisp text: ImGui rasterizes glyphs at this density
  double now = nianbao::platform::now_seconds();
  io.DeltaTime = g_last_time > 0 && now > g_last_time ? static_cast<float>(now - g_last_time) : 1.0f / 60.0f;
  g_last_time = now;
  ImGui::GetStyle().FontSizeBase = g_app->font_size();

  ImGui_ImplOpenGL3_NewFrame();
  g_app->before_frame();
  redraw_missing_glyphs();
  ImGui::NewFrame();
  g_app->frame();
  ImGui::Render();
  flush_glyphs();
  nb_js_text_areas_end_frame(keyboard_settled());

  glViewport(0, 0, static_cast<int>(css_w * ratio), static_cast<int>(css_h * ratio));
  glClearColor(0.95f, 0.95f, 0.95f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  // bench/web_budget.mjs reads this mark, which the bare ImGui page sets at the same point of its frame.
  if (g_frames == 0) EM_ASM(performance.mark('first-frame'));
  ++g_frames;
  after_frame_input();
}

}  // extern "C"

int main() {
  if (!make_webgl2_context()) return 1;

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout is the editor's business, not a file next to the page
  io.BackendPlatformName = "nianbao_web";
  setup_fonts();  // font_web.cpp: the computer's own fonts
  install_input_hooks();
  ImGui_ImplOpenGL3_Init("#version 300 es");

  nb_js_init();
  g_app = nianbao::ui::create_app();
  open_example_from_hash();
  // The first frame at once, not at the next animation frame: the page is shown as soon as it can be.
  nb_frame();
  wake();
  return 0;  // the runtime stays alive (EXIT_RUNTIME=0); frames come from the page's scheduler
}
