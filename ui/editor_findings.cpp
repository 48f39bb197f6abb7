// editor_findings.cpp — the findings panel: verdict, findings grouped by section with counts, click to
// locate, dismiss a warning with a reason (saved in the report as a review).
#include <algorithm>
#include <cstdio>

#include "editor.h"
#include "imgui.h"
#include "widgets.h"

namespace nianbao::ui {

namespace {

const char* section_heading(const FormatDef& def, const std::string& key) {
  if (key == "meta") return "基本信息";
  const SectionDef* s = def.section(key);
  return s ? s->heading.c_str() : key.c_str();
}

ImU32 severity_color(Severity s) {
  switch (s) {
    case Severity::Error:
    case Severity::Inconsistency: return IM_COL32(190, 20, 20, 255);
    case Severity::Warning: return IM_COL32(170, 100, 0, 255);
    case Severity::Info: return IM_COL32(40, 90, 170, 255);
  }
  return IM_COL32(0, 0, 0, 255);
}

}  // namespace

void Editor::draw_findings() {
  ImGui::TextUnformatted("校验结果");
  ImGui::SameLine();
  ImGui::PushTextWrapPos(0.f);  // a narrow panel wraps these rather than cutting them
  ImGui::TextDisabled("（F8 下一条，Shift+F8 上一条）");
  ImGui::TextColored(verdict_color(), "%s", verdict_.c_str());
  ImGui::PopTextWrapPos();
  ImGui::Separator();
  if (findings_.empty()) {
    ImGui::TextDisabled("没有发现问题。");
    return;
  }
  const float width = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x;
  if (width != findings_width_ || ImGui::GetFontSize() != findings_font_ || finding_lines_.size() != findings_.size()) {
    findings_width_ = width;
    findings_font_ = ImGui::GetFontSize();  // a new 字号 wraps them anew
    finding_texts_.resize(findings_.size());
    finding_lines_.resize(findings_.size());
    for (size_t i = 0; i < findings_.size(); ++i) {
      const Finding& f = findings_[i];
      finding_texts_[i] = f.message;
      if (f.dismissed) finding_texts_[i] += "\n（已确认忽略：" + f.dismiss_reason + "）";
      finding_lines_[i] = break_lines(finding_texts_[i], width, current_char_width);
    }
  }
  const FormatDef& def = doc_.report().def();
  // Findings come ordered by section; one collapsible group per run of the same section.
  size_t i = 0;
  while (i < findings_.size()) {
    const std::string& key = findings_[i].section;
    size_t end = i;
    int open = 0;
    while (end < findings_.size() && findings_[end].section == key) open += findings_[end++].dismissed ? 0 : 1;
    char header[256];
    std::snprintf(header, sizeof header, "%s（%d）###%s", section_heading(def, key), open, key.c_str());
    if (ImGui::CollapsingHeader(header, ImGuiTreeNodeFlags_DefaultOpen))
      for (size_t k = i; k < end; ++k) draw_finding(static_cast<int>(k));
    i = end;
  }
}

void Editor::draw_finding(int index) {
  const Finding& f = findings_[static_cast<size_t>(index)];
  const auto& lines = finding_lines_[static_cast<size_t>(index)];
  const float line_h = ImGui::GetTextLineHeight();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const ImVec2 size(findings_width_, line_h * static_cast<float>(lines.size() + 1) + 4);
  ImGui::PushID(index);
  const bool clicked = ImGui::InvisibleButton("##finding", size);
  loc_.finding(index, p, ImVec2(p.x + size.x, p.y + size.y));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  if (ImGui::IsItemHovered()) {
    dl->AddRectFilled(p, ImVec2(p.x + size.x, p.y + size.y), IM_COL32(230, 238, 250, 255));
    ImGui::SetTooltip("点击定位到相关单元格或句子（规则 %s）", f.rule.c_str());
  }
  // While the report is only unfinished, what is empty is "to fill", not an error.
  const bool to_fill = verdict_unfinished_ && (f.rule == "M1" || f.rule == "E1");
  const ImU32 color = f.dismissed ? ImGui::GetColorU32(ImGuiCol_TextDisabled)
                      : to_fill   ? ImGui::GetColorU32(verdict_color())
                                  : severity_color(f.severity);
  char head[96];  // the rule id is for details (the tooltip), not the text an officer reads
  std::snprintf(head, sizeof head, "【%s】", to_fill ? "待填写" : severity_label(f.severity).data());
  dl->AddText(ImVec2(p.x + 2, p.y + 2), color, head);
  float y = p.y + 2 + line_h;
  const ImU32 text = f.dismissed ? color : ImGui::GetColorU32(ImGuiCol_Text);
  for (auto line : lines) {
    dl->AddText(ImVec2(p.x + 2, y), text, line.data(), line.data() + line.size());
    y += line_h;
  }
  if (clicked) focus_finding(index);
  const bool dismissable = f.severity == Severity::Warning || f.severity == Severity::Info;
  if (dismissable && !f.dismissed) {
    if (ImGui::SmallButton("忽略…")) {
      dismiss_index_ = index;
      dismiss_reason_.clear();
    }
    loc_.dismiss(index, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("确认此提示无需修改，并写明理由（理由随报告保存）");
  } else if (f.dismissed) {
    if (ImGui::SmallButton("恢复提示")) {
      const std::string key = f.key();
      doc_.edit("恢复提示 " + f.rule, {}, [&](Report& m) {
        const size_t before = m.reviews.size();
        m.reviews.erase(std::remove_if(m.reviews.begin(), m.reviews.end(),
                                       [&](const Review& r) { return r.finding_key == key; }),
                        m.reviews.end());
        return m.reviews.size() != before;
      });
    }
  }
  ImGui::Spacing();
  ImGui::PopID();
}

}  // namespace nianbao::ui
