// widgets.cpp — ImGui helpers.
#include "widgets.h"

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

}  // namespace nianbao::ui
