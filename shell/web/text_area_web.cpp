// text_area_web.cpp — platform::text_area in the browser: a real DOM <textarea> over the ImGui region.
//
// The DOM element gives native wrapping of Chinese, IME, selection, undo and paste from Word. Each frame the
// area reserves its rectangle in the ImGui layout and tells library_text_area.js where to put the element;
// the element is hidden when the region is scrolled away, not drawn this frame, or covered by another ImGui
// window (popup, modal, tooltip). Text crosses the boundary only when one side changed it.
#include <cfloat>
#include <cstdlib>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

#include "imgui.h"
#include "imgui_internal.h"
#include "js_bridge.h"
#include "platform.h"

namespace nianbao::platform {
namespace {

struct AreaState {
  bool known = false;  ///< the DOM element holds `synced`
  std::string synced;  ///< text last exchanged with the DOM element
  std::optional<std::pair<size_t, size_t>> pending_select;  ///< byte range to select once scrolled there
  bool scroll_requested = false;  ///< the ImGui window was asked to scroll to the area (applies next frame)
};

std::unordered_map<std::string, AreaState> g_areas;

/// UTF-16 code units in the first `bytes` bytes of UTF-8 `text` (DOM selection offsets are UTF-16).
int utf16_offset(const std::string& text, size_t bytes) {
  int units = 0;
  for (size_t i = 0; i < bytes && i < text.size(); ++i) {
    unsigned char b = static_cast<unsigned char>(text[i]);
    if ((b & 0xC0) != 0x80) units += b >= 0xF0 ? 2 : 1;
  }
  return units;
}

/// True when another ImGui window (popup, modal, a window in front) overlaps `rect`, or a modal is open
/// elsewhere: a DOM element would otherwise float above it. Tooltips do not count: one brushing the area
/// would hide and unfocus it in the middle of typing, and the keys typed next would go nowhere.
bool covered(const ImRect& rect) {
  ImGuiContext& g = *GImGui;
  ImGuiWindow* own_root = ImGui::GetCurrentWindow()->RootWindow;
  ImGuiWindow* modal = ImGui::GetTopMostPopupModal();
  if (modal && modal != own_root) return true;
  bool above = false;
  for (ImGuiWindow* w : g.Windows) {
    if (w == own_root) {
      above = true;
      continue;
    }
    if (!above || w->RootWindow == own_root || w->Hidden || w->IsFallbackWindow || !(w->Active || w->WasActive) ||
        (w->Flags & ImGuiWindowFlags_Tooltip))
      continue;  // (the implicit "Debug" window is active every frame but never drawn)
    if (w->Rect().Overlaps(rect)) return true;
  }
  return false;
}

}  // namespace

bool text_area(const char* id, std::string& text, float height, const char* placeholder) {
  AreaState& state = g_areas[id];
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  if (state.pending_select && !state.scroll_requested) {
    ImGui::SetScrollFromPosY(pos.y - window->Pos.y, 0.25f);
    state.scroll_requested = true;
  }

  const ImRect rect(pos, ImVec2(pos.x + width, pos.y + height));
  ImGui::PushID(id);
  ImGui::Dummy(ImVec2(width, height));
  ImGui::PopID();
  // The frame behind the element: shows where the area is while the element is hidden (covered, loading).
  window->DrawList->AddRectFilled(rect.Min, rect.Max, ImGui::GetColorU32(ImGuiCol_FrameBg));

  bool changed = false;
  if (char* edited = nb_js_text_area_take(id)) {
    text = edited;
    std::free(edited);
    state.synced = text;
    state.known = true;
    changed = true;
  } else if (!state.known || state.synced != text) {
    nb_js_text_area_set(id, text.c_str());
    state.synced = text;
    state.known = true;
  }

  ImRect clip = window->ClipRect;
  clip.ClipWith(rect);
  const bool visible = clip.GetWidth() > 0 && clip.GetHeight() > 0 && !covered(rect);
  if (visible) {
    nb_js_text_area_place(id, rect.Min.x, rect.Min.y, width, height, clip.Min.x, clip.Min.y, clip.Max.x, clip.Max.y,
                          ImGui::GetFontSize(), placeholder ? placeholder : "");
    if (state.pending_select && state.scroll_requested && window->ScrollTarget.y == FLT_MAX) {
      auto [begin, end] = *state.pending_select;
      nb_js_text_area_select(id, utf16_offset(text, begin), utf16_offset(text, end));
      state.pending_select.reset();
      state.scroll_requested = false;
    }
  }
  // Scrolling applies next frame; a covered area waits for the next input instead of spinning.
  if (state.pending_select && (visible || !state.scroll_requested)) request_frame_after(0);
  return changed;
}

int text_area_tab(const char* id) { return nb_js_text_area_take_tab(id); }

int text_area_history(const char* id) { return nb_js_text_area_take_history(id); }

void canvas_takes_keys() { nb_js_canvas_takes_keys(); }

void text_area_select(const char* id, size_t begin, size_t end) {
  nb_js_text_area_expect();  // keys typed before the area has the focus are held for it
  AreaState& state = g_areas[id];
  state.pending_select = std::make_pair(begin, end);
  state.scroll_requested = false;
  request_frame_after(0);
}

}  // namespace nianbao::platform
