// webgl_context.h — the WebGL2 context on <canvas id="canvas"> that the editor and the benchmark's bare ImGui
// page (bench/web/bare_imgui.cpp) both draw into, made alike so their first frames compare.
#pragma once

#include <emscripten/html5.h>

#include <cstdio>

namespace nianbao::web {

/// Creates the WebGL2 context (no alpha, depth, stencil or multisampling: ImGui needs none) and makes it
/// current. Returns false, with a message on stderr, when the browser has no WebGL2.
inline bool make_webgl2_context() {
  EmscriptenWebGLContextAttributes attrs;
  emscripten_webgl_init_context_attributes(&attrs);
  attrs.majorVersion = 2;
  attrs.alpha = false;
  attrs.depth = false;
  attrs.stencil = false;
  attrs.antialias = false;
  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = emscripten_webgl_create_context("#canvas", &attrs);
  if (gl <= 0) {
    std::fprintf(stderr, "WebGL2 unavailable (%d)\n", static_cast<int>(gl));
    return false;
  }
  emscripten_webgl_make_context_current(gl);
  return true;
}

}  // namespace nianbao::web
