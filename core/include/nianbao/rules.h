// rules.h — every check of a report: 勾稽 identities, value checks, narrative checks, cross-year checks.
//
// Rules are declared as data beside their checkers (core/rules/*_rules.cpp) and evaluated by one engine.
#pragma once

#include <string>
#include <vector>

#include "nianbao/findings.h"
#include "nianbao/report.h"

namespace nianbao {

struct RuleInfo {
  std::string id;          ///< "C3.1"
  Severity severity;       ///< the severity of its findings
  std::string summary;     ///< one Chinese line: what it checks
  bool needs_previous;     ///< only evaluated when last year's report is given (CY*)
  std::vector<FormatVersion> formats;  ///< the formats it checks
};

/// Every rule, in the order `nianbao rules` prints them.
const std::vector<RuleInfo>& rule_list();

/// Checks a report; `previous` (last year's report of the same agency) enables CY1–CY4; `units` (the reports
/// an aggregate was compiled from, any order) enables H1–H5.
/// Warnings and infos dismissed by the report's reviews are returned with `dismissed` set; errors and
/// inconsistencies cannot be dismissed.
/// Ordered by section (meta, overview, table2, table3, table4, problems, other), then rule.
[[nodiscard]] std::vector<Finding> check_report(const Report& report, const Report* previous = nullptr,
                                                const std::vector<const Report*>* units = nullptr);

}  // namespace nianbao
