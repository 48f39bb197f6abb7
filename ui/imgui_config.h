// imgui_config.h — the project's Dear ImGui configuration (IMGUI_USER_CONFIG, set by cmake/imgui.cmake for
// ImGui itself and for every target that includes imgui.h, so all of them agree on it).
#pragma once

// The editor uses none of the functions ImGui keeps only for old code; leaving them out keeps it current.
#define IMGUI_DISABLE_OBSOLETE_FUNCTIONS
// No metrics window, item picker or debug log in the shipped editor (smaller wasm).
#define IMGUI_DISABLE_DEBUG_TOOLS
