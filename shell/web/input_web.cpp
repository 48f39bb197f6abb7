// input_web.cpp — browser events into ImGui (called from library_input.js), and ImGui's clipboard/IME hooks.
//
// Text never comes from key events: the IME textarea of library_input.js delivers committed text (typed
// letters and Chinese from input methods alike) through nb_text(), so nothing arrives twice.
//
// Index
//   key_from_dom ....... DOM KeyboardEvent.key/.code → ImGuiKey
//   nb_pointer_* ....... mouse/touch position and buttons, wheel
//   nb_key / nb_text ... keys with modifiers, committed text
//   hooks .............. clipboard get/set, IME position
#include <emscripten/emscripten.h>

#include <cfloat>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "imgui.h"
#include "imgui_internal.h"
#include "js_bridge.h"
#include "platform.h"
#include "shell.h"
#include "web_input.h"

namespace nianbao::web {
namespace {

struct NamedKey {
  const char* code;
  ImGuiKey key;
};

// DOM KeyboardEvent.code values of the non-character keys ImGui knows.
constexpr NamedKey kNamedKeys[] = {
    {"Enter", ImGuiKey_Enter}, {"NumpadEnter", ImGuiKey_KeypadEnter}, {"Tab", ImGuiKey_Tab},
    {"Backspace", ImGuiKey_Backspace}, {"Delete", ImGuiKey_Delete}, {"Escape", ImGuiKey_Escape},
    {"Insert", ImGuiKey_Insert}, {"Space", ImGuiKey_Space}, {"ArrowLeft", ImGuiKey_LeftArrow},
    {"ArrowRight", ImGuiKey_RightArrow}, {"ArrowUp", ImGuiKey_UpArrow}, {"ArrowDown", ImGuiKey_DownArrow},
    {"Home", ImGuiKey_Home}, {"End", ImGuiKey_End}, {"PageUp", ImGuiKey_PageUp}, {"PageDown", ImGuiKey_PageDown},
    {"ShiftLeft", ImGuiKey_LeftShift}, {"ShiftRight", ImGuiKey_RightShift},
    {"ControlLeft", ImGuiKey_LeftCtrl}, {"ControlRight", ImGuiKey_RightCtrl},
    {"AltLeft", ImGuiKey_LeftAlt}, {"AltRight", ImGuiKey_RightAlt},
    {"MetaLeft", ImGuiKey_LeftSuper}, {"MetaRight", ImGuiKey_RightSuper}, {"ContextMenu", ImGuiKey_Menu},
    {"Minus", ImGuiKey_Minus}, {"Equal", ImGuiKey_Equal}, {"BracketLeft", ImGuiKey_LeftBracket},
    {"BracketRight", ImGuiKey_RightBracket}, {"Backslash", ImGuiKey_Backslash}, {"Semicolon", ImGuiKey_Semicolon},
    {"Quote", ImGuiKey_Apostrophe}, {"Comma", ImGuiKey_Comma}, {"Period", ImGuiKey_Period},
    {"Slash", ImGuiKey_Slash}, {"Backquote", ImGuiKey_GraveAccent}, {"CapsLock", ImGuiKey_CapsLock},
    {"NumpadDecimal", ImGuiKey_KeypadDecimal}, {"NumpadDivide", ImGuiKey_KeypadDivide},
    {"NumpadMultiply", ImGuiKey_KeypadMultiply}, {"NumpadSubtract", ImGuiKey_KeypadSubtract},
    {"NumpadAdd", ImGuiKey_KeypadAdd},
};

/// Letters follow the layout (`key`), so Ctrl+C is Ctrl+C on AZERTY too; everything else the physical `code`.
ImGuiKey key_from_dom(std::string_view key, std::string_view code) {
  if (key.size() == 1) {
    char c = key[0];
    if (c >= 'a' && c <= 'z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'a'));
    if (c >= 'A' && c <= 'Z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'A'));
  }
  if (code.size() == 6 && code.substr(0, 5) == "Digit") return static_cast<ImGuiKey>(ImGuiKey_0 + (code[5] - '0'));
  if (code.size() == 7 && code.substr(0, 6) == "Numpad" && code[6] >= '0' && code[6] <= '9')
    return static_cast<ImGuiKey>(ImGuiKey_Keypad0 + (code[6] - '0'));
  if (code.size() >= 2 && code[0] == 'F' && code[1] >= '1' && code[1] <= '9') {
    int n = std::atoi(std::string(code.substr(1)).c_str());
    if (n >= 1 && n <= 12) return static_cast<ImGuiKey>(ImGuiKey_F1 + (n - 1));
  }
  for (const NamedKey& k : kNamedKeys)
    if (code == k.code) return k.key;
  return ImGuiKey_None;
}

std::string g_clipboard;  // keeps the text alive for ImGui after get

const char* get_clipboard(ImGuiContext*) {
  char* text = nb_js_get_clipboard();
  g_clipboard = text ? text : "";
  std::free(text);
  return g_clipboard.c_str();
}

void set_clipboard(ImGuiContext*, const char* text) { nb_js_set_clipboard(text); }

void set_ime_data(ImGuiContext*, ImGuiViewport*, ImGuiPlatformImeData* data) {
  nb_js_set_ime(data->WantTextInput || data->WantVisible, data->InputPos.x, data->InputPos.y, data->InputLineHeight);
}

}  // namespace

void install_input_hooks() {
  ImGuiPlatformIO& pio = ImGui::GetPlatformIO();
  pio.Platform_GetClipboardTextFn = get_clipboard;
  pio.Platform_SetClipboardTextFn = set_clipboard;
  pio.Platform_SetImeDataFn = set_ime_data;
}

bool keyboard_settled() {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  if (!g.InputEventsQueue.empty()) return false;  // keys typed earlier are still on their way in
  // ImGui moves the keyboard in the next frame (Tab between fields, SetKeyboardFocusHere): the field it
  // activates there ignores that frame's characters. (Keys given after this frame reach a field activated in it.)
  if (g.NavMoveSubmitted || g.NavMoveForwardToNextFrame || g.NavNextActivateId != 0) return false;
  // A dialog opened in this frame or the last focuses its first field when it appears.
  for (const ImGuiPopupData& popup : g.OpenPopupStack)
    if (popup.OpenFrameCount >= g.FrameCount - 1) return false;
  return true;
}

void after_frame_input() {
  // ImGui hands fast input over a few frames (one key press per frame, in typing order): draw until the
  // queue is empty, or keys typed faster than frames would wait for the next unrelated event.
  if (!ImGui::GetCurrentContext()->InputEventsQueue.empty()) {
    wake();
    return;
  }
  // An active ImGui text field blinks its caret (0.8 s on, 0.4 s off): wake up at that pace, nothing more.
  // (The table cells also want text input, but their caret does not blink.)
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  if (g.ActiveId != 0 && g.ActiveId == g.InputTextState.ID) platform::request_frame_after(0.4);
}

}  // namespace nianbao::web

using nianbao::web::wake;

extern "C" {

/// Pointer moved to (x, y) in CSS pixels; `touch` tells ImGui the source. (-1, -1): left the page.
EMSCRIPTEN_KEEPALIVE void nb_pointer_move(float x, float y, int touch) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(touch ? ImGuiMouseSource_TouchScreen : ImGuiMouseSource_Mouse);
  if (x < 0 && y < 0)
    io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
  else
    io.AddMousePosEvent(x, y);
  wake();
}

/// DOM button (0 left, 1 middle, 2 right) pressed or released.
EMSCRIPTEN_KEEPALIVE void nb_pointer_button(int dom_button, int down) {
  int button = dom_button == 1 ? 2 : dom_button == 2 ? 1 : dom_button;
  if (button < 0 || button >= ImGuiMouseButton_COUNT) return;
  ImGui::GetIO().AddMouseButtonEvent(button, down != 0);
  wake();
}

/// Wheel in ImGui units (one notch ≈ 1; positive = up/left).
EMSCRIPTEN_KEEPALIVE void nb_wheel(float dx, float dy) {
  ImGui::GetIO().AddMouseWheelEvent(dx, dy);
  wake();
}

/// A key went down or up; the modifier state comes with every key so it can never stick.
EMSCRIPTEN_KEEPALIVE void nb_key(const char* key, const char* code, int down, int ctrl, int shift, int alt,
                                 int meta) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(ImGuiMod_Ctrl, ctrl != 0);
  io.AddKeyEvent(ImGuiMod_Shift, shift != 0);
  io.AddKeyEvent(ImGuiMod_Alt, alt != 0);
  io.AddKeyEvent(ImGuiMod_Super, meta != 0);
  ImGuiKey k = nianbao::web::key_from_dom(key, code);
  if (k != ImGuiKey_None) io.AddKeyEvent(k, down != 0);
  wake();
}

/// Committed text (typed characters, an IME's result).
EMSCRIPTEN_KEEPALIVE void nb_text(const char* utf8) {
  ImGui::GetIO().AddInputCharactersUTF8(utf8);
  wake();
}

/// The page gained or lost focus (releases held keys on loss).
EMSCRIPTEN_KEEPALIVE void nb_focus(int focused) {
  ImGui::GetIO().AddFocusEvent(focused != 0);
  wake();
}

}  // extern "C"
