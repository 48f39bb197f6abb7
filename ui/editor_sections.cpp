// editor_sections.cpp — report metadata (机关, 年度, 机关类型, 公布日期) and the three prose sections.
#include <cstring>

#include "editor.h"
#include "imgui.h"
#include "platform.h"
#include "widgets.h"

namespace nianbao::ui {

int narrative_index(std::string_view key) {
  for (int i = 0; i < 3; ++i)
    if (key == kNarrativeKeys[i]) return i;
  return -1;
}

namespace {

bool looks_like_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

/// A label column of fixed width before the field that follows on the same line.
void field_label(const char* text, float width) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(text);
  ImGui::SameLine(width);
}

}  // namespace

void Editor::sync_buffers() {
  const Report& r = doc_.report();
  agency_buf_ = r.agency;
  published_buf_ = r.published;
  year_buf_ = r.year > 0 ? std::to_string(r.year) : std::string();
  for (int i = 0; i < 3; ++i) narrative_buf_[i] = *r.narrative(kNarrativeKeys[i]);
}

void Editor::set_text_field(const char* label, const char* merge_key, std::string Report::*field,
                            const std::string& value) {
  doc_.edit(
      label, merge_key,
      [&](Report& m) {
        if (m.*field == value) return false;
        m.*field = value;
        return true;
      },
      platform::now_seconds());
}

void Editor::draw_meta() {
  const Report& r = doc_.report();
  const float label_w = ImGui::GetFontSize() * 5.5f;
  const float field_w = std::min(ImGui::GetContentRegionAvail().x - label_w, ImGui::GetFontSize() * 24);

  ImGui::PushFont(nullptr, font_size_ * 1.3f);
  ImGui::TextUnformatted(title_.c_str());
  ImGui::PopFont();
  ImGui::TextDisabled("%s 年格式（%s）", format_name(r.format).data(), r.def().notice.c_str());

  field_label("机关名称", label_w);
  ImGui::SetNextItemWidth(field_w);
  if (input_string("##agency", agency_buf_, "例如：青山县自然资源局"))
    set_text_field("修改机关名称", "meta.agency", &Report::agency, agency_buf_);
  loc_.item("agency");

  field_label("报告年度", label_w);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
  // The year changes only when the field holds a whole year (or nothing): "20" on the way to "2024" is kept
  // in the field, never in the report, so no half-typed year reaches the checks or the crash buffer.
  if (input_string("##year", year_buf_, "例如 2024", ImGuiInputTextFlags_CharsDecimal)) {
    const bool digits = year_buf_.find_first_not_of("0123456789") == std::string::npos;
    int year = -1;
    if (year_buf_.empty())
      year = 0;
    else if (digits && year_buf_.size() == 4 && year_buf_ >= "1900")
      year = std::stoi(year_buf_);
    else if (!digits || year_buf_.size() > 4 || (year_buf_.size() == 4 && year_buf_ < "1900")) {
      status_ = "年度应为四位数字，例如 2024；报告中的年度未改变";
      status_error_ = true;
    }
    if (year >= 0)
      doc_.edit(
          "修改报告年度", "meta.year",
          [&](Report& m) {
            if (m.year == year) return false;
            m.year = year;
            return true;
          },
          platform::now_seconds());
  }
  if (ImGui::IsItemDeactivated()) {  // leaving the field with half a year: show what the report holds
    const std::string held = r.year > 0 ? std::to_string(r.year) : std::string();
    if (year_buf_ != held) {
      status_ = "“" + year_buf_ + "”不是完整的年度，报告年度仍为" + (held.empty() ? "未填写" : held);
      status_error_ = true;
      year_buf_ = held;
    }
  }
  loc_.item("year");

  field_label("机关类型", label_w);
  ImGui::SetNextItemWidth(field_w);
  if (ImGui::BeginCombo("##kind", agency_kind_info(r.agency_kind).label)) {
    for (const auto& k : agency_kinds()) {
      if (ImGui::Selectable(k.label, k.kind == r.agency_kind) && k.kind != r.agency_kind) {
        const AgencyKind kind = k.kind;
        doc_.edit("修改机关类型", {}, [&](Report& m) {
          m.agency_kind = kind;
          return true;
        });
      }
    }
    ImGui::EndCombo();
  }
  loc_.item("agency_kind");

  field_label("公布日期", label_w);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
  if (input_string("##published", published_buf_, "YYYY-MM-DD"))
    set_text_field("修改公布日期", "meta.published", &Report::published, published_buf_);
  loc_.item("published");
  if (!r.published.empty() && !looks_like_date(r.published)) {
    ImGui::SameLine();
    ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "日期应写成 YYYY-MM-DD，例如 2025-01-20");
  }
}

void Editor::draw_narrative(const SectionDef& s) {
  const int n = narrative_index(s.key);
  if (n < 0) return;
  narrative_content_y_[n] = ImGui::GetCursorPosY();
  const float lines = n == 0 ? 14.f : 7.f;
  const float height = ImGui::GetTextLineHeight() * lines + ImGui::GetStyle().FramePadding.y * 2;
  const bool beside = begin_beside_previous(n);
  if (platform::text_area(kNarrativeKeys[n], narrative_buf_[n], height, s.placeholder.c_str())) {
    const std::string label = "编辑" + s.heading;
    doc_.edit(
        label, s.key,
        [&](Report& m) {
          std::string& text = *m.narrative(s.key);
          if (text == narrative_buf_[n]) return false;
          text = narrative_buf_[n];
          return true;
        },
        platform::now_seconds());
  }
  loc_.item(kNarrativeKeys[n]);
  end_beside_previous(n, beside, height);
}

}  // namespace nianbao::ui
