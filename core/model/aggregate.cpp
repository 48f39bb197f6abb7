// aggregate.cpp — the 汇总 builder (aggregate.h): exact sums of the units' cells, never from partly blank
// contributors, with each cell's contributions and a refusal naming the units of mixed formats or years
// and agencies given twice.
#include "nianbao/aggregate.h"

#include <algorithm>
#include <map>

#include "model/decimal.h"

namespace nianbao {

bool summed_by_default(const Report& unit) {
  return unit.scope == ReportScope::Organ && unit.agency_kind != AgencyKind::VerticalSystem;
}

namespace {

/// "甲、乙、丙 等 7 个单位" — at most `limit` agencies by index.
std::string name_units(const std::vector<const Report*>& units, const std::vector<size_t>& which, size_t limit = 5) {
  std::string s;
  for (size_t i = 0; i < which.size() && i < limit; ++i) s += (i ? "、" : "") + units[which[i]]->agency;
  if (which.size() > limit) s += " 等 " + std::to_string(which.size()) + " 个单位";
  return s;
}

/// The amount unit an amount of `unit_report` is written in: the template's, else the agency's own.
std::string amount_unit(const CellDef& d, const Report& unit_report) {
  return d.unit.empty() ? unit_report.unit_of(d.code) : d.unit;
}

void sum_amounts(const std::vector<const Report*>& units, int index, CellSum& out) {
  const CellDef& d = units.front()->def().cells[static_cast<size_t>(index)];
  std::vector<std::string> unit_of(units.size());
  bool same_unit = true;
  for (size_t u = 0; u < units.size(); ++u) {
    unit_of[u] = amount_unit(d, *units[u]);
    same_unit = same_unit && unit_of[u] == unit_of[0];
  }
  // Units that differ are converted to 万元 when every one is 元 or 万元 (an exact shift of the point).
  if (!same_unit) {
    for (size_t u = 0; u < units.size(); ++u) {
      if (unit_of[u] == "元" || unit_of[u] == "万元" || !units[u]->cell(d.code).filled) continue;
      out.problem += std::string(out.problem.empty() ? "" : "、") + units[u]->agency + "（" +
                     (unit_of[u].empty() ? std::string("未注明单位") : unit_of[u]) + "）";
    }
    if (!out.problem.empty()) {
      out.problem = "各单位所注金额单位不一致且无法换算：" + out.problem;
      return;
    }
  }
  out.unit = same_unit ? unit_of[0] : "万元";
  Decimal total;
  for (size_t u = 0; u < units.size(); ++u) {
    auto v = Decimal::parse(units[u]->cell(d.code).amount);
    if (!v) continue;  // blank or invalid: already recorded
    total = total + (unit_of[u] == "元" && out.unit == "万元" ? v->shifted_right(4) : *v);
  }
  if (out.complete()) out.value = CellValue::of_amount(total.str());
}

}  // namespace

CellSum sum_cell(const std::vector<const Report*>& units, int index) {
  CellSum out;
  if (units.empty() || index < 0 || static_cast<size_t>(index) >= units.front()->def().cells.size()) return out;
  const CellDef& d = units.front()->def().cells[static_cast<size_t>(index)];
  for (size_t u = 0; u < units.size(); ++u) {
    const CellValue& v = units[u]->cell(d.code);
    if (!v.filled)
      out.blank.push_back(u);
    else if (d.kind == ValueKind::Amount && !Decimal::parse(v.amount))
      out.invalid.push_back(u);
  }
  if (d.kind == ValueKind::Amount) {
    sum_amounts(units, index, out);
    return out;
  }
  if (!out.complete()) return out;
  int64_t total = 0;
  for (const Report* r : units) total += r->cell(d.code).count;  // counts are capped at 2^53 on load
  out.value = CellValue::of_count(total);
  return out;
}

namespace {

/// "2021 格式：甲、乙；2019 格式：丙" — the groups of a mixed set, so the message names every unit.
template <typename Key>
std::string describe_groups(const std::vector<AggregateInput>& inputs, Key key) {
  std::map<std::string, std::vector<std::string>> groups;
  for (const auto& in : inputs) groups[key(*in.report)].push_back(in.report->agency.empty() ? in.file : in.report->agency);
  std::string s;
  for (const auto& [k, names] : groups) {
    s += (s.empty() ? "" : "；") + k + "：";
    for (size_t i = 0; i < names.size() && i < 8; ++i) s += (i ? "、" : "") + names[i];
    if (names.size() > 8) s += " 等 " + std::to_string(names.size()) + " 份";
  }
  return s;
}

std::string refusal(const std::vector<AggregateInput>& inputs, const AggregateOptions& options) {
  if (inputs.empty()) return "没有可汇总的单位报告";
  for (const auto& in : inputs)
    if (in.report->agency.empty()) return in.file + "：报告未填写机关名称，无法汇总（请先补填）";
  for (const auto& in : inputs)
    if (in.report->year == 0) return in.file + "（" + in.report->agency + "）：报告未填写年度，无法汇总";
  const auto format_of = [](const Report& r) { return std::string(format_name(r.format)) + " 格式"; };
  const auto year_of = [](const Report& r) { return std::to_string(r.year) + " 年度"; };
  for (const auto& in : inputs)
    if (in.report->format != inputs.front().report->format)
      return "单位报告的格式不一致，不能汇总（" + describe_groups(inputs, format_of) + "）";
  for (const auto& in : inputs)
    if (in.report->year != inputs.front().report->year)
      return "单位报告的年度不一致，不能汇总（" + describe_groups(inputs, year_of) + "）";
  if (options.year != 0 && options.year != inputs.front().report->year)
    return "单位报告为 " + std::to_string(inputs.front().report->year) + " 年度，与要求的 " +
           std::to_string(options.year) + " 年度不符";
  std::map<std::string, std::vector<std::string>> files_of;
  for (const auto& in : inputs) files_of[in.report->agency].push_back(in.file);
  std::string dup;
  for (const auto& [agency, files] : files_of) {
    if (files.size() < 2) continue;
    dup += (dup.empty() ? "" : "；") + agency + "（";
    for (size_t i = 0; i < files.size(); ++i) dup += (i ? "、" : "") + files[i];
    dup += "）";
  }
  if (!dup.empty()) return "同一机关提供了多份报告，请只保留一份：" + dup;
  return {};
}

}  // namespace

AggregateResult build_aggregate(const std::vector<AggregateInput>& inputs, const AggregateOptions& options) {
  AggregateResult res;
  for (const auto& in : inputs)
    if (!in.report) {
      res.error = "内部错误：单位报告为空";
      return res;
    }
  if (res.error = refusal(inputs, options); !res.error.empty()) return res;

  std::vector<const Report*> summed;
  for (size_t i = 0; i < inputs.size(); ++i) {
    const Report& r = *inputs[i].report;
    if (options.include_all || summed_by_default(r)) {
      res.included.push_back(i);
      summed.push_back(&r);
    } else {
      res.left_out.emplace_back(i, r.scope == ReportScope::Aggregate ? "本身是汇总报告" : "实行垂直管理，不纳入本级汇总");
    }
  }
  if (summed.empty()) {
    res.error = "所给报告都不纳入汇总（垂直管理单位或汇总报告）；如确需汇总，请选择“包括全部”";
    return res;
  }

  const Report& first = *summed.front();
  res.report = new_report(first.format, first.year, options.agency);
  res.report.agency_kind = options.agency_kind;
  res.report.scope = ReportScope::Aggregate;
  for (size_t i : res.included)
    res.report.aggregate_units.push_back(
        {inputs[i].report->agency, inputs[i].report->agency_kind, inputs[i].file, inputs[i].sha256, nlohmann::ordered_json::object()});

  const FormatDef& def = res.report.def();
  res.contributions.resize(def.cells.size());
  for (size_t c = 0; c < def.cells.size(); ++c) {
    const int index = static_cast<int>(c);
    CellSum sum = sum_cell(summed, index);
    res.report.cells[c] = sum.value;
    if (!sum.unit.empty() && def.cells[c].unit.empty()) res.report.set_unit(def.cells[c].code, sum.unit);
    auto& parts = res.contributions[c];
    for (size_t u = 0; u < summed.size(); ++u)
      if (summed[u]->cells[c].filled) parts.push_back({res.included[u], summed[u]->cells[c]});
    std::stable_sort(parts.begin(), parts.end(), [](const Contribution& a, const Contribution& b) {
      if (a.value.amount.empty() && b.value.amount.empty()) return a.value.count > b.value.count;
      return compare(Decimal::parse(a.value.amount).value_or(Decimal{}), Decimal::parse(b.value.amount).value_or(Decimal{})) > 0;
    });
    if (sum.complete()) continue;
    std::string why;
    if (!sum.blank.empty()) why = name_units(summed, sum.blank) + " 未填写";
    if (!sum.invalid.empty()) why += (why.empty() ? "" : "；") + name_units(summed, sum.invalid) + " 所填不是数字";
    if (!sum.problem.empty()) why += (why.empty() ? "" : "；") + sum.problem;
    res.incomplete.emplace_back(index, why);
  }
  res.ok = true;
  return res;
}

}  // namespace nianbao
