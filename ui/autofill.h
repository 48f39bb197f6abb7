// autofill.h — "自动计算合计": derived totals of tables 三 and 四 for cells the user left EMPTY.
// A typed value is never overwritten, even when it disagrees (the checks report that instead).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "nianbao/report.h"

namespace nianbao::ui {

struct Autofill {
  /// (index into FormatDef::cells, value) for every empty total that can be derived.
  std::vector<std::pair<int, int64_t>> fills;
  /// Chinese summary for the status line: what was filled, or why nothing was.
  std::string message() const;
};

/// Which tables have derivable totals (3 and 4).
bool table_has_totals(int table);

/// Computes the fills for table `table` of `report` without changing it:
///  三: each row's 总计 column = sum of the six applicant columns (C3.3), then （七）总计 of each column =
///      sum of the outcome rows (C3.2); 四: each group's 总计 = 维持 + 纠正 + 其他 + 尚未审结 (C4.1).
/// A total is derived only when at least one of its parts is filled; empty parts count as 0.
Autofill compute_autofill(const Report& report, int table);

/// Writes the fills into `report`.
void apply_autofill(const Autofill& a, Report& report);

}  // namespace nianbao::ui
