// emscripten_mainloop_stub.h — stands in for the file of this name that Dear ImGui's examples include from
// examples/libs/emscripten/ (Debian's source package leaves examples/libs out). Same contract: the body
// between EMSCRIPTEN_MAINLOOP_BEGIN and EMSCRIPTEN_MAINLOOP_END becomes the browser's per-frame callback, in
// which `continue` ends the frame early (the do-while).
#pragma once
#include <emscripten.h>

#include <functional>

static std::function<void()> imgui_example_main_loop;
static void imgui_example_run_main_loop() { imgui_example_main_loop(); }
#define EMSCRIPTEN_MAINLOOP_BEGIN imgui_example_main_loop = [&]() { do
#define EMSCRIPTEN_MAINLOOP_END while (0); }; emscripten_set_main_loop(imgui_example_run_main_loop, 0, true)
