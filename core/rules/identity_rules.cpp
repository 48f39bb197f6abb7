// identity_rules.cpp — the 勾稽 identities as sum relations, and the one engine that evaluates them.
//
// Index
//   relations_c31/c32/c33/c41 ... generated from FormatDef axes (t3_rows, t3_columns, Table4Axes)
//   evaluation .................. sums; passing relations cost a few additions and no strings
//   anti-cascade ................ one cell explaining several failures becomes one finding
//   E2 .......................... relations that cannot be verified because of empty cells, one per table
#include <algorithm>
#include <cstdlib>

#include "rules/rule_engine.h"

namespace nianbao::rules {

namespace {

std::vector<int> t3_row(const FormatDef& def, const std::string& row, bool with_total) {
  std::vector<int> out;
  for (const auto& col : def.t3_columns)
    if (with_total || col.key != "total") out.push_back(def.t3_cell(row, col.key));
  return out;
}

}  // namespace

void relations_c31(const FormatDef& def, int rule, std::vector<SumRelation>& out) {
  for (const auto& col : def.t3_columns)
    out.push_back({rule, col.label + "列", "第一项加第二项之和", "第三项加第四项之和",
                   {def.t3_cell("new", col.key), def.t3_cell("carried", col.key)},
                   {def.t3_cell("total", col.key), def.t3_cell("forward", col.key)}, "table3"});
}

void relations_c32(const FormatDef& def, int rule, std::vector<SumRelation>& out) {
  for (const auto& col : def.t3_columns) {
    std::vector<int> outcomes;
    for (const auto& row : def.t3_rows)
      if (row.is_outcome) outcomes.push_back(def.t3_cell(row.key, col.key));
    out.push_back({rule, col.label + "列", "（七）总计", "（一）至（六）各项办理结果之和", {def.t3_cell("total", col.key)},
                   std::move(outcomes), "table3"});
  }
}

void relations_c33(const FormatDef& def, int rule, std::vector<SumRelation>& out) {
  for (const auto& row : def.t3_rows) {
    int total = def.t3_cell(row.key, "total");
    out.push_back({rule, def.cells[static_cast<size_t>(total)].row_label + "行", "总计", "各类申请人之和", {total},
                   t3_row(def, row.key, false), "table3"});
  }
}

void relations_c41(const FormatDef& def, int rule, std::vector<SumRelation>& out) {
  for (int g = 0; g < 3; ++g) {
    const std::string prefix = std::string("t4.") + Table4Axes::groups[g] + ".";
    std::vector<int> parts;
    for (int r = 0; r < 4; ++r) parts.push_back(def.cell_index(prefix + Table4Axes::results[r]));
    out.push_back({rule, Table4Axes::group_labels[g], "总计", "结果维持、结果纠正、其他结果、尚未审结之和",
                   {def.cell_index(prefix + "total")}, std::move(parts), "table4"});
  }
}

namespace {

struct Evaluation {
  int64_t lhs = 0, rhs = 0;
  int empty = 0, size = 0;
  int64_t diff() const { return lhs - rhs; }
};

Evaluation evaluate(const SumRelation& rel, const std::vector<CellValue>& cells) {
  Evaluation e;
  for (int i : rel.lhs) {
    const CellValue& v = cells[static_cast<size_t>(i)];
    e.lhs += v.count;
    e.empty += !v.filled;
  }
  for (int i : rel.rhs) {
    const CellValue& v = cells[static_cast<size_t>(i)];
    e.rhs += v.count;
    e.empty += !v.filled;
  }
  e.size = static_cast<int>(rel.lhs.size() + rel.rhs.size());
  return e;
}

bool on_lhs(const SumRelation& rel, int cell) { return std::find(rel.lhs.begin(), rel.lhs.end(), cell) != rel.lhs.end(); }

/// "自然人列：第一项加第二项之和（21）不等于第三项加第四项之和（27），相差 6".
std::string describe(const SumRelation& rel, const Evaluation& e) {
  return rel.subject + "：" + rel.lhs_name + "（" + std::to_string(e.lhs) + "）不等于" + rel.rhs_name + "（" +
         std::to_string(e.rhs) + "），相差 " + std::to_string(std::llabs(e.diff()));
}

Finding relation_finding(const FormatDef& def, const SumRelation& rel, const Evaluation& e) {
  const RuleSpec& spec = rule_specs()[static_cast<size_t>(rel.rule)];
  Finding f;
  f.rule = spec.id;
  f.severity = spec.severity;
  f.section = rel.section;
  for (int i : rel.lhs) f.cells.push_back(def.cells[static_cast<size_t>(i)].code);
  for (int i : rel.rhs) f.cells.push_back(def.cells[static_cast<size_t>(i)].code);
  f.actual = std::to_string(e.lhs);
  f.expected = std::to_string(e.rhs);
  f.message = describe(rel, e);
  return f;
}

/// The change of `cell` that makes a failing relation hold.
int64_t fixing_delta(const SumRelation& rel, const Evaluation& e, int cell) {
  return on_lhs(rel, cell) ? -e.diff() : e.diff();
}

struct Explanation {
  int cell;
  int64_t delta;
  std::vector<int> relations;  // failing relations it explains
};

/// Cells that, changed alone, make ≥ 2 failing relations hold without breaking a passing one.
std::vector<Explanation> single_cell_explanations(const Report& report, const CompiledRules& comp,
                                                  const std::vector<Evaluation>& evals,
                                                  const std::vector<int>& failing) {
  std::vector<int> candidates;
  for (int r : failing) {
    const auto& rel = comp.relations[static_cast<size_t>(r)];
    for (const auto* side : {&rel.lhs, &rel.rhs}) candidates.insert(candidates.end(), side->begin(), side->end());
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

  std::vector<Explanation> out;
  for (int cell : candidates) {
    Explanation ex{cell, 0, {}};
    bool consistent = true;
    for (int r : comp.relations_of_cell[static_cast<size_t>(cell)]) {
      const Evaluation& e = evals[static_cast<size_t>(r)];
      if (e.empty > 0 || e.diff() == 0) {  // would break a passing relation, or cannot be judged
        consistent = false;
        break;
      }
      int64_t d = fixing_delta(comp.relations[static_cast<size_t>(r)], e, cell);
      if (!ex.relations.empty() && d != ex.delta) {
        consistent = false;
        break;
      }
      ex.delta = d;
      ex.relations.push_back(r);
    }
    const CellValue& v = report.cells[static_cast<size_t>(cell)];
    if (consistent && ex.relations.size() >= 2 && v.count + ex.delta >= 0) out.push_back(std::move(ex));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Explanation& a, const Explanation& b) { return a.relations.size() > b.relations.size(); });
  return out;
}

Finding explanation_finding(const Report& report, const CompiledRules& comp, const std::vector<Evaluation>& evals,
                            const Explanation& ex) {
  const FormatDef& def = report.def();
  const int64_t value = report.cells[static_cast<size_t>(ex.cell)].count;
  int first_rule = comp.relations[static_cast<size_t>(ex.relations.front())].rule;
  std::string list;
  for (int r : ex.relations) {
    const auto& rel = comp.relations[static_cast<size_t>(r)];
    first_rule = std::min(first_rule, rel.rule);
    if (!list.empty()) list += "；";
    list += describe(rel, evals[static_cast<size_t>(r)]) + "〔" + rule_specs()[static_cast<size_t>(rel.rule)].id + "〕";
  }
  Finding f;
  f.rule = rule_specs()[static_cast<size_t>(first_rule)].id;
  f.severity = Severity::Inconsistency;
  f.section = comp.relations[static_cast<size_t>(ex.relations.front())].section;
  f.cells = {def.cells[static_cast<size_t>(ex.cell)].code};
  f.actual = std::to_string(value);
  f.expected = std::to_string(value + ex.delta);
  f.message = cell_name(def, ex.cell) + " 填写为 " + f.actual + "，按勾稽关系应为 " + f.expected + "（相差 " +
              std::to_string(std::llabs(ex.delta)) + "）；改正这一格即可同时消除以下 " +
              std::to_string(ex.relations.size()) + " 处不符：" + list;
  return f;
}

/// One E2 finding per table listing the relations that cannot be verified and their empty cells.
void unverifiable_findings(const Report& report, const CompiledRules& comp, const std::vector<int>& unverifiable, std::vector<Finding>& out) {
  const FormatDef& def = report.def();
  const RuleSpec& spec = rule_specs()[static_cast<size_t>(rule_index("E2"))];
  for (const char* section : {"table3", "table4"}) {
    std::vector<int> empty_cells;
    std::string list;
    int n = 0;
    for (int r : unverifiable) {
      const auto& rel = comp.relations[static_cast<size_t>(r)];
      if (std::string_view(rel.section) != section) continue;
      ++n;
      if (n <= 8) list += (n > 1 ? "、" : "") + rel.subject + rel.lhs_name + "与" + rel.rhs_name + "〔" +
                          rule_specs()[static_cast<size_t>(rel.rule)].id + "〕";
      for (const auto* side : {&rel.lhs, &rel.rhs})
        for (int c : *side)
          if (!report.cells[static_cast<size_t>(c)].filled) empty_cells.push_back(c);
    }
    if (n == 0) continue;
    std::sort(empty_cells.begin(), empty_cells.end());
    empty_cells.erase(std::unique(empty_cells.begin(), empty_cells.end()), empty_cells.end());
    Finding f;
    f.rule = spec.id;
    f.severity = spec.severity;
    f.section = section;
    for (int c : empty_cells) f.cells.push_back(def.cells[static_cast<size_t>(c)].code);
    f.message = std::string(section == std::string_view("table3") ? "表三" : "表四") + "有 " + std::to_string(n) +
                " 条勾稽关系因部分单元格空白而无法核对（空白不按 0 计算，共 " + std::to_string(empty_cells.size()) +
                " 个空白单元格）：" + list + (n > 8 ? " 等" : "");
    out.push_back(std::move(f));
  }
}

}  // namespace

void check_identities(const Report& report, std::vector<Finding>& out) {
  const CompiledRules& comp = compiled_rules(report.format);
  const size_t n = comp.relations.size();
  // Fast path: evaluate everything; strings are built only for relations that do not hold.
  std::vector<Evaluation> evals(n);
  std::vector<int> failing, unverifiable;
  for (size_t r = 0; r < n; ++r) {
    Evaluation& e = evals[r] = evaluate(comp.relations[r], report.cells);
    if (e.empty == e.size) continue;  // an entirely empty relation: E1 already reports the empty cells
    if (e.empty > 0)
      unverifiable.push_back(static_cast<int>(r));
    else if (e.diff() != 0)
      failing.push_back(static_cast<int>(r));
  }
  if (failing.empty() && unverifiable.empty()) return;

  std::vector<bool> explained(n, false);
  if (failing.size() >= 2) {
    for (const auto& ex : single_cell_explanations(report, comp, evals, failing)) {
      bool fresh = std::none_of(ex.relations.begin(), ex.relations.end(),
                                [&](int r) { return explained[static_cast<size_t>(r)]; });
      if (!fresh) continue;
      for (int r : ex.relations) explained[static_cast<size_t>(r)] = true;
      out.push_back(explanation_finding(report, comp, evals, ex));
    }
  }
  for (int r : failing)
    if (!explained[static_cast<size_t>(r)])
      out.push_back(relation_finding(report.def(), comp.relations[static_cast<size_t>(r)], evals[static_cast<size_t>(r)]));
  unverifiable_findings(report, comp, unverifiable, out);
}

// --- the rules of this file -----------------------------------------------------------------------

void register_identity_rules(RuleTable& table) {
  table.insert(table.end(), {
      {"C3.1", Severity::Inconsistency, "表三每一列：第一项加第二项之和等于第三项（（七）总计）加第四项之和（官方勾稽关系）",
       kAllFormats, false, "table3", 3, relations_c31, nullptr},
      {"C3.2", Severity::Inconsistency, "表三每一列：（七）总计等于（一）至（六）各项办理结果之和",
       kAllFormats, false, "table3", 3, relations_c32, nullptr},
      {"C3.3", Severity::Inconsistency, "表三每一行：总计等于自然人与五类法人或其他组织之和",
       kAllFormats, false, "table3", 3, relations_c33, nullptr},
      {"C4.1", Severity::Inconsistency, "表四每一组（行政复议、未经复议直接起诉、复议后起诉）：总计等于维持、纠正、其他、尚未审结之和",
       kAllFormats, false, "table4", 4, relations_c41, nullptr},
      {"E2", Severity::Warning, "勾稽关系因部分单元格为空而无法核对（空白不按 0 计算），每张表汇总为一条",
       kAllFormats, false, "table3", 0, nullptr, nullptr},
  });
}

}  // namespace nianbao::rules
