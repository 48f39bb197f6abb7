// editor_frame_bench.cpp — cost of one editor frame (headless ImGui, example report loaded):
// idle frames, and a change (load_report: parse, findings recomputed, caches rebuilt, JSON serialized)
// followed by its first frame.
// Prints medians in microseconds.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <vector>

#include "app.h"
#include "examples.h"
#include "imgui.h"

namespace {

void frame(nianbao::ui::App& app) {
  ImGui::GetIO().DeltaTime = 1.f / 60.f;
  ImGui::NewFrame();
  app.frame();
  ImGui::Render();
  for (ImTextureData* tex : ImGui::GetPlatformIO().Textures)
    if (tex->Status != ImTextureStatus_OK && tex->Status != ImTextureStatus_Destroyed) {
      tex->SetTexID(static_cast<ImTextureID>(1));
      tex->SetStatus(ImTextureStatus_OK);
    }
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace

int main() {
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(1400, 900);
  io.BackendFlags |= ImGuiBackendFlags_RendererHasTextures;
  io.IniFilename = nullptr;
  const char* cjk = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
  if (std::ifstream(cjk).good()) io.Fonts->AddFontFromFileTTF(cjk);
  auto app = nianbao::ui::create_app();
  using clock = std::chrono::steady_clock;
  for (auto format : {nianbao::FormatVersion::v2021, nianbao::FormatVersion::v2019}) {
    std::string json = nianbao::save_report_json(nianbao::ui::example_report(format));
    app->load_report(json);
    for (int i = 0; i < 10; ++i) frame(*app);
    std::vector<double> idle, reload, after;
    for (int i = 0; i < 300; ++i) {
      auto t0 = clock::now();
      frame(*app);
      idle.push_back(std::chrono::duration<double, std::micro>(clock::now() - t0).count());
    }
    for (int i = 0; i < 100; ++i) {
      // A different report each time: loading rechecks it and rebuilds every cache.
      json.replace(json.find("\"year\": "), 12, i % 2 ? "\"year\": 2024" : "\"year\": 2023");
      auto t0 = clock::now();
      app->load_report(json);
      auto t1 = clock::now();
      frame(*app);
      reload.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
      after.push_back(std::chrono::duration<double, std::micro>(clock::now() - t1).count());
    }
    std::printf("format %s: idle frame %.0f us; load_report (parse, check_report, caches, JSON) %.0f us; "
                "next frame %.0f us (medians)\n",
                nianbao::format_name(format).data(), median(idle), median(reload), median(after));
  }
  app.reset();
  ImGui::DestroyContext();
}
