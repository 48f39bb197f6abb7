// widgets.h — small ImGui helpers shared by the editor's drawing files.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "imgui.h"

namespace nianbao::ui {

/// Single-line input editing `text` in place (grows as needed). Returns true when edited.
bool input_string(const char* id, std::string& text, const char* hint = nullptr, ImGuiInputTextFlags flags = 0);

/// Multi-line input editing `text` in place (grows as needed), `size` as for ImGui::InputTextMultiline.
bool input_multiline_string(const char* id, std::string& text, const ImVec2& size);

/// Width of a code point in the current font at the current size (for break_lines).
float current_char_width(char32_t c);

/// Alt+`chord`'s key pressed this frame, wherever the keyboard is, the tables included (they leave Alt chords
/// alone). `chord` is ImGuiMod_Alt | key.
bool alt_chord_pressed(ImGuiKeyChord chord);

/// Esc answers a dialog with its safe choice (cancel, close); Enter with its default button.
bool escape_pressed();
bool enter_pressed();

/// Draws pre-broken lines at the cursor (no further wrapping), advancing the cursor.
void draw_lines(const std::vector<std::string_view>& lines, ImU32 color);

}  // namespace nianbao::ui
