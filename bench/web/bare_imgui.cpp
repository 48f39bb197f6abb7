// bare_imgui.cpp — the yardstick of bench/web_budget.mjs: a bare Dear ImGui page (ImGui's built-in font, one
// window), built and packed like nianbao.html, that draws one frame, marks it
// (performance mark "first-frame", as the editor does) and sets window.bareFrames.
#include <GLES3/gl3.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "webgl_context.h"

int main() {
  if (!nianbao::web::make_webgl2_context()) return 1;

  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.Fonts->AddFontDefault();
  ImGui_ImplOpenGL3_Init("#version 300 es");

  double css_w = 0, css_h = 0;
  emscripten_get_element_css_size("#canvas", &css_w, &css_h);
  const double ratio = emscripten_get_device_pixel_ratio();
  const int w = static_cast<int>(css_w * ratio), h = static_cast<int>(css_h * ratio);
  emscripten_set_canvas_element_size("#canvas", w, h);
  io.DisplaySize = ImVec2(static_cast<float>(css_w), static_cast<float>(css_h));
  io.DisplayFramebufferScale = ImVec2(static_cast<float>(ratio), static_cast<float>(ratio));

  ImGui_ImplOpenGL3_NewFrame();
  ImGui::NewFrame();
  ImGui::Begin("bare");
  ImGui::TextUnformatted("A bare Dear ImGui page.");
  ImGui::End();
  ImGui::Render();
  glViewport(0, 0, w, h);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  EM_ASM({
    performance.mark('first-frame');  // where the editor marks its first frame (main_web.cpp)
    window.bareFrames = 1;
  });
  return 0;
}
