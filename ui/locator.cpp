// locator.cpp — rectangles of drawn targets, visible ones only.
#include "locator.h"

#include <cstdio>
#include <cstring>

#include "imgui_internal.h"

namespace nianbao::ui {

namespace {

bool visible(ImVec2 min, ImVec2 max) { return ImGui::IsRectVisible(min, max); }

}  // namespace

void Locator::begin_frame(size_t cell_count) {
  ++frame_;
  if (cells_.size() != cell_count) cells_.assign(cell_count, Rect{});
}

void Locator::put(std::vector<Rect>& list, int index, ImVec2 min, ImVec2 max) {
  if (index < 0 || !visible(min, max)) return;
  if (static_cast<size_t>(index) >= list.size()) list.resize(static_cast<size_t>(index) + 1);
  list[static_cast<size_t>(index)] = {min, max, frame_};
}

void Locator::cell(int index, ImVec2 min, ImVec2 max) { put(cells_, index, min, max); }
void Locator::finding(int index, ImVec2 min, ImVec2 max) { put(findings_, index, min, max); }
void Locator::dismiss(int index, ImVec2 min, ImVec2 max) { put(dismiss_, index, min, max); }
void Locator::check(int index, ImVec2 min, ImVec2 max) { put(checks_, index, min, max); }
void Locator::check_line(int index, ImVec2 min, ImVec2 max) { put(check_lines_, index, min, max); }

void Locator::named(const char* id, ImVec2 min, ImVec2 max) {
  if (!visible(min, max)) return;
  for (auto& n : named_) {
    if (n.id == id || std::strcmp(n.id, id) == 0) {
      n.rect = {min, max, frame_};
      return;
    }
  }
  named_.push_back({id, {min, max, frame_}});
}

void Locator::item(const char* id) { named(id, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()); }

std::string Locator::to_json(const Rect& r) {
  char buf[128];
  std::snprintf(buf, sizeof buf, "{\"x\":%.1f,\"y\":%.1f,\"w\":%.1f,\"h\":%.1f}", r.min.x, r.min.y,
                r.max.x - r.min.x, r.max.y - r.min.y);
  return buf;
}

std::string Locator::find_indexed(const std::vector<Rect>& list, int index) const {
  if (index < 0 || static_cast<size_t>(index) >= list.size()) return {};
  const Rect& r = list[static_cast<size_t>(index)];
  return r.frame == frame_ ? to_json(r) : std::string();
}

std::string Locator::find_cell(int index) const { return find_indexed(cells_, index); }

std::string Locator::find_named(std::string_view target) const {
  auto indexed = [&](std::string_view prefix, const std::vector<Rect>& list) -> std::string {
    const std::string digits(target.substr(prefix.size()));
    if (digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos) return {};
    return find_indexed(list, std::stoi(digits));
  };
  if (target.substr(0, 8) == "finding.") return indexed("finding.", findings_);
  if (target.substr(0, 8) == "dismiss.") return indexed("dismiss.", dismiss_);
  if (target.substr(0, 6) == "check.") return indexed("check.", checks_);
  if (target.substr(0, 10) == "checkline.") return indexed("checkline.", check_lines_);
  for (const auto& n : named_)
    if (target == n.id && n.rect.frame == frame_) return to_json(n.rect);
  return {};
}

}  // namespace nianbao::ui
