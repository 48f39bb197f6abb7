// autofill.cpp — derived totals from fully filled parts only; linked totals follow their parts.
#include "autofill.h"

#include <algorithm>

namespace nianbao::ui {

namespace {

std::vector<Derivation> build(FormatVersion v, int table) {
  const FormatDef& f = format_def(v);
  std::vector<Derivation> out;
  if (table == 3) {
    const auto& cols = f.t3_columns;
    for (const auto& row : f.t3_rows) {
      if (row.key == "total") continue;
      Derivation d{f.t3_cell(row.key, "total"), {}};
      for (size_t c = 0; c + 1 < cols.size(); ++c) d.parts.push_back(f.t3_cell(row.key, cols[c].key));
      out.push_back(std::move(d));
    }
    for (const auto& col : cols) {
      Derivation d{f.t3_cell("total", col.key), {}};
      for (const auto& row : f.t3_rows)
        if (row.is_outcome) d.parts.push_back(f.t3_cell(row.key, col.key));
      out.push_back(std::move(d));
    }
  } else if (table == 4) {
    for (const char* g : Table4Axes::groups) {
      Derivation d{f.cell_index(std::string("t4.") + g + ".total"), {}};
      for (int k = 0; k < 4; ++k) d.parts.push_back(f.cell_index(std::string("t4.") + g + "." + Table4Axes::results[k]));
      out.push_back(std::move(d));
    }
  }
  return out;
}

const Derivation* derivation_of(FormatVersion v, int total) {
  for (int table : {3, 4})
    for (const auto& d : total_derivations(v, table))
      if (d.total == total) return &d;
  return nullptr;
}

bool linked_has(const std::vector<int>& linked, int cell) {
  return std::find(linked.begin(), linked.end(), cell) != linked.end();
}

}  // namespace

const std::vector<Derivation>& total_derivations(FormatVersion v, int table) {
  static const std::vector<Derivation> t3_2019 = build(FormatVersion::v2019, 3), t4_2019 = build(FormatVersion::v2019, 4),
                                       t3_2021 = build(FormatVersion::v2021, 3), t4_2021 = build(FormatVersion::v2021, 4),
                                       none;
  if (table == 3) return v == FormatVersion::v2019 ? t3_2019 : t3_2021;
  if (table == 4) return v == FormatVersion::v2019 ? t4_2019 : t4_2021;
  return none;
}

std::string Autofill::message(const FormatDef& def) const {
  std::string out = fills.empty() ? "没有填入合计" : "已自动计算 " + std::to_string(fills.size()) + " 个合计（已填写的值未改动；修改组成单元格时随之更新）";
  if (blocked.empty()) {
    if (fills.empty()) out += "：没有空着的合计单元格（已填写的值不会被改动）";
    return out;
  }
  // Name the first blocked total and its empty parts: what the officer has to fill first.
  const auto& [total, empty] = blocked.front();
  const CellDef& t = def.cells[static_cast<size_t>(total)];
  out += "；" + std::to_string(blocked.size()) + " 个合计未计算，因为其组成单元格有空白（空白不是 0），如「" + t.row_label + " · " +
         t.column_label + "」缺：";
  for (size_t i = 0; i < empty.size() && i < 3; ++i) {
    const CellDef& p = def.cells[static_cast<size_t>(empty[i])];
    out += (i ? "、" : "") + p.row_label + " · " + p.column_label;
  }
  if (empty.size() > 3) out += " 等 " + std::to_string(empty.size()) + " 格";
  return out;
}

bool table_has_totals(int table) { return table == 3 || table == 4; }

Autofill compute_autofill(const Report& report, int table, const std::vector<int>& linked) {
  Autofill out;
  Report work = report;  // fills made earlier count for the totals that add them up
  for (const auto& d : total_derivations(report.format, table)) {
    const CellValue& current = work.cells[static_cast<size_t>(d.total)];
    if (current.filled && !linked_has(linked, d.total)) continue;  // typed: never overwritten
    std::vector<int> empty;
    int64_t sum = 0;
    for (int p : d.parts) {
      const CellValue& v = work.cells[static_cast<size_t>(p)];
      if (v.filled) sum += v.count;
      else empty.push_back(p);
    }
    if (!empty.empty()) {
      if (!current.filled) out.blocked.emplace_back(d.total, std::move(empty));
      continue;
    }
    if (current.filled && current.count == sum) continue;
    out.fills.emplace_back(d.total, sum);
    work.cells[static_cast<size_t>(d.total)] = CellValue::of_count(sum);
  }
  return out;
}

void apply_autofill(const Autofill& a, Report& report) {
  for (const auto& [i, v] : a.fills) report.cells[static_cast<size_t>(i)] = CellValue::of_count(v);
}

CellValue derived_value(const Report& report, int total) {
  const Derivation* d = derivation_of(report.format, total);
  if (!d) return report.cells[static_cast<size_t>(total)];
  int64_t sum = 0;
  for (int p : d->parts) {
    const CellValue& v = report.cells[static_cast<size_t>(p)];
    if (!v.filled) return CellValue{};
    sum += v.count;
  }
  return CellValue::of_count(sum);
}

bool follow_linked(Report& report, const std::vector<int>& linked) {
  bool changed = false;
  for (int table : {3, 4})
    for (const auto& d : total_derivations(report.format, table)) {  // dependency order
      if (!linked_has(linked, d.total)) continue;
      const CellValue v = derived_value(report, d.total);
      CellValue& cell = report.cells[static_cast<size_t>(d.total)];
      if (cell != v) {
        cell = v;
        changed = true;
      }
    }
  return changed;
}

}  // namespace nianbao::ui
