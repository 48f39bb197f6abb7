// autosave_dialog.cpp — the restore dialog: the crash buffers of editors that died, each with its report and
// the time it was written; 恢复 takes one into this tab, 丢弃 asks first, 稍后 leaves them for the next start.
// Keys: Enter 恢复 and D 丢弃… the first offer, Esc 稍后决定; while 丢弃 asks, Y 确定丢弃, Esc or Enter 返回.
#include <string>

#include "editor.h"
#include "imgui.h"
#include "platform.h"
#include "widgets.h"

namespace nianbao::ui {

namespace {

/// Locator ids of the first offers' buttons (Locator keeps ids by pointer: literals only).
constexpr int kLocated = 4;
constexpr const char* kAcceptIds[kLocated] = {"restore.accept", "restore.accept.1", "restore.accept.2",
                                              "restore.accept.3"};
constexpr const char* kDiscardIds[kLocated] = {"restore.discard", "restore.discard.1", "restore.discard.2",
                                               "restore.discard.3"};
constexpr const char* kConfirmIds[kLocated] = {"restore.discard.confirm", "restore.discard.confirm.1",
                                               "restore.discard.confirm.2", "restore.discard.confirm.3"};

}  // namespace

void Editor::draw_restore_dialog() {
  if (restore_offers_.empty()) return;
  constexpr const char* kTitle = "恢复未保存的工作";
  if (!ImGui::IsPopupOpen(kTitle)) ImGui::OpenPopup(kTitle);
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (!ImGui::BeginPopupModal(kTitle, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  ImGui::TextUnformatted(restore_offers_.size() == 1
                             ? "有一份报告在页面关闭或浏览器出错前有修改未保存为文件，"
                             : "有几份报告在页面关闭或浏览器出错前有修改未保存为文件，");
  ImGui::TextUnformatted("修改保存在本浏览器的崩溃恢复缓存中（不能代替文件）：");
  const double now = platform::wall_clock_ms();
  const bool keys = !ImGui::IsWindowAppearing();  // a key typed as it appears was meant for the page
  const bool confirming = restore_confirm_ >= 0;     // Esc then answers the question, not the dialog
  int chosen = -1;
  for (int i = 0; i < static_cast<int>(restore_offers_.size()); ++i) {
    const RestoreOffer& offer = restore_offers_[static_cast<size_t>(i)];
    ImGui::PushID(i);
    ImGui::Separator();
    ImGui::TextUnformatted(("《" + offer.title + "》").c_str());
    ImGui::TextDisabled("缓存写入于 %s", describe_saved_time(offer.saved_at_ms, now).c_str());
    const bool first = i == 0;  // the offer Enter and D answer (the question of 丢弃 takes the keys while open)
    if (restore_confirm_ == i) {
      ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "丢弃后无法找回。确定丢弃这份缓存吗？");
      if (ImGui::Button("确定丢弃 (Y)") || (keys && ImGui::IsKeyChordPressed(ImGuiKey_Y))) {
        platform::crash_buffer_delete(offer.slot);
        restore_offers_.erase(restore_offers_.begin() + i);
        restore_confirm_ = -1;
        ImGui::PopID();
        break;
      }
      if (i < kLocated) loc_.item(kConfirmIds[i]);
      ImGui::SameLine();
      if (ImGui::Button("返回 (Esc)") || (keys && (escape_pressed() || enter_pressed())))
        restore_confirm_ = -1;
    } else {
      const bool answering = first && keys && !confirming;
      if (ImGui::Button(first ? "恢复 (Enter)" : "恢复") || (answering && enter_pressed())) chosen = i;
      if (i < kLocated) loc_.item(kAcceptIds[i]);
      ImGui::SameLine();
      if (ImGui::Button(first ? "丢弃… (D)" : "丢弃…") || (answering && ImGui::IsKeyChordPressed(ImGuiKey_D)))
        restore_confirm_ = i;
      if (i < kLocated) loc_.item(kDiscardIds[i]);
    }
    ImGui::PopID();
  }
  ImGui::Separator();
  const bool later = ImGui::Button("稍后决定（下次打开编辑器时再提示） (Esc)") ||
                     (keys && !confirming && escape_pressed());
  loc_.item("restore.later");
  if (chosen >= 0) {
    RestoreOffer offer = std::move(restore_offers_[static_cast<size_t>(chosen)]);
    restore_offers_.erase(restore_offers_.begin() + chosen);
    LoadResult r = load_report_json(offer.json);
    if (r.ok) {
      replace_report({"恢复崩溃恢复缓存", std::move(r.report), false, "已从崩溃恢复缓存恢复，请记得保存文件", {}},
                     false);
      // This tab's own buffer takes the work over; the dead one goes once that write is on disk.
      autosave_.write_now(current_json());
      platform::crash_buffer_delete(offer.slot);
      if (!restore_offers_.empty())
        status_ += "；另有 " + std::to_string(restore_offers_.size()) + " 份缓存，会在新打开的编辑器中再次提示";
    }
  }
  if (chosen >= 0 || later) {
    for (const RestoreOffer& rest : restore_offers_) platform::crash_buffer_release(rest.slot);
    restore_offers_.clear();
    restore_confirm_ = -1;
  }
  if (restore_offers_.empty()) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

}  // namespace nianbao::ui
