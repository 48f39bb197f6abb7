// cross_year_rules.cpp — CY0–CY4: this year's report against last year's report of the same agency.
#include <cstdio>
#include <cstdlib>

#include "nianbao/year_to_year.h"
#include "rules/narrative.h"
#include "rules/rule_engine.h"

namespace nianbao::rules {

namespace {

/// CY1–CY4 compare only with the report of the year before (CY0 reports anything else).
bool is_last_year(const RuleContext& ctx) { return ctx.report.year > 0 && ctx.previous->year == ctx.report.year - 1; }

void add_count_mismatch(const RuleContext& ctx, const std::vector<std::string>& cells, int64_t expected,
                        int64_t actual, std::string message, std::vector<Finding>& out) {
  Finding f = make_finding(ctx, std::move(message));
  f.cells = cells;
  f.expected = std::to_string(expected);
  f.actual = std::to_string(actual);
  out.push_back(std::move(f));
}

}  // namespace

void check_previous_year(const RuleContext& ctx, std::vector<Finding>& out) {
  if (is_last_year(ctx) || ctx.report.year == 0) return;
  if (ctx.previous->year == 0) {
    out.push_back(make_finding(ctx, "所给上年报告未填写年度，跨年度校验未进行"));
    return;
  }
  out.push_back(make_finding(ctx, "所给上年报告为 " + std::to_string(ctx.previous->year) + " 年度，本报告为 " +
                                      std::to_string(ctx.report.year) + " 年度，应使用 " +
                                      std::to_string(ctx.report.year - 1) + " 年度报告；跨年度校验未进行"));
}

void check_carried(const RuleContext& ctx, std::vector<Finding>& out) {
  if (!is_last_year(ctx)) return;
  for (const auto& col : ctx.def.t3_columns) {
    const std::string now = "t3.carried." + col.key, before = "t3.forward." + col.key;
    int64_t carried = count_or_missing(ctx.report, now), forward = count_or_missing(*ctx.previous, before);
    if (carried < 0 || forward < 0 || carried == forward) continue;
    add_count_mismatch(ctx, {now}, forward, carried,
                       col.label + "列：本年第二项上年结转（" + std::to_string(carried) + "）不等于 " +
                           std::to_string(ctx.previous->year) + " 年报告第四项结转下年度继续办理（" +
                           std::to_string(forward) + "），相差 " + std::to_string(std::llabs(carried - forward)) +
                           "（机构改革或汇总范围变化时请在正文说明）",
                       out);
  }
}

void check_in_force(const RuleContext& ctx, std::vector<Finding>& out) {
  if (!is_last_year(ctx) || ctx.previous->format != ctx.report.format)
    return;
  for (const auto& [row, label] : {std::pair<const char*, const char*>{"rules", "规章"}, {"normative", "行政规范性文件"}}) {
    const std::string p = std::string("t2.") + row + ".";
    int64_t now = count_or_missing(ctx.report, p + "in_force"), before = count_or_missing(*ctx.previous, p + "in_force");
    int64_t issued = count_or_missing(ctx.report, p + "issued"), repealed = count_or_missing(ctx.report, p + "repealed");
    if (now < 0 || before < 0 || issued < 0 || repealed < 0) continue;
    int64_t expected = before + issued - repealed;
    if (now == expected) continue;
    add_count_mismatch(ctx, {p + "in_force", p + "issued", p + "repealed"}, expected, now,
                       std::string(label) + "：现行有效件数 " + std::to_string(now) + "，而上年现行有效 " +
                           std::to_string(before) + " 加本年制发 " + std::to_string(issued) + " 减本年废止 " +
                           std::to_string(repealed) + " 为 " + std::to_string(expected) +
                           "（到期失效、清理等也会造成差异，请核对）",
                       out);
  }
}

void check_projects(const RuleContext& ctx, std::vector<Finding>& out) {
  if (!is_last_year(ctx) || ctx.previous->format != ctx.report.format)
    return;
  for (const char* row : {"license", "services", "penalty", "coercion", "fees"}) {
    const std::string p = std::string("t2.") + row + ".";
    int64_t now = count_or_missing(ctx.report, p + "prev"), before = count_or_missing(*ctx.previous, p + "prev");
    int idx = ctx.def.cell_index(p + "delta");
    const CellValue& delta = ctx.previous->cells[static_cast<size_t>(idx)];
    if (now < 0 || before < 0 || !delta.filled) continue;
    int64_t expected = before + delta.count;
    if (now == expected) continue;
    add_count_mismatch(ctx, {p + "prev"}, expected, now,
                       ctx.def.cells[static_cast<size_t>(idx)].row_label + "：上一年项目数量 " + std::to_string(now) +
                           "，而上年报告的上一年项目数量 " + std::to_string(before) + " 加其本年增/减 " +
                           std::to_string(delta.count) + " 为 " + std::to_string(expected),
                       out);
  }
}

void check_repeated_text(const RuleContext& ctx, std::vector<Finding>& out) {
  if (!is_last_year(ctx)) return;
  // 五 is where 年年雷同 is prohibited; an overview copied from last year is the same fault one section up.
  for (const char* key : {"overview", "problems"}) {
    const std::string &now = *ctx.report.narrative(key), &before = *ctx.previous->narrative(key);
    if (now.empty() || before.empty()) continue;
    double s = bigram_similarity(now, before);
    if (s < kRepeatThreshold) continue;
    char pct[8];
    std::snprintf(pct, sizeof pct, "%.0f%%", s * 100);
    Finding f = make_finding(ctx, ctx.def.section(key)->heading + "与 " + std::to_string(ctx.previous->year) +
                                      " 年报告几乎相同（相似度 " + pct +
                                      "），格式要求“不得出现敷衍了事甚至年年雷同现象”，请结合本年情况重写");
    f.section = key;
    f.actual = pct;
    out.push_back(std::move(f));
  }
}

// --- the rules of this file -----------------------------------------------------------------------

void register_cross_year_rules(RuleTable& table) {
  table.insert(table.end(), {
      {"CY0", Severity::Warning, "所给上年报告的年度不是本报告的上一年度，跨年度校验未进行",
       kAllFormats, true, "meta", 0, nullptr, check_previous_year},
      {"CY1", Severity::Inconsistency, "本年“上年结转”等于上年报告“结转下年度继续办理”（每一列）",
       kAllFormats, true, "table3", 3, nullptr, check_carried},
      {"CY2", Severity::Info, "现行有效件数与上年现行有效件数加本年制发减本年废止不同（到期失效、清理也会造成差异，仅供核对）",
       only(FormatVersion::v2021), true, "table2", 2, nullptr, check_in_force},
      {"CY3", Severity::Warning, "上一年项目数量等于上年报告的上一年项目数量加本年增/减",
       only(FormatVersion::v2019), true, "table2", 2, nullptr, check_projects},
      {"CY4", Severity::Warning, "一、总体情况或五、存在的主要问题及改进情况与上年几乎相同（字符二元组相似度 ≥ 0.8）",
       kAllFormats, true, "problems", 0, nullptr, check_repeated_text},
  });
}

}  // namespace nianbao::rules
