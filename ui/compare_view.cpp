// compare_view.cpp — the 比对 view: this year's report against last year's in the main area (every cell
// with last year's value, the change and flags; each section's similarity with the shared passages
// marked), and its export as a standalone page (render_comparison_html).
#include <algorithm>
#include <cstdio>

#include "editor.h"
#include "imgui.h"
#include "platform.h"
#include "widgets.h"

namespace nianbao::ui {

namespace {

constexpr ImU32 kFlagBg = IM_COL32(255, 236, 190, 255);
constexpr ImU32 kSharedBg = IM_COL32(255, 214, 160, 255);
constexpr ImVec4 kGrey(0.4f, 0.4f, 0.4f, 1), kUp(0.1f, 0.45f, 0.1f, 1), kDown(0.6f, 0.1f, 0.1f, 1), kFlag(0.6f, 0.3f, 0, 1);

/// A flag short enough for a table cell (the whole flag_text is its tooltip and in the exported page).
const char* flag_label(ChangeFlag f) {
  switch (f) {
    case ChangeFlag::Rise: return "超 5 倍";
    case ChangeFlag::Fall: return "不到 1/5";
    case ChangeFlag::FromZero: return "由 0 增加";
    case ChangeFlag::ToZero: return "降为 0";
    case ChangeFlag::None: break;
  }
  return "";
}

/// Draws wrapped `lines` of `text` with the bytes in `spans` on a highlight, advancing the cursor.
void draw_marked_lines(std::string_view text, const std::vector<std::string_view>& lines, const std::vector<TextSpan>& spans) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float line_h = ImGui::GetTextLineHeightWithSpacing();
  const ImU32 color = ImGui::GetColorU32(ImGuiCol_Text);
  ImVec2 p = ImGui::GetCursorScreenPos();
  const float left = p.x;
  for (std::string_view line : lines) {
    const size_t from = static_cast<size_t>(line.data() - text.data()), to = from + line.size();
    // Only lines in view are measured and drawn.
    if (ImGui::IsRectVisible(ImVec2(left, p.y), ImVec2(left + 1, p.y + line_h))) {
      float x = left;
      auto run = [&](size_t begin, size_t end, bool marked) {
        if (end <= begin) return;
        const char *first = text.data() + begin, *last = text.data() + end;
        const float w = ImGui::CalcTextSize(first, last).x;
        if (marked) dl->AddRectFilled(ImVec2(x, p.y), ImVec2(x + w, p.y + line_h), kSharedBg);
        dl->AddText(ImVec2(x, p.y), color, first, last);
        x += w;
      };
      size_t at = from;
      for (const TextSpan& s : spans) {
        if (s.end <= at || s.begin >= to) continue;
        run(at, std::max(at, s.begin), false);
        run(std::max(at, s.begin), std::min(to, s.end), true);
        at = std::min(to, s.end);
      }
      run(at, to, false);
    }
    p.y += line_h;
  }
  ImGui::Dummy(ImVec2(1, line_h * static_cast<float>(lines.size())));
}

}  // namespace

void Editor::export_comparison() {
  if (!previous_) return;
  const Report& r = doc_.report();
  const std::string suffix = "（与" + (previous_->year > 0 ? std::to_string(previous_->year) + "年" : std::string("上年")) + "比对）";
  const std::string name = file_name("html", suffix.c_str());
  platform::download(name, "text/html", render_comparison_html(*previous_, r));
  status_ = "已导出比对网页 " + name;
  status_error_ = false;
}

void Editor::draw_compare_view() {
  if (!previous_) {
    compare_view_ = false;
    return;
  }
  const Report& r = doc_.report();
  if (!comparison_ || comparison_revision_ != doc_.revision() || comparison_previous_ != previous_revision_) {
    comparison_ = compare_reports(*previous_, r);
    comparison_revision_ = doc_.revision();
    comparison_previous_ = previous_revision_;
  }
  const Comparison& cmp = *comparison_;
  ImGui::PushFont(nullptr, font_size_ * 1.3f);
  ImGui::Text("比对：%s → %s", year_label(previous_->year).c_str(), year_label(r.year).c_str());
  ImGui::PopFont();
  if (ImGui::Button("导出比对网页")) export_comparison();
  loc_.item("compare.export");
  ImGui::SameLine();
  if (ImGui::Button("返回报告 (Alt+B)##close") || (ImGui::IsKeyPressed(ImGuiKey_Escape, false) && !ImGui::GetIO().WantTextInput))
    compare_view_ = false;
  loc_.item("compare.close");
  ImGui::SameLine();
  ImGui::Checkbox("只看变化较大的单元格", &compare_flagged_only_);
  if (r.year == 0 || previous_->year != r.year - 1)
    ImGui::TextColored(kDown, "注意：两份报告不是相邻的两个年度");
  ImGui::TextColored(cmp.flagged ? kFlag : kGrey, "变化较大的单元格 %d 处（超过上年 %d 倍、不到五分之一、由 0 变化或变为 0，底色标出）",
                     cmp.flagged, kJumpFactor);

  const FormatDef& def = r.def();
  const float em = ImGui::GetFontSize();
  for (const auto& s : def.sections) {
    ImGui::Spacing();
    ImGui::PushFont(nullptr, font_size_ * 1.15f);
    ImGui::TextUnformatted(s.heading.c_str());
    ImGui::PopFont();
    if (s.kind == SectionKind::Table) {
      int block_no = 0;
      for (const TableBlock& b : table_blocks(def, s.table)) {
        const int columns = static_cast<int>(b.columns.size()) + 1;
        ImGui::PushID(s.table * 100 + block_no++);
        if (ImGui::BeginTable("##cmp", columns, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
          ImGui::TableSetupColumn("项目", ImGuiTableColumnFlags_WidthFixed, em * 16);
          // A column as wide as its header or its widest "上年 …" line (amounts are long), at least 5.5 em.
          for (size_t k = 0; k < b.columns.size(); ++k) {
            float w = std::max(em * 5.5f, ImGui::CalcTextSize(b.columns[k].c_str()).x);
            for (const auto& row : b.rows)
              w = std::max(w, ImGui::CalcTextSize(("上年 " + cmp.cells[static_cast<size_t>(row.cells[k])].previous_text + " +0").c_str()).x);
            ImGui::TableSetupColumn(b.columns[k].c_str(), ImGuiTableColumnFlags_WidthFixed, w);
          }
          ImGui::TableHeadersRow();
          for (const auto& row : b.rows) {
            bool any_flag = false;
            for (int c : row.cells) any_flag |= cmp.cells[static_cast<size_t>(c)].flag != ChangeFlag::None;
            if (compare_flagged_only_ && !any_flag) continue;
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            draw_lines(break_lines(row.label, ImGui::GetContentRegionAvail().x, current_char_width), ImGui::GetColorU32(ImGuiCol_Text));
            for (int c : row.cells) {
              ImGui::TableNextColumn();
              const CellChange& ch = cmp.cells[static_cast<size_t>(c)];
              if (ch.flag != ChangeFlag::None) ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, kFlagBg);
              ImGui::TextUnformatted(ch.current_text.empty() ? "—" : ch.current_text.c_str());
              if (!ch.in_previous) {
                ImGui::TextColored(kGrey, "上年无此项");
                continue;
              }
              // Last year's value and the change on one line; no change shows none ("持平" on most cells is noise).
              ImGui::TextColored(kGrey, "上年 %s", ch.previous_text.empty() ? "—" : ch.previous_text.c_str());
              if (!ch.change.empty() && ch.change != "0") {
                ImGui::SameLine(0, em * 0.4f);
                ImGui::TextColored(ch.change[0] == '+' ? kUp : kDown, "%s", ch.change.c_str());
              }
              if (ch.flag != ChangeFlag::None) {
                ImGui::TextColored(kFlag, "%s", flag_label(ch.flag));
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ch.flag_text.c_str());
              }
            }
          }
          ImGui::EndTable();
        }
        ImGui::PopID();
      }
      continue;
    }
    for (const SectionComparison& sc : cmp.sections) {
      if (sc.key != s.key) continue;
      char pct[16];
      std::snprintf(pct, sizeof pct, "%.0f%%", sc.similarity * 100);
      ImGui::TextColored(sc.repeated ? kDown : kGrey, "与上年相似度 %s%s（两年都有的连续 %zu 字以上的段落以底色标出）", pct,
                         sc.repeated ? "：几乎相同，格式要求不得年年雷同" : "", kMinSharedChars);
      if (ImGui::BeginTable(s.key.c_str(), 2, ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchSame)) {
        const std::string* texts[2] = {previous_->narrative(s.key), r.narrative(s.key)};
        const std::vector<TextSpan>* spans[2] = {&sc.previous_shared, &sc.current_shared};
        const int years[2] = {previous_->year, r.year};
        for (int side = 0; side < 2; ++side) {
          ImGui::TableNextColumn();
          ImGui::TextColored(kGrey, "%s", year_label(years[side]).c_str());
          if (texts[side]->empty()) {
            ImGui::TextDisabled("（未填写）");
            continue;
          }
          draw_marked_lines(*texts[side], break_lines(*texts[side], ImGui::GetContentRegionAvail().x, current_char_width),
                            *spans[side]);
        }
        ImGui::EndTable();
      }
    }
  }
}

}  // namespace nianbao::ui
