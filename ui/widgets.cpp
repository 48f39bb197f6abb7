// widgets.cpp — ImGui helpers.
#include "widgets.h"

#include "imgui_internal.h"

namespace nianbao::ui {

namespace {

int resize_callback(ImGuiInputTextCallbackData* data) {
  if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
    auto* text = static_cast<std::string*>(data->UserData);
    text->resize(static_cast<size_t>(data->BufTextLen));
    data->Buf = text->data();
  }
  return 0;
}

bool is_alt(ImGuiKey k) { return k == ImGuiMod_Alt || k == ImGuiKey_ReservedForModAlt; }

}  // namespace

bool input_string(const char* id, std::string& text, const char* hint, ImGuiInputTextFlags flags) {
  return ImGui::InputTextWithHint(id, hint ? hint : "", text.data(), text.capacity() + 1,
                                  flags | ImGuiInputTextFlags_CallbackResize, resize_callback, &text);
}

bool input_multiline_string(const char* id, std::string& text, const ImVec2& size) {
  return ImGui::InputTextMultiline(id, text.data(), text.capacity() + 1, size, ImGuiInputTextFlags_CallbackResize,
                                   resize_callback, &text);
}

float current_char_width(char32_t c) {
  if (c > 0xFFFF) return ImGui::GetFontSize();
  return ImGui::GetFontBaked()->GetCharAdvance(static_cast<ImWchar>(c));
}

void draw_lines(const std::vector<std::string_view>& lines, ImU32 color) {
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  for (auto line : lines) ImGui::TextUnformatted(line.data(), line.data() + line.size());
  ImGui::PopStyleColor();
}

bool escape_pressed() { return ImGui::IsKeyPressed(ImGuiKey_Escape, false); }

bool enter_pressed() {
  return ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false);
}

// Read from the frame's event trail: while the tables own the keyboard a whole key press (Alt down, key down,
// key up, Alt up) arrives in one frame, where key states no longer show it.
bool alt_chord_pressed(ImGuiKeyChord chord) {
  const ImGuiKey key = static_cast<ImGuiKey>(chord & ~ImGuiMod_Mask_);
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  bool alt = g.IO.KeyAlt;  // as the trail left it; walked back to how it began
  for (int i = g.InputEventsTrail.Size - 1; i >= 0; --i)
    if (g.InputEventsTrail[i].Type == ImGuiInputEventType_Key && is_alt(g.InputEventsTrail[i].Key.Key))
      alt = !g.InputEventsTrail[i].Key.Down;
  for (const ImGuiInputEvent& e : g.InputEventsTrail) {
    if (e.Type != ImGuiInputEventType_Key) continue;
    if (is_alt(e.Key.Key)) alt = e.Key.Down;
    else if (e.Key.Key == key && e.Key.Down && alt) return true;
  }
  return false;
}

}  // namespace nianbao::ui
