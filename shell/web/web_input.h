// web_input.h — browser input into ImGui: pointer, wheel, keys, text, IME, clipboard.
#pragma once

namespace nianbao::web {

/// Installs ImGui's clipboard and IME platform hooks (after ImGui::CreateContext()).
void install_input_hooks();

/// After a frame: whether the keyboard has come to rest, so that keys held during a hand-over (library_input.js)
/// can be delivered: every earlier key handled, no focus move pending, no dialog about to take the keyboard.
bool keyboard_settled();

/// After each frame: keeps frames coming while ImGui is animating something the user sees (caret blink).
void after_frame_input();

}  // namespace nianbao::web
