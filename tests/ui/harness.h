// harness.h — a headless ImGui frame loop around ui::App for the editor tests: no window, no GPU.
// Simulated mouse, keyboard and text input go through ImGui's input queue between frames.
#pragma once

#include <fstream>
#include <memory>
#include <string>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "app.h"
#include "imgui.h"
#include "platform_native.h"

namespace nianbao::test {

class Harness {
 public:
  /// `fresh`: forget the native platform's storage and downloads first (false simulates a restart).
  /// `height`: display height; the default shows every table without scrolling.
  explicit Harness(bool fresh = true, float height = 2600) {
    if (fresh) platform::native::reset();
    ctx_ = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(1400, height);
    io.BackendFlags |= ImGuiBackendFlags_RendererHasTextures;
    io.IniFilename = nullptr;
    const char* cjk = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
    if (std::ifstream(cjk).good())
      io.Fonts->AddFontFromFileTTF(cjk);
    else
      io.Fonts->AddFontDefault();
    app_ = ui::create_app();
    frames(2);
  }
  ~Harness() {
    app_.reset();
    ImGui::DestroyContext(ctx_);
  }
  Harness(const Harness&) = delete;
  Harness& operator=(const Harness&) = delete;

  ui::App& app() { return *app_; }

  /// Runs `n` frames, acting as a renderer that accepts every texture request.
  void frames(int n = 1) {
    for (int i = 0; i < n; ++i) {
      ImGui::GetIO().DeltaTime = 1.f / 60.f;
      app_->before_frame();
      ImGui::NewFrame();
      app_->frame();
      ImGui::Render();
      for (ImTextureData* tex : ImGui::GetPlatformIO().Textures) {
        if (tex->Status == ImTextureStatus_WantCreate || tex->Status == ImTextureStatus_WantUpdates) {
          tex->SetTexID(static_cast<ImTextureID>(1));
          tex->SetStatus(ImTextureStatus_OK);
        } else if (tex->Status == ImTextureStatus_WantDestroy) {
          tex->SetTexID(ImTextureID_Invalid);
          tex->SetStatus(ImTextureStatus_Destroyed);
        }
      }
    }
  }

  /// Center of `target` (App::locate); fails the test when it is not visible.
  ImVec2 center(const std::string& target) {
    const std::string where = app_->locate(target);
    REQUIRE_MESSAGE(!where.empty(), "target not visible: " << target);
    const auto j = nlohmann::json::parse(where);
    return ImVec2(j["x"].get<float>() + j["w"].get<float>() / 2, j["y"].get<float>() + j["h"].get<float>() / 2);
  }

  void click(const std::string& target) {
    const ImVec2 p = center(target);
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(p.x, p.y);
    frames();
    io.AddMouseButtonEvent(0, true);
    frames();
    io.AddMouseButtonEvent(0, false);
    frames(3);
  }

  void type(const char* utf8) {
    ImGui::GetIO().AddInputCharactersUTF8(utf8);
    frames(2);
  }

  /// Presses and releases `key` with modifiers (ImGuiMod_Ctrl, ImGuiMod_Shift, ImGuiMod_Alt).
  void key(ImGuiKey key, ImGuiKeyChord mods = 0) {
    ImGuiIO& io = ImGui::GetIO();
    if (mods & ImGuiMod_Ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, true);
    if (mods & ImGuiMod_Shift) io.AddKeyEvent(ImGuiMod_Shift, true);
    if (mods & ImGuiMod_Alt) io.AddKeyEvent(ImGuiMod_Alt, true);
    io.AddKeyEvent(key, true);
    frames();
    io.AddKeyEvent(key, false);
    if (mods & ImGuiMod_Ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, false);
    if (mods & ImGuiMod_Shift) io.AddKeyEvent(ImGuiMod_Shift, false);
    if (mods & ImGuiMod_Alt) io.AddKeyEvent(ImGuiMod_Alt, false);
    frames(2);
  }


  /// Puts `text` on the clipboard, focuses cell `code` and presses Ctrl+V.
  void paste(const std::string& code, const char* text) {
    ImGui::SetClipboardText(text);
    click(code);
    key(ImGuiKey_V, ImGuiMod_Ctrl);
  }

  nlohmann::json report() { return nlohmann::json::parse(app_->report_json()); }
  nlohmann::json findings() { return nlohmann::json::parse(app_->findings_json()); }
  nlohmann::json cell(const std::string& code) { return report()["cells"][code]; }

 private:
  ImGuiContext* ctx_ = nullptr;
  std::unique_ptr<ui::App> app_;
};

/// A blank 2021 report loaded through the automation API (clean, no restore offer).
inline void load_blank(Harness& h) {
  REQUIRE(h.app().load_report(R"({"schema":"nianbao/report","version":1,"format":"2021","year":2024,
    "agency":"青山县自然资源局","sections":{"overview":"","problems":"","other":""},"cells":{}})") == "");
  h.frames(2);
}

}  // namespace nianbao::test
