// rules.cpp — the rule table and the engine that runs it (rules.h).
//
// Index
//   kRules ............. every rule as data: id, severity, summary, section, table, generator/checker
//   compiled_rules ..... relations of a format, built once
//   helpers ............ cell names, finding construction
//   rule_list .......... public view of the table
//   check_report ....... run, mark reviewed findings dismissed, order by section then rule
#include <algorithm>
#include <optional>

#include "rule_engine.h"
#include "rules.h"

namespace nianbao {
namespace rules {

namespace {

constexpr Severity E = Severity::Error, I = Severity::Inconsistency, W = Severity::Warning, F = Severity::Info;

// Rule ids of format-spec §4 keep their numbers; ids the product adds (C4.2, E*, A*, U1, N9, CY0) are
// documented by their summaries here, which `nianbao rules` prints.
const std::vector<RuleSpec> kRules = {
    {"C2.1", E, "表二数值有效：件数为非负整数（2019 格式“本年增/减”可为负），金额为非负十进制数", false, "table2", 2,
     nullptr, check_values},
    {"C3.1", I, "表三每一列：第一项加第二项之和等于第三项（（七）总计）加第四项之和（官方勾稽关系）", false, "table3", 3,
     relations_c31, nullptr},
    {"C3.2", I, "表三每一列：（七）总计等于（一）至（六）各项办理结果之和", false, "table3", 3, relations_c32, nullptr},
    {"C3.3", I, "表三每一行：总计等于自然人与五类法人或其他组织之和", false, "table3", 3, relations_c33, nullptr},
    {"C3.4", E, "表三数值为非负整数", false, "table3", 3, nullptr, check_values},
    {"C4.1", I, "表四每一组（行政复议、未经复议直接起诉、复议后起诉）：总计等于维持、纠正、其他、尚未审结之和", false,
     "table4", 4, relations_c41, nullptr},
    {"C4.2", E, "表四数值为非负整数", false, "table4", 4, nullptr, check_values},
    {"E1", E, "必填单元格为空（空白不等于 0；未发生的请填 0），每张表汇总为一条", false, "table3", 0, nullptr, check_empty},
    {"E2", W, "勾稽关系因部分单元格为空而无法核对（空白不按 0 计算），每张表汇总为一条", false, "table3", 0, nullptr,
     nullptr},
    {"A1", W, "金额小数超过 6 位（万元的第 6 位小数已是 1 分）", false, "table2", 2, nullptr, check_precision},
    {"A2", F, "金额有 5–6 位小数，请确认精度", false, "table2", 2, nullptr, check_precision},
    {"A3", W, "金额疑似以元而非万元填写（2021 收费 ≥ 100000 万元；2019 采购金额按所注单位），或单位无法识别", false,
     "table2", 2, nullptr, check_unit_scale},
    {"M1", E, "报告年度与机关名称必须填写（未填写年度时，与年度有关的校验不进行）", false, "meta", 0, nullptr,
     check_identity},
    {"U1", W, "文件中有本格式未定义的单元格代码（已原样保留，但不参与校验）", false, "meta", 0, nullptr,
     check_unknown_cells},
    {"N1", W, "总体情况中的收到申请、办理结果（予以公开、无法提供等）、办结、结转、行政复议、行政诉讼件数与表三、表四一致", false, "overview", 0, nullptr,
     check_text_vs_tables},
    {"N2", W, "2021 格式：六、其他需要报告的事项须报告信息处理费收取情况（含未收取的说明）", false, "other", 0, nullptr,
     check_fee_statement},
    {"N3", W, "2021 格式：一、总体情况篇幅原则上不超过一千字（不计空白）", false, "overview", 0, nullptr,
     check_overview_length},
    {"N4", W, "各级人民政府：总体情况须包括工作考核、社会评议和责任追究结果情况", false, "overview", 0, nullptr,
     check_government_items},
    {"N5", W, "年度一致：正文所称统计期限、本年度及总体情况开头的年份与报告年度相同；发布日期晚于年度末", false, "meta", 0, nullptr,
     check_years},
    {"N6", W, "发布日期不晚于该类机关的法定期限（部门、乡镇 1月31日；县 2月20日；市 3月10日；省及垂直 3月31日）",
     false, "meta", 0, nullptr, check_deadline},
    {"N7", W, "表格格式与报告年度相符（2021 年起用 2021 格式；2019、2020 年用 2019 格式）", false, "meta", 0, nullptr,
     check_format_year},
    {"N8", W, "“其他处理”占比偏高（超过（七）总计的 20% 且不少于 3 件），需说明情况", false, "table3", 3, nullptr,
     check_other_share},
    {"N9", W, "正文中“共…，其中…”的分项之和与总数不符（“余”“多”“约”等约数不核对）", false, "overview", 0, nullptr,
     check_prose_sums},
    {"CY0", W, "所给上年报告的年度不是本报告的上一年度，跨年度校验未进行", true, "meta", 0, nullptr,
     check_previous_year},
    {"CY1", I, "本年“上年结转”等于上年报告“结转下年度继续办理”（每一列）", true, "table3", 3, nullptr, check_carried},
    {"CY2", F, "2021 格式：现行有效件数与上年现行有效件数加本年制发减本年废止不同（到期失效、清理也会造成差异，仅供核对）", true, "table2", 2, nullptr,
     check_in_force},
    {"CY3", W, "2019 格式：上一年项目数量等于上年报告的上一年项目数量加本年增/减", true, "table2", 2, nullptr,
     check_projects},
    {"CY4", W, "五、存在的主要问题及改进情况与上年几乎相同（字符二元组相似度 ≥ 0.8）", true, "problems", 0, nullptr,
     check_problems_repeat},
};

CompiledRules compile(FormatVersion v) {
  const FormatDef& def = format_def(v);
  CompiledRules c;
  for (size_t i = 0; i < kRules.size(); ++i)
    if (kRules[i].relations) kRules[i].relations(def, static_cast<int>(i), c.relations);
  c.relations_of_cell.resize(def.cells.size());
  for (size_t r = 0; r < c.relations.size(); ++r) {
    for (int cell : c.relations[r].lhs) c.relations_of_cell[static_cast<size_t>(cell)].push_back(static_cast<int>(r));
    for (int cell : c.relations[r].rhs) c.relations_of_cell[static_cast<size_t>(cell)].push_back(static_cast<int>(r));
  }
  for (size_t i = 0; i < def.cells.size(); ++i) {
    const CellDef& d = def.cells[i];
    c.cells_of_table[d.table].push_back(static_cast<int>(i));
    if (d.kind == ValueKind::Amount) c.amount_cells.push_back(static_cast<int>(i));
    c.kind_of.push_back(d.kind);
  }
  return c;
}

const char* const kSectionOrder[] = {"meta", "overview", "table2", "table3", "table4", "problems", "other"};

int section_rank(const std::string& s) {
  for (int i = 0; i < 7; ++i)
    if (s == kSectionOrder[i]) return i;
  return 7;
}

}  // namespace

const std::vector<RuleSpec>& rule_specs() { return kRules; }

int rule_index(std::string_view id) {
  for (size_t i = 0; i < kRules.size(); ++i)
    if (id == kRules[i].id) return static_cast<int>(i);
  return -1;
}

const CompiledRules& compiled_rules(FormatVersion v) {
  static const CompiledRules c2019 = compile(FormatVersion::v2019);
  static const CompiledRules c2021 = compile(FormatVersion::v2021);
  return v == FormatVersion::v2019 ? c2019 : c2021;
}

std::string cell_name(const FormatDef& def, int index) {
  const CellDef& d = def.cells[static_cast<size_t>(index)];
  return d.row_label + " · " + d.column_label;
}

Finding make_finding(const RuleContext& ctx, std::string message) {
  Finding f;
  f.rule = ctx.spec.id;
  f.severity = ctx.spec.severity;
  f.section = ctx.spec.section;
  f.message = std::move(message);
  return f;
}

int64_t count_or_missing(const Report& r, std::string_view code) {
  int i = r.def().cell_index(code);
  if (i < 0) return -1;
  const CellValue& v = r.cells[static_cast<size_t>(i)];
  return v.filled ? v.count : -1;
}

}  // namespace rules

const std::vector<RuleInfo>& rule_list() {
  static const std::vector<RuleInfo> list = [] {
    std::vector<RuleInfo> out;
    for (const auto& r : rules::rule_specs()) out.push_back({r.id, r.severity, r.summary, r.needs_previous});
    return out;
  }();
  return list;
}

namespace {

/// A report whose cell vector does not match its format (built by hand rather than by load_report_json
/// or new_report) is checked as if the missing cells were empty.
const Report& with_all_cells(const Report& r, std::optional<Report>& storage) {
  if (r.cells.size() == r.def().cells.size()) return r;
  storage = r;
  storage->cells.resize(r.def().cells.size());
  return *storage;
}

}  // namespace

std::vector<Finding> check_report(const Report& given, const Report* given_previous) {
  std::vector<Finding> out;
  std::optional<Report> report_storage, previous_storage;
  const Report& report = with_all_cells(given, report_storage);
  const Report* previous = given_previous ? &with_all_cells(*given_previous, previous_storage) : nullptr;
  const auto& specs = rules::rule_specs();
  const FormatDef& def = report.def();
  for (size_t i = 0; i < specs.size(); ++i) {
    const auto& spec = specs[i];
    if (!spec.check) continue;
    if (spec.needs_previous && !previous) continue;
    rules::RuleContext ctx{report, previous, def, spec, static_cast<int>(i)};
    spec.check(ctx, out);
  }
  rules::check_identities(report, out);
  if (out.empty()) return out;

  for (auto& f : out) {
    // A reviewer may accept a warning, never an impossible value or a failed identity: a file must not be
    // able to silence its own errors in a supervisor's batch check.
    if (f.severity == Severity::Error || f.severity == Severity::Inconsistency) continue;
    for (const auto& review : report.reviews) {
      if (review.finding_key == f.key()) {
        f.dismissed = true;
        f.dismiss_reason = review.reason;
        break;
      }
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
    int sa = rules::section_rank(a.section), sb = rules::section_rank(b.section);
    if (sa != sb) return sa < sb;
    return rules::rule_index(a.rule) < rules::rule_index(b.rule);
  });
  return out;
}

}  // namespace nianbao
