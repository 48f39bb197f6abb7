// aggregate.h — the 汇总 report of a region: its tables are the exact sums of its units' tables
// (data contract §4; "县级以上地方人民政府年度报告，应当逐级汇总相关情况和数据").
//
// Index
//   summed_by_default ... which units an aggregate sums unless told to include all
//   CellSum, sum_cell ... one cell summed over units: filled only when every unit has it filled
//   build_aggregate ..... the aggregate report, per-cell contributions and what was left empty
//   sha256_hex .......... digest of a unit file, recorded in the aggregate
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "nianbao/report.h"

namespace nianbao {

/// An organ report not of a vertical system (垂直管理 units report up their own line; an aggregate is
/// summed only when asked, so a county's aggregate is not counted twice with its departments).
[[nodiscard]] bool summed_by_default(const Report& unit);

/// One cell summed over units (all of one format).
struct CellSum {
  CellValue value;             ///< the exact sum; empty unless every unit has the cell filled and valid
  std::vector<size_t> blank;   ///< units (indices into the given list) that leave the cell empty
  std::vector<size_t> invalid; ///< units whose amount is not a decimal number
  std::string unit;            ///< unit of an amount whose template prints none (2019 采购总金额): "元" / "万元" / ""
  std::string problem;         ///< why an amount could not be summed although filled (units that do not convert)
  bool complete() const { return blank.empty() && invalid.empty() && problem.empty(); }
};

/// Sums cell `index` (of the units' common format) over `units`.
[[nodiscard]] CellSum sum_cell(const std::vector<const Report*>& units, int index);

struct AggregateOptions {
  std::string agency;  ///< the aggregate's agency (本级政府), e.g. "青山县人民政府"
  AgencyKind agency_kind = AgencyKind::Unspecified;
  int year = 0;        ///< 0: the units' year; else every unit must be of this year
  bool include_all = false;  ///< also sum vertical-system units and other aggregates
};

struct AggregateInput {
  const Report* report = nullptr;
  std::string file;    ///< recorded in "aggregate.units" and named in messages
  std::string sha256;  ///< of the file's bytes ("" when not read from a file)
};

struct Contribution {
  size_t unit = 0;  ///< index into the inputs
  CellValue value;
};

struct AggregateResult {
  bool ok = false;
  std::string error;  ///< why nothing was built: no unit, mixed formats or years, duplicate agencies (all named)
  Report report;      ///< scope aggregate, same format and year; narrative sections left for the supervisor
  std::vector<size_t> included;  ///< inputs summed, in input order
  std::vector<std::pair<size_t, std::string>> left_out;  ///< inputs not summed, with the reason
  /// Per cell of `report`: each included unit's filled value, largest first.
  std::vector<std::vector<Contribution>> contributions;
  /// Cells left empty although some unit filled them, with the reason naming the units ("甲、乙 未填写").
  std::vector<std::pair<int, std::string>> incomplete;
};

/// Builds the aggregate of `inputs`. Never throws; on refusal `ok` is false and `error` names the culprits.
[[nodiscard]] AggregateResult build_aggregate(const std::vector<AggregateInput>& inputs, const AggregateOptions& options);

/// Lower-case hex SHA-256 of `bytes`.
[[nodiscard]] std::string sha256_hex(std::string_view bytes);

}  // namespace nianbao
