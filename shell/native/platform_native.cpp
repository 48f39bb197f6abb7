// platform_native.cpp — the platform seam without a browser: memory storage, recorded downloads,
// ImGui's own multiline editor for prose. Used by the headless tests and native runs.
#include "platform_native.h"

#include <algorithm>
#include <chrono>
#include <climits>
#include <cstring>

#include "imgui.h"
#include "imgui_internal.h"
#include "legacy_encoding.h"
#include "platform.h"

namespace nianbao::platform {

namespace {

struct State {
  std::vector<native::Download> downloads;
  std::vector<std::string> printed;
  std::map<std::string, std::string> storage;
  bool unsaved = false;
  bool storage_full = false;
  int dialogs = 0;
  bool dialogs_refused = false;
  FileUse dialog_use = FileUse::Open;
  long frame_requests = 0;
  double clock_offset = 0;
  std::string select_id;  ///< text area awaiting a selection from text_area_select()
  size_t select_begin = 0;
  size_t select_end = 0;
  std::map<std::string, int> tab;  ///< text areas left with Tab (1) or Shift+Tab (-1), not yet taken
  std::map<std::string, int> history;  ///< Ctrl+Z (-1) or Ctrl+Y (1) pressed in a text area, not yet taken
};

State& state() {
  static State s;
  return s;
}

struct AreaData {
  std::string* text;
  bool select;
};

int area_callback(ImGuiInputTextCallbackData* data) {
  auto* area = static_cast<AreaData*>(data->UserData);
  if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
    area->text->resize(static_cast<size_t>(data->BufTextLen));
    data->Buf = area->text->data();
  } else if (data->EventFlag == ImGuiInputTextFlags_CallbackAlways && area->select) {
    State& s = state();
    const int len = data->BufTextLen;
    data->SelectionStart = std::min(static_cast<int>(s.select_begin), len);
    data->SelectionEnd = std::min(static_cast<int>(s.select_end), len);
    data->CursorPos = data->SelectionEnd;
    s.select_id.clear();
  }
  return 0;
}

}  // namespace

void download(const std::string& filename, const std::string& mime, const std::string& bytes) {
  state().downloads.push_back({filename, mime, bytes});
}

bool open_file_dialog(const char*, FileUse use) {
  if (state().dialogs_refused) return false;
  ++state().dialogs;
  state().dialog_use = use;
  return true;
}

void print_html(const std::string& html) { state().printed.push_back(html); }

bool storage_set(const std::string& key, const std::string& value) {
  if (state().storage_full) return false;
  state().storage[key] = value;
  return true;
}

std::optional<std::string> decode_gbk(const std::string& bytes) { return nianbao::native::gb18030_to_utf8(bytes); }

std::optional<std::string> storage_get(const std::string& key) {
  auto it = state().storage.find(key);
  if (it == state().storage.end()) return std::nullopt;
  return it->second;
}

void storage_remove(const std::string& key) { state().storage.erase(key); }

void set_unsaved_changes(bool unsaved) { state().unsaved = unsaved; }

bool text_area(const char* id, std::string& text, float height, const char* placeholder) {
  State& s = state();
  const bool select = s.select_id == id;
  ImGui::PushID(id);
  if (select) {
    ImGui::SetScrollHereY(0.2f);
    ImGui::SetKeyboardFocusHere();
  }
  const ImVec2 size(ImGui::GetContentRegionAvail().x, height);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  AreaData data{&text, select && ImGui::GetActiveID() == ImGui::GetID("##area")};
  const bool changed = ImGui::InputTextMultiline(
      "##area", text.data(), text.capacity() + 1, size,
      ImGuiInputTextFlags_CallbackResize | ImGuiInputTextFlags_CallbackAlways | ImGuiInputTextFlags_NoUndoRedo,
      area_callback, &data);
  if (ImGui::IsItemActive()) {  // Tab leaves the area for the editor's next stop, as in the browser
    ImGui::SetItemKeyOwner(ImGuiKey_Tab);
    const bool shift = ImGui::GetIO().KeyShift;
    if (ImGui::IsKeyPressed(ImGuiKey_Tab, false)) s.tab[id] = shift ? -1 : 1;
    const bool ctrl = ImGui::GetIO().KeyCtrl;
    if (ctrl && ImGui::IsKeyPressed(ImGuiKey_Z, false)) s.history[id] = shift ? 1 : -1;
    if (ctrl && ImGui::IsKeyPressed(ImGuiKey_Y, false)) s.history[id] = 1;
  }
  if (text.empty() && !ImGui::IsItemActive() && placeholder) {
    const ImGuiStyle& st = ImGui::GetStyle();
    ImGui::GetWindowDrawList()->AddText(ImVec2(pos.x + st.FramePadding.x, pos.y + st.FramePadding.y),
                                        ImGui::GetColorU32(ImGuiCol_TextDisabled), placeholder);
  }
  ImGui::PopID();
  return changed;
}

/// The direction recorded for area `id` in `keys` (0 when none), cleared.
static int take_direction(std::map<std::string, int>& keys, const char* id) {
  auto it = keys.find(id);
  if (it == keys.end()) return 0;
  const int dir = it->second;
  keys.erase(it);
  return dir;
}

int text_area_tab(const char* id) { return take_direction(state().tab, id); }

int text_area_history(const char* id) {
  const int dir = take_direction(state().history, id);
  if (dir == 0) return 0;
  // An active InputText keeps its own copy of the text: let go, and take the keyboard back with the caret at the end.
  if (ImGui::GetCurrentContext()) ImGui::ClearActiveID();
  state().select_id = id;
  state().select_begin = state().select_end = static_cast<size_t>(INT_MAX);
  return dir;
}

void canvas_takes_keys() {
  if (ImGui::GetCurrentContext()) ImGui::ClearActiveID();
}

void text_area_select(const char* id, size_t begin, size_t end) {
  State& s = state();
  s.select_id = id;
  s.select_begin = begin;
  s.select_end = end;
}

double now_seconds() {
  using clock = std::chrono::steady_clock;
  static const clock::time_point start = clock::now();
  return std::chrono::duration<double>(clock::now() - start).count() + state().clock_offset;
}

void request_frame_after(double) { ++state().frame_requests; }

namespace native {

std::vector<Download>& downloads() { return state().downloads; }
std::vector<std::string>& printed() { return state().printed; }
std::map<std::string, std::string>& storage() { return state().storage; }
bool unsaved_changes() { return state().unsaved; }
int file_dialogs_opened() { return state().dialogs; }
FileUse last_file_dialog_use() { return state().dialog_use; }
long frame_requests() { return state().frame_requests; }
void advance_clock(double seconds) { state().clock_offset += seconds; }
void set_storage_full(bool full) { state().storage_full = full; }
void set_file_dialogs_refused(bool refused) { state().dialogs_refused = refused; }
void reset() {
  state() = State{};
  reset_crash_store();
}

}  // namespace native

}  // namespace nianbao::platform
