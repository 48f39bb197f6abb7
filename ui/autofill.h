// autofill.h — "自动计算合计": derived totals of tables 三 and 四, honestly. A total is filled only when
// every one of its parts is filled (an empty part is unknown, not 0), a typed value is never overwritten
// (the checks report a disagreement instead), and totals the editor filled stay linked: they follow their
// parts until the user types in them.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "nianbao/report.h"

namespace nianbao::ui {

/// One derived total: `total` = sum of `parts` (FormatDef::cells indices).
struct Derivation {
  int total = -1;
  std::vector<int> parts;
};

/// The derivations of table `table` (3 or 4) in dependency order: 三's row totals (C3.3) before the
/// （七）总计 row (C3.2) that adds them up; 四's group totals (C4.1). Empty for other tables.
const std::vector<Derivation>& total_derivations(FormatVersion v, int table);

struct Autofill {
  /// (index into FormatDef::cells, value) for every total filled or updated.
  std::vector<std::pair<int, int64_t>> fills;
  /// Empty totals left empty because parts of them are empty: (total, its empty parts).
  std::vector<std::pair<int, std::vector<int>>> blocked;
  /// Chinese summary for the status line: what was filled, and which parts keep which totals empty.
  std::string message(const FormatDef& def) const;
};

/// Which tables have derivable totals (3 and 4).
bool table_has_totals(int table);

/// Computes the fills for table `table` of `report` without changing it: every empty total (and every total
/// in `linked`, which the editor filled before) whose parts are all filled, counting fills made before it.
Autofill compute_autofill(const Report& report, int table, const std::vector<int>& linked = {});

/// Writes the fills into `report`.
void apply_autofill(const Autofill& a, Report& report);

/// The value the derivation of linked total `total` gives in `report`: the sum when every part is filled,
/// else empty. `total` must be a total of some derivation.
CellValue derived_value(const Report& report, int total);

/// After the parts changed: every linked total takes its derived value (empty while a part is empty).
/// Returns whether a total changed.
bool follow_linked(Report& report, const std::vector<int>& linked);

}  // namespace nianbao::ui
