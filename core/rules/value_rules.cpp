// value_rules.cpp — checks of single cells: valid values, empty required cells, amount precision and unit.
#include "rules/rule_engine.h"

#include <algorithm>

#include "nianbao/import.h"

namespace nianbao::rules {

namespace {

const char* table_name(int table) { return table == 2 ? "表二" : table == 3 ? "表三" : "表四"; }
std::string table_section(int table) { return "table" + std::to_string(table); }

/// Digits after the decimal point of a valid decimal text.
size_t decimals(const std::string& text) {
  size_t dot = text.find('.');
  return dot == std::string::npos ? 0 : text.size() - dot - 1;
}

/// Is the integer part of a non-negative decimal text ≥ 100000?
bool at_least_1e5(const std::string& text) {
  size_t digits = text.find('.');
  if (digits == std::string::npos) digits = text.size();
  size_t lead = text.find_first_not_of('0');
  return lead != std::string::npos && lead < digits && digits - lead >= 6;
}

bool valid_amount(const CellValue& v) { return is_decimal_text(v.amount) && v.amount[0] != '-'; }

/// "a、b、c 等 12 个" — names of at most `limit` cells.
std::string list_cells(const FormatDef& def, const std::vector<int>& cells, size_t limit) {
  std::string s;
  for (size_t i = 0; i < cells.size() && i < limit; ++i) s += (i ? "、" : "") + cell_name(def, cells[i]);
  if (cells.size() > limit) s += " 等";
  return s;
}

}  // namespace

void check_values(const RuleContext& ctx, std::vector<Finding>& out) {
  const CompiledRules& comp = compiled_rules(ctx.report.format);
  for (int i : comp.cells_of_table[ctx.spec.table]) {
    const CellValue& v = ctx.report.cells[static_cast<size_t>(i)];
    const ValueKind kind = comp.kind_of[static_cast<size_t>(i)];
    if (!v.filled || (kind == ValueKind::Count && v.count >= 0) || kind == ValueKind::SignedCount) continue;
    const CellDef& d = ctx.def.cells[static_cast<size_t>(i)];
    std::string problem;
    if (d.kind == ValueKind::Count)
      problem = "为负数（" + std::to_string(v.count) + "），应为非负整数";
    else if (!valid_amount(v))
      problem = "“" + v.amount + "”不是非负的十进制数字；请只填数字（如 7 或 24252.311082），单位写在表头或单位栏";
    if (problem.empty()) continue;
    Finding f = make_finding(ctx, cell_name(ctx.def, i) + " " + problem);
    f.cells = {d.code};
    f.actual = d.kind == ValueKind::Amount ? v.amount : std::to_string(v.count);
    f.section = table_section(d.table);
    out.push_back(std::move(f));
  }
}

namespace {

/// Empty cells of `table`: the report's own blanks (E1) or, with `import_misses`, the cells an import could
/// not read (I1). A reviewer who dismisses a table's I1 finding confirms the original is blank there too:
/// its cells are then also the report's own blanks, so a dismissal never silences an empty cell.
std::vector<int> empty_cells(const RuleContext& ctx, int table, bool import_misses) {
  const std::vector<std::string> unread = import_unread(ctx.report);
  std::vector<int> own, misses;
  Finding i1;  // the I1 finding of this table, for its review key
  i1.rule = "I1";
  i1.section = "table" + std::to_string(table);
  for (int i : compiled_rules(ctx.report.format).cells_of_table[table]) {
    if (ctx.report.cells[static_cast<size_t>(i)].filled) continue;
    const std::string& code = ctx.def.cells[static_cast<size_t>(i)].code;
    const bool miss = std::find(unread.begin(), unread.end(), code) != unread.end();
    (miss ? misses : own).push_back(i);
    if (miss) i1.cells.push_back(code);
  }
  if (import_misses) return misses;
  const std::string key = i1.key();
  if (!misses.empty() && std::any_of(ctx.report.reviews.begin(), ctx.report.reviews.end(),
                                     [&](const Review& r) { return r.finding_key == key; })) {
    own.insert(own.end(), misses.begin(), misses.end());
    std::sort(own.begin(), own.end());
  }
  return own;
}

/// One finding per table listing its empty cells of one kind (see empty_cells): "<lead>表三有 N<what>a、b …".
void empty_cell_findings(const RuleContext& ctx, bool import_misses, const char* lead, const char* what,
                         std::vector<Finding>& out) {
  for (int table : {2, 3, 4}) {
    const std::vector<int> empty = empty_cells(ctx, table, import_misses);
    if (empty.empty()) continue;
    Finding f = make_finding(ctx, std::string(lead) + table_name(table) + "有 " + std::to_string(empty.size()) + what +
                                      list_cells(ctx.def, empty, 6));
    for (int i : empty) f.cells.push_back(ctx.def.cells[static_cast<size_t>(i)].code);
    f.section = table_section(table);
    out.push_back(std::move(f));
  }
}

}  // namespace

void check_empty(const RuleContext& ctx, std::vector<Finding>& out) {
  empty_cell_findings(ctx, false, "", " 个必填单元格为空（空白不等于 0；没有发生的请填 0）：", out);
}

void check_import_misses(const RuleContext& ctx, std::vector<Finding>& out) {
  for (const auto& [field, name] : {std::pair{"year", "报告年度"}, std::pair{"agency", "机关名称"}}) {
    if (!is_import_miss(ctx.report, field)) continue;
    Finding f = make_finding(ctx, std::string("导入未读出：导入时未能从原文读出") + name + "，请按原件补填");
    f.section = "meta";
    f.actual = field;
    out.push_back(std::move(f));
  }
  empty_cell_findings(ctx, true, "导入未读出：",
                      " 个单元格导入时未能从原文读出（不是报告本身的空白，导入记录说明了原因），请按原件补填；"
                      "原件确为空白的，忽略本条（理由如“原件为空”）后按“必填单元格为空”校验：",
                      out);
}

void drop_import_shadowed(const Report& report, std::vector<Finding>& out) {
  // M1 names the field in its message; a field the import could not read is I1's, not the report's error.
  const bool year = is_import_miss(report, "year"), agency = is_import_miss(report, "agency");
  if (!year && !agency) return;
  out.erase(std::remove_if(out.begin(), out.end(),
                           [&](const Finding& f) {
                             return f.rule == "M1" && ((year && f.message.find("年度") != std::string::npos) ||
                                                       (agency && f.message.find("机关名称") != std::string::npos));
                           }),
            out.end());
}

void check_precision(const RuleContext& ctx, std::vector<Finding>& out) {
  const bool beyond_cent = std::string_view(ctx.spec.id) == "A1";  // A1: > 6 decimals; A2: 5–6 decimals
  for (int i : compiled_rules(ctx.report.format).amount_cells) {
    const CellValue& v = ctx.report.cells[static_cast<size_t>(i)];
    if (!v.filled || !valid_amount(v)) continue;
    size_t n = decimals(v.amount);
    if (beyond_cent ? n <= 6 : (n < 5 || n > 6)) continue;
    Finding f = make_finding(ctx, cell_name(ctx.def, i) + " “" + v.amount + "”有 " +
                                      std::to_string(n) + " 位小数" +
                                      (beyond_cent ? "，超过 6 位（以万元计第 6 位小数已是 1 分），请核对"
                                                   : "，通常保留 2–4 位，请确认精度"));
    f.cells = {ctx.def.cells[static_cast<size_t>(i)].code};
    f.actual = v.amount;
    out.push_back(std::move(f));
  }
}

void check_unit_scale(const RuleContext& ctx, std::vector<Finding>& out) {
  for (int i : compiled_rules(ctx.report.format).amount_cells) {
    const CellDef& d = ctx.def.cells[static_cast<size_t>(i)];
    const CellValue& v = ctx.report.cells[static_cast<size_t>(i)];
    if (!v.filled || !valid_amount(v)) continue;
    // The 2021 template prints 万元; the 2019 template prints no unit, so the agency's own unit applies.
    std::string unit = d.unit.empty() ? ctx.report.unit_of(d.code) : d.unit;
    std::string problem;
    if (!unit.empty() && unit != "元" && unit != "万元")
      problem = "的单位“" + unit + "”无法识别，应为“元”或“万元”";
    else if (unit != "元" && at_least_1e5(v.amount))
      problem = "为 " + v.amount + (unit.empty() ? "（未注明单位）" : " 万元") +
                "，即不少于 10 亿元，疑似按“元”填写；如以元计，请换算为万元或注明单位“元”";
    if (problem.empty()) continue;
    Finding f = make_finding(ctx, cell_name(ctx.def, i) + " " + problem);
    f.cells = {d.code};
    f.actual = v.amount + unit;
    out.push_back(std::move(f));
  }
}

void check_unknown_cells(const RuleContext& ctx, std::vector<Finding>& out) {
  if (ctx.report.unknown_cells.empty()) return;
  Finding f = make_finding(ctx, "");
  std::string list;
  for (auto& [code, value] : ctx.report.unknown_cells.items()) {
    f.cells.push_back(code);
    if (f.cells.size() <= 6) list += (f.cells.size() > 1 ? "、" : "") + code;
  }
  f.message = "文件中有 " + std::to_string(f.cells.size()) + " 个单元格代码不属于 " +
              std::string(format_name(ctx.report.format)) + " 格式：" + list + (f.cells.size() > 6 ? " 等" : "") +
              "；它们已原样保留，但不参与校验，请确认报告格式是否选对";
  out.push_back(std::move(f));
}

// --- the rules of this file -----------------------------------------------------------------------

void register_value_rules(RuleTable& table) {
  table.insert(table.end(), {
      {"C2.1", Severity::Error, "表二数值有效：件数为非负整数（2019 格式“本年增/减”可为负），金额为非负十进制数",
       kAllFormats, false, "table2", 2, nullptr, check_values},
      {"C3.4", Severity::Error, "表三数值为非负整数",
       kAllFormats, false, "table3", 3, nullptr, check_values},
      {"C4.2", Severity::Error, "表四数值为非负整数",
       kAllFormats, false, "table4", 4, nullptr, check_values},
      {"E1", Severity::Error, "必填单元格为空（空白不等于 0；未发生的请填 0），每张表汇总为一条",
       kAllFormats, false, "table3", 0, nullptr, check_empty},
      {"I1", Severity::Warning, "导入未读出：导入时未能从原文读出的单元格、年度或机关名称（不算报告的错误，不报 E1/M1；补填或确认原件为空后消失）",
       kAllFormats, false, "table3", 0, nullptr, check_import_misses},
      {"A1", Severity::Warning, "金额小数超过 6 位（万元的第 6 位小数已是 1 分）",
       kAllFormats, false, "table2", 2, nullptr, check_precision},
      {"A2", Severity::Info, "金额有 5–6 位小数，请确认精度",
       kAllFormats, false, "table2", 2, nullptr, check_precision},
      {"A3", Severity::Warning, "金额疑似以元而非万元填写（2021 收费 ≥ 100000 万元；2019 采购金额按所注单位），或单位无法识别",
       kAllFormats, false, "table2", 2, nullptr, check_unit_scale},
      {"U1", Severity::Warning, "文件中有本格式未定义的单元格代码（已原样保留，但不参与校验）",
       kAllFormats, false, "meta", 0, nullptr, check_unknown_cells},
  });
}

}  // namespace nianbao::rules
