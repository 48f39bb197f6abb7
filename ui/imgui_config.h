// imgui_config.h — the editor's Dear ImGui user config (IMGUI_USER_CONFIG, set by ui/CMakeLists.txt for
// every build that compiles ImGui: native tests and the web editor alike).
#pragma once

// 32-bit ImWchar: characters beyond U+FFFF (rare place-name and personal-name characters such as 𬌗
// U+2C317) must be typed, drawn and kept; with 16-bit ImWchar ImGui replaces them with U+FFFD.
#define IMGUI_USE_WCHAR32
