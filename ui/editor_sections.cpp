// editor_sections.cpp — report metadata (机关, 年度, 机关类型, 公布日期) and the three prose sections.
#include <algorithm>
#include <cstring>

#include "editor.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "platform.h"
#include "table_grid.h"
#include "widgets.h"

namespace nianbao::ui {

int narrative_index(std::string_view key) {
  for (int i = 0; i < 3; ++i)
    if (key == kNarrativeKeys[i]) return i;
  return -1;
}

AgencyKind kind_after_rename(AgencyKind kind, std::string_view old_name, std::string_view new_name) {
  if (kind != AgencyKind::Unspecified && kind != guess_agency_kind(old_name)) return kind;
  return guess_agency_kind(new_name);
}

namespace {

/// A whole date as officers write it — "2026年1月20日", "2026.1.20", "2026/01/20", "2026-1-20", full-width
/// digits too — as YYYY-MM-DD; "" when `s` is not one (yet).
std::string iso_date(std::string_view s) {
  std::string t;  // separators as '-', full-width digits as ASCII, a closing 日 dropped
  for (size_t i = 0; i < s.size();) {
    const std::string_view rest = s.substr(i);
    if (rest.size() >= 3 && rest.substr(0, 2) == "\xEF\xBC" && rest[2] >= '\x90' && rest[2] <= '\x99') {  // ０–９
      t += static_cast<char>('0' + (rest[2] - '\x90'));
      i += 3;
    } else if (rest.substr(0, 3) == "年" || rest.substr(0, 3) == "月") {
      t += '-';
      i += 3;
    } else if (rest == "日") {
      i += 3;
    } else {
      t += rest[0] == '.' || rest[0] == '/' ? '-' : rest[0];
      ++i;
    }
  }
  // YYYY-M-D: month and day of one or two digits, given two.
  const size_t month_at = 5, day_at = t.find('-', month_at);
  if (t.find('-') != 4 || day_at == std::string::npos || day_at - month_at < 1 || day_at - month_at > 2 ||
      t.size() - day_at - 1 < 1 || t.size() - day_at - 1 > 2)
    return {};
  auto two = [](std::string_view part) { return part.size() == 1 ? "0" + std::string(part) : std::string(part); };
  const std::string written = t.substr(0, 5) + two(std::string_view(t).substr(month_at, day_at - month_at)) + "-" +
                              two(std::string_view(t).substr(day_at + 1));
  const std::optional<CalendarDate> date = parse_iso_date(written);
  return date ? date->iso() : std::string();
}

/// A label column of fixed width before the field that follows on the same line.
void field_label(const char* text, float width) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(text);
  ImGui::SameLine(width);
}

/// Gives the keyboard to the next item when `wanted` (a stop of the Tab route).
void take_focus_if(bool wanted) {
  if (wanted) ImGui::SetKeyboardFocusHere();
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

int Editor::section_index(std::string_view key) const {
  const auto& sections = doc_.report().def().sections;
  for (size_t i = 0; i < sections.size(); ++i)
    if (sections[i].key == key) return static_cast<int>(i);
  return -1;
}

void Editor::enter_section(int section, int dir) {
  const auto& sections = doc_.report().def().sections;
  if (section < 0 || static_cast<size_t>(section) >= sections.size()) {
    leave_cells();
    focus_field_ = section < 0 ? FieldFocus::Published : FieldFocus::Agency;
    return;
  }
  const SectionDef& s = sections[static_cast<size_t>(section)];
  if (s.kind == SectionKind::Narrative) {
    leave_cells();
    const int n = narrative_index(s.key);
    if (n >= 0) platform::text_area_select(kNarrativeKeys[n], narrative_buf_[n].size(), narrative_buf_[n].size());
    return;
  }
  const auto& rows = table_grids(doc_.report().format)[static_cast<size_t>(s.table - 2)].data_rows;
  if (rows.empty()) return;
  select_cell(dir > 0 ? rows.front().front() : rows.back().back(), false);
}

void Editor::take_text_area_tabs() {
  for (int n = 0; n < 3; ++n)
    if (const int dir = platform::text_area_tab(kNarrativeKeys[n])) enter_section(section_index(kNarrativeKeys[n]) + dir, dir);
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
  take_focus_if(focus_field_ == FieldFocus::Agency);
  if (input_string("##agency", agency_buf_, "例如：青山县自然资源局"))
    doc_.edit(
        "修改机关名称", "meta.agency",
        [&](Report& m) {
          if (m.agency == agency_buf_) return false;
          m.agency_kind = kind_after_rename(m.agency_kind, m.agency, agency_buf_);
          m.agency = agency_buf_;
          return true;
        },
        platform::now_seconds());
  loc_.item("agency");

  field_label("报告年度", label_w);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
  take_focus_if(focus_field_ == FieldFocus::Year);
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
  ImGui::SetNextItemWidth(std::min(field_w, ImGui::GetFontSize() * 16));
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
  const char* kind_note = r.agency_kind == AgencyKind::Unspecified       ? "请选择：它决定总体情况的必写内容和发布期限"
                          : r.agency_kind == guess_agency_kind(r.agency) ? "按机关名称推断，请核对"
                                                                         : nullptr;
  if (kind_note) {
    // Beside the field when it fits, else under it (narrow windows).
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(kind_note).x) {
      ImGui::NewLine();
      ImGui::SetCursorPosX(label_w);  // under the field, as field_label places fields
    }
    ImGui::PushTextWrapPos(0.f);
    if (r.agency_kind == AgencyKind::Unspecified)
      ImGui::TextColored(ImVec4(0.7f, 0.4f, 0, 1), "%s", kind_note);
    else
      ImGui::TextDisabled("%s", kind_note);
    ImGui::PopTextWrapPos();
  }

  field_label("公布日期", label_w);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
  take_focus_if(focus_field_ == FieldFocus::Published);
  focus_field_ = FieldFocus::None;
  if (input_string("##published", published_buf_, "例如 2025-01-20")) {
    // A whole date in another usual spelling is kept as YYYY-MM-DD (the field shows it once left).
    const std::string iso = iso_date(published_buf_);
    set_text_field("修改公布日期", "meta.published", &Report::published, iso.empty() ? published_buf_ : iso);
  }
  if (ImGui::IsItemActive()) {  // Tab goes on to the first section, Shift+Tab back to the year
    ImGui::SetItemKeyOwner(ImGuiKey_Tab);
    if (ImGui::IsKeyPressed(ImGuiKey_Tab, false)) {
      ImGui::ClearActiveID();
      if (ImGui::GetIO().KeyShift)
        focus_field_ = FieldFocus::Year;
      else
        enter_section(0, 1);
    }
  }
  loc_.item("published");
  if (!r.published.empty() && !parse_iso_date(r.published)) {
    ImGui::SameLine();
    ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "日期应写成 2025-01-20 或 2025年1月20日");
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
  // After the text typed so far is in the history, so Ctrl+Z reverts it first.
  if (const int dir = platform::text_area_history(kNarrativeKeys[n])) history_step(dir > 0);
  loc_.item(kNarrativeKeys[n]);
  end_beside_previous(n, beside, height);
}

}  // namespace nianbao::ui
