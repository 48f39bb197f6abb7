// aggregate_rules.cpp — H1–H5: an aggregate (汇总) report against the reports of its units.
//
// They run only when units are given (check_report's `units`; `nianbao check --units`). The units summed are
// those the aggregate lists (aggregate.units, by agency); an aggregate that lists none is checked against the
// given units chosen as `nianbao aggregate` chooses them (summed_by_default).
#include <algorithm>
#include <set>

#include "model/decimal.h"
#include "nianbao/aggregate.h"
#include "rules/rule_engine.h"

namespace nianbao::rules {

namespace {

/// The given units sorted out against the aggregate's list.
struct UnitSelection {
  std::vector<const Report*> summed;     ///< what each cell must be the sum of
  std::vector<std::string> not_supplied;  ///< listed by the aggregate, no file given (H2)
  std::vector<const Report*> not_listed;  ///< given, of its year and format, summed by default, not listed (H3)
  std::vector<std::string> unusable;      ///< given but not comparable: other year/format, given twice (H5)
};

UnitSelection select_units(const Report& agg, const std::vector<const Report*>& given) {
  UnitSelection s;
  std::set<std::string> listed, seen;
  for (const auto& u : agg.aggregate_units) listed.insert(u.agency);
  for (const Report* u : given) {
    if (u->format != agg.format || u->year != agg.year) {
      s.unusable.push_back(u->agency + "（" + std::to_string(u->year) + " 年度 " + std::string(format_name(u->format)) +
                           " 格式）");
      continue;
    }
    if (!seen.insert(u->agency).second) {
      s.unusable.push_back(u->agency + "（重复提供，只使用第一份）");
      continue;
    }
    if (listed.empty() ? summed_by_default(*u) : listed.count(u->agency) > 0)
      s.summed.push_back(u);
    else if (summed_by_default(*u))
      s.not_listed.push_back(u);
  }
  for (const auto& u : agg.aggregate_units)
    if (!seen.count(u.agency)) s.not_supplied.push_back(u.agency);
  return s;
}

/// Whether the H rules can compare at all: units given and the report is an aggregate.
bool comparable(const RuleContext& ctx) {
  return ctx.units && !ctx.units->empty() && ctx.report.scope == ReportScope::Aggregate;
}

std::string join(const std::vector<std::string>& names, size_t limit = 8) {
  std::string s;
  for (size_t i = 0; i < names.size() && i < limit; ++i) s += (i ? "、" : "") + names[i];
  if (names.size() > limit) s += " 等 " + std::to_string(names.size()) + " 个";
  return s;
}

std::string value_text(const CellValue& v, ValueKind kind) {
  if (!v.filled) return "";
  return kind == ValueKind::Amount ? v.amount : std::to_string(v.count);
}

/// "甲 20、乙 15、丙 13" — the largest non-zero values of cell `index` among `units`.
std::string largest_contributors(const std::vector<const Report*>& units, int index, ValueKind kind) {
  std::vector<std::pair<Decimal, const Report*>> parts;
  for (const Report* u : units) {
    const CellValue& v = u->cells[static_cast<size_t>(index)];
    auto d = Decimal::parse(value_text(v, kind));
    if (d && !d->is_zero()) parts.emplace_back(*d, u);
  }
  std::stable_sort(parts.begin(), parts.end(), [](const auto& a, const auto& b) { return compare(a.first, b.first) > 0; });
  std::string s;
  for (size_t i = 0; i < parts.size() && i < 3; ++i) s += (i ? "、" : "") + parts[i].second->agency + " " + parts[i].first.str();
  return s.empty() ? "各单位均为 0" : "主要来源：" + s;
}

/// Does the aggregate's amount match the exact sum within half a unit of its own last printed decimal?
bool amount_matches(const std::string& printed, const std::string& exact) {
  auto a = Decimal::parse(printed), e = Decimal::parse(exact);
  if (!a || !e) return false;
  Decimal half;
  half.digits = "5";
  half.scale = a->scale + 1;
  return compare(abs(*a - *e), half) <= 0;
}

void check_cells(const RuleContext& ctx, std::vector<Finding>& out) {
  if (!comparable(ctx)) return;
  const UnitSelection sel = select_units(ctx.report, *ctx.units);
  if (!sel.not_supplied.empty() || sel.summed.empty()) return;  // H2 says the sums cannot be known
  for (size_t c = 0; c < ctx.def.cells.size(); ++c) {
    const int index = static_cast<int>(c);
    const CellDef& d = ctx.def.cells[c];
    const CellSum sum = sum_cell(sel.summed, index);
    const CellValue& have = ctx.report.cells[c];
    if (!sum.complete()) continue;  // H4
    std::string expected = value_text(sum.value, d.kind), actual = value_text(have, d.kind);
    if (d.kind == ValueKind::Amount && d.unit.empty() && sum.unit == "元" && ctx.report.unit_of(d.code) == "万元")
      expected = Decimal::parse(expected).value_or(Decimal{}).shifted_right(4).str();
    const bool ok = have.filled && (d.kind == ValueKind::Amount ? amount_matches(actual, expected) : actual == expected);
    if (ok) continue;
    std::string message = "表" + std::string(d.table == 2 ? "二" : d.table == 3 ? "三" : "四") + " " +
                          cell_name(ctx.def, index) + "：汇总报告";
    if (!have.filled) {
      message += "为空，而 " + std::to_string(sel.summed.size()) + " 个单位之和为 " + expected;
    } else {
      auto diff = Decimal::parse(actual), e = Decimal::parse(expected);
      message += "为 " + actual + "，而 " + std::to_string(sel.summed.size()) + " 个单位之和为 " + expected +
                 (diff && e ? "，相差 " + abs(*diff - *e).str() : std::string());
    }
    Finding f = make_finding(ctx, message + "；" + largest_contributors(sel.summed, index, d.kind));
    f.cells = {d.code};
    f.expected = expected;
    f.actual = actual;
    f.section = "table" + std::to_string(d.table);
    out.push_back(std::move(f));
  }
}

/// One finding listing `names`: "<lead><count><unit><names><tail>", all the names in `actual`.
void add_list_finding(const RuleContext& ctx, const std::vector<std::string>& names, const std::string& lead,
                      const std::string& unit, const std::string& tail, std::vector<Finding>& out) {
  if (names.empty()) return;
  Finding f = make_finding(ctx, lead + std::to_string(names.size()) + unit + join(names) + tail);
  f.actual = join(names, names.size());
  out.push_back(std::move(f));
}

void check_not_supplied(const RuleContext& ctx, std::vector<Finding>& out) {
  if (!comparable(ctx)) return;
  add_list_finding(ctx, select_units(ctx.report, *ctx.units).not_supplied, "汇总报告所列单位中有 ", " 个未提供报告：",
                   "；各单元格之和无法核对，请一并提供这些单位的报告", out);
}

void check_not_listed(const RuleContext& ctx, std::vector<Finding>& out) {
  if (!comparable(ctx) || ctx.report.aggregate_units.empty()) return;
  const UnitSelection sel = select_units(ctx.report, *ctx.units);
  for (const Report* u : sel.not_listed) {
    Finding f = make_finding(ctx, "单位“" + u->agency + "”的 " + std::to_string(u->year) +
                                      " 年度报告已提供，但未列入汇总报告的单位（aggregate.units），其数据未汇总在内");
    f.actual = u->agency;
    out.push_back(std::move(f));
  }
}

void check_partly_blank(const RuleContext& ctx, std::vector<Finding>& out) {
  if (!comparable(ctx)) return;
  const UnitSelection sel = select_units(ctx.report, *ctx.units);
  if (!sel.not_supplied.empty() || sel.summed.empty()) return;
  for (size_t c = 0; c < ctx.def.cells.size(); ++c) {
    const CellValue& have = ctx.report.cells[c];
    if (!have.filled) continue;
    const CellSum sum = sum_cell(sel.summed, static_cast<int>(c));
    if (sum.complete()) continue;
    std::vector<std::string> names;
    for (size_t u : sum.blank) names.push_back(sel.summed[u]->agency + "（未填写）");
    for (size_t u : sum.invalid) names.push_back(sel.summed[u]->agency + "（不是数字）");
    const CellDef& d = ctx.def.cells[c];
    Finding f = make_finding(ctx, cell_name(ctx.def, static_cast<int>(c)) + "：汇总报告填有 " +
                                      value_text(have, d.kind) + "，但 " +
                                      (sum.problem.empty() ? join(names) : sum.problem) +
                                      "，合计不能由部分单位的数据得出；请待各单位补齐后再汇总");
    f.cells = {d.code};
    f.actual = value_text(have, d.kind);
    f.section = "table" + std::to_string(d.table);
    out.push_back(std::move(f));
  }
}

void check_units_usable(const RuleContext& ctx, std::vector<Finding>& out) {
  if (!comparable(ctx)) return;
  add_list_finding(ctx, select_units(ctx.report, *ctx.units).unusable, "所给单位报告中有 ",
                   " 份未用于核对（汇总报告为 " + std::to_string(ctx.report.year) + " 年度 " +
                       std::string(format_name(ctx.report.format)) + " 格式）：",
                   "", out);
}

}  // namespace

// --- the rules of this file -----------------------------------------------------------------------

void register_aggregate_rules(RuleTable& table) {
  table.insert(table.end(), {
      {"H1", Severity::Inconsistency,
       "汇总报告的每个单元格等于各单位之和（件数精确相等；金额相差不超过所印末位小数的半个单位）（需 --units）",
       kAllFormats, false, "table3", 0, nullptr, check_cells},
      {"H2", Severity::Warning, "汇总报告所列单位未提供报告，无法核对（需 --units）",
       kAllFormats, false, "meta", 0, nullptr, check_not_supplied},
      {"H3", Severity::Inconsistency, "已提供的单位报告未列入汇总报告（垂直管理单位和汇总报告除外）（需 --units）",
       kAllFormats, false, "meta", 0, nullptr, check_not_listed},
      {"H4", Severity::Warning, "汇总报告的单元格有值，而部分单位此格为空（合计不能由部分单位得出）（需 --units）",
       kAllFormats, false, "table3", 0, nullptr, check_partly_blank},
      {"H5", Severity::Warning, "所给单位报告不能用于核对汇总报告：年度或格式不同、重复提供（需 --units）",
       kAllFormats, false, "meta", 0, nullptr, check_units_usable},
  });
}

}  // namespace nianbao::rules
