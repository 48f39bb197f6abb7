// rules.h — every check of a report: 勾稽 identities, value checks, narrative checks, cross-year checks.
//
// Rules are declared as data (id, severity, cells, relation) and evaluated by one engine (rules.cpp).
#pragma once

#include <string>
#include <vector>

#include "findings.h"
#include "report.h"

namespace nianbao {

struct RuleInfo {
  std::string id;          ///< "C3.1"
  Severity severity;       ///< the severity of its findings
  std::string summary;     ///< one Chinese line: what it checks
  bool needs_previous;     ///< only evaluated when last year's report is given (CY*)
};

/// Every rule, in the order `nianbao rules` prints them.
const std::vector<RuleInfo>& rule_list();

/// Checks a report; `previous` (last year's report of the same agency) enables CY1–CY4.
/// Warnings and infos dismissed by the report's reviews are returned with `dismissed` set; errors and
/// inconsistencies cannot be dismissed.
/// Ordered by section (meta, overview, table2, table3, table4, problems, other), then rule.
std::vector<Finding> check_report(const Report& report, const Report* previous = nullptr);

}  // namespace nianbao
