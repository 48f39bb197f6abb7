// autofill.cpp — derived totals, filled only where empty.
#include "autofill.h"

namespace nianbao::ui {

namespace {

/// Sums the filled cells of `parts` (with pending fills applied) into the empty cell `total`.
void derive(const Report& r, const std::vector<int>& parts, int total, Autofill& out) {
  if (total < 0 || r.cells[static_cast<size_t>(total)].filled) return;
  for (const auto& [i, v] : out.fills)
    if (i == total) return;
  int64_t sum = 0;
  bool any = false;
  for (int p : parts) {
    const CellValue& v = r.cells[static_cast<size_t>(p)];
    if (v.filled) {
      sum += v.count;
      any = true;
      continue;
    }
    for (const auto& [i, fv] : out.fills) {
      if (i == p) {
        sum += fv;
        any = true;
      }
    }
  }
  if (any) out.fills.emplace_back(total, sum);
}

}  // namespace

std::string Autofill::message() const {
  if (fills.empty()) return "没有可自动计算的空合计单元格（已填写的值不会被改动）";
  return "已自动填入 " + std::to_string(fills.size()) + " 个空的合计单元格（已填写的值未改动）";
}

bool table_has_totals(int table) { return table == 3 || table == 4; }

Autofill compute_autofill(const Report& report, int table) {
  const FormatDef& f = report.def();
  Autofill out;
  if (table == 3) {
    const auto& cols = f.t3_columns;
    for (const auto& row : f.t3_rows) {
      if (row.key == "total") continue;
      std::vector<int> parts;
      for (size_t c = 0; c + 1 < cols.size(); ++c) parts.push_back(f.t3_cell(row.key, cols[c].key));
      derive(report, parts, f.t3_cell(row.key, "total"), out);
    }
    for (const auto& col : cols) {
      std::vector<int> parts;
      for (const auto& row : f.t3_rows)
        if (row.is_outcome) parts.push_back(f.t3_cell(row.key, col.key));
      derive(report, parts, f.t3_cell("total", col.key), out);
    }
  } else if (table == 4) {
    for (const char* g : Table4Axes::groups) {
      std::vector<int> parts;
      for (int k = 0; k < 4; ++k)
        parts.push_back(f.cell_index(std::string("t4.") + g + "." + Table4Axes::results[k]));
      derive(report, parts, f.cell_index(std::string("t4.") + g + ".total"), out);
    }
  }
  return out;
}

void apply_autofill(const Autofill& a, Report& report) {
  for (const auto& [i, v] : a.fills) report.cells[static_cast<size_t>(i)] = CellValue::of_count(v);
}

}  // namespace nianbao::ui
