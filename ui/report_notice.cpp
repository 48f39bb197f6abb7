// report_notice.cpp — above the report: whose figures it holds (本机关 or 汇总, with its units), the supervising
// office's latest 退回/通过 with its comment and date (the officer sees it on opening the returned file), and the
// way back to the workbench for a unit opened from it. Also the workbench's state for the automation API.
#include "editor.h"
#include "imgui.h"
#include "nianbao/batch.h"

namespace nianbao::ui {

void Editor::draw_report_notice() {
  const Report& r = doc_.report();
  ImGui::AlignTextToFramePadding();
  if (r.scope == ReportScope::Aggregate) {
    ImGui::TextColored(ImVec4(0.15f, 0.35f, 0.65f, 1), "范围：汇总报告（由 %zu 个单位的报告汇总，表二、三、四为各单位之和）",
                       r.aggregate_units.size());
    if (ImGui::IsItemHovered() && !r.aggregate_units.empty()) {
      std::string units;
      for (size_t i = 0; i < r.aggregate_units.size() && i < 40; ++i) units += (i ? "、" : "") + r.aggregate_units[i].agency;
      if (r.aggregate_units.size() > 40) units += " 等";
      ImGui::SetTooltip("%s", units.c_str());
    }
  } else {
    ImGui::TextDisabled("范围：本机关报告");
  }
  loc_.item("notice.scope");
  if (workbench_unit_ >= 0) {
    ImGui::SameLine();
    if (ImGui::SmallButton("返回汇总/审核工作台 (Alt+W)")) back_to_workbench();
    loc_.item("wb.back");
  }
  if (r.review.history.empty()) return;
  const ReviewEntry& last = r.review.history.back();
  const bool returned = last.status == "returned";
  ImGui::PushStyleColor(ImGuiCol_ChildBg, returned ? ImVec4(1, 0.93f, 0.8f, 1) : ImVec4(0.88f, 0.96f, 0.88f, 1));
  ImGui::BeginChild("##review", ImVec2(0, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_Borders);
  ImGui::PushTextWrapPos(0);
  const std::string head = std::string("审核意见：") + (returned ? "退回修改" : "通过") + "（" +
                           (last.at.empty() ? std::string("日期未记录") : last.at) + (last.by.empty() ? "" : "，" + last.by) + "）";
  ImGui::TextColored(returned ? ImVec4(0.65f, 0.3f, 0, 1) : ImVec4(0.1f, 0.45f, 0.15f, 1), "%s", head.c_str());
  if (!last.comment.empty()) ImGui::TextUnformatted(last.comment.c_str());
  if (r.review.history.size() > 1)
    ImGui::TextDisabled("此前共有 %zu 次审核记录", r.review.history.size() - 1);
  ImGui::PopTextWrapPos();
  ImGui::EndChild();
  ImGui::PopStyleColor();
  loc_.item("notice.review");
}

std::string Editor::workbench_json() const {
  nlohmann::ordered_json j = batch_json(workbench_.result());
  nlohmann::ordered_json order = nlohmann::ordered_json::array();
  for (size_t i : workbench_.order()) order.push_back(i);
  j["busy"] = workbench_.busy();
  j["count"] = workbench_.size();
  j["order"] = std::move(order);
  j["selected"] = workbench_.selected();
  j["sort"] = {{"column", kWorkbenchColumns[static_cast<int>(workbench_.sort_column())].label},
               {"ascending", workbench_.sort_ascending()}};
  j["shown"] = workbench_view_;
  j["unit_open"] = workbench_unit_;
  nlohmann::ordered_json pending = nlohmann::ordered_json::array();
  for (size_t i : workbench_.not_downloaded()) pending.push_back(workbench_.unit(i).file);
  j["not_downloaded"] = std::move(pending);  // edited or reviewed here, file out of date
  j["message"] = workbench_message_;
  j["message_is_error"] = workbench_error_;
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace nianbao::ui
