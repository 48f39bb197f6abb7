// compare.cpp — the 比对 of two years' reports: every cell against last year's, every section's
// similarity and the passages both years share.
//
// Index
//   decimals ........... exact difference of two amounts written as decimals
//   cells .............. change and jump flag of one cell
//   shared passages .... runs of content characters found in both texts
//   compare_reports, table_blocks
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <unordered_set>

#include "nianbao/html_render.h"
#include "nianbao/text.h"
#include "nianbao/year_to_year.h"
#include "rules/narrative.h"

namespace nianbao {

namespace {

// ---------------------------------------------------------------------------------------------
// decimals

/// A decimal as an integer count of 10^-scale, for exact differences; false when it does not fit.
struct Scaled {
  int64_t units = 0;
  int scale = 0;
};

constexpr int kMaxScale = 9;

bool parse_scaled(std::string_view s, int scale, Scaled* out) {
  bool negative = !s.empty() && s[0] == '-';
  if (negative) s.remove_prefix(1);
  int64_t v = 0;
  int frac = -1;  // digits after the point so far; -1 before it
  for (char c : s) {
    if (c == '.') {
      frac = 0;
      continue;
    }
    if (c < '0' || c > '9') return false;
    if (frac >= 0 && ++frac > scale) return false;
    if (__builtin_mul_overflow(v, 10, &v) || __builtin_add_overflow(v, c - '0', &v)) return false;
  }
  for (int k = frac < 0 ? 0 : frac; k < scale; ++k)
    if (__builtin_mul_overflow(v, 10, &v)) return false;
  out->units = negative ? -v : v;
  out->scale = scale;
  return true;
}

int fraction_digits(std::string_view s) {
  const size_t dot = s.find('.');
  return dot == std::string_view::npos ? 0 : static_cast<int>(s.size() - dot - 1);
}

/// "+1.5", "−0.25", "0": `b − a` written with as many decimals as the longer of the two; "" when too long.
std::string decimal_difference(std::string_view a, std::string_view b) {
  const int scale = std::max(fraction_digits(a), fraction_digits(b));
  Scaled x, y;
  if (scale > kMaxScale || !parse_scaled(a, scale, &x) || !parse_scaled(b, scale, &y)) return {};
  int64_t d;
  if (__builtin_sub_overflow(y.units, x.units, &d)) return {};
  if (d == 0) return "0";
  const bool negative = d < 0;
  std::string digits = std::to_string(negative ? -static_cast<uint64_t>(d) : static_cast<uint64_t>(d));
  if (scale > 0) {
    if (digits.size() <= static_cast<size_t>(scale)) digits.insert(0, static_cast<size_t>(scale) + 1 - digits.size(), '0');
    digits.insert(digits.size() - static_cast<size_t>(scale), ".");
    while (digits.back() == '0') digits.pop_back();
    if (digits.back() == '.') digits.pop_back();
  }
  return (negative ? "−" : "+") + digits;
}

// ---------------------------------------------------------------------------------------------
// cells

std::string ratio_text(double r) {
  char buf[32];
  std::snprintf(buf, sizeof buf, r >= 10 ? "%.0f" : "%.1f", r);  // "5.1", "46"
  return buf;
}

/// Flags a change between two non-negative values `p` (last year) and `c` (this year).
void flag_change(double p, double c, const std::string& current_text, CellChange& out) {
  if (p == 0 && c > 0) {
    out.flag = ChangeFlag::FromZero;
    out.flag_text = "由 0 增至 " + current_text;
  } else if (p > 0 && c == 0) {
    out.flag = ChangeFlag::ToZero;
    out.flag_text = "降为 0";
  } else if (p > 0 && c > p * kJumpFactor) {
    out.flag = ChangeFlag::Rise;
    out.flag_text = "为上年的 " + ratio_text(c / p) + " 倍";
  } else if (c > 0 && c * kJumpFactor < p) {
    out.flag = ChangeFlag::Fall;
    out.flag_text = "不到上年的五分之一（上年为本年的 " + ratio_text(p / c) + " 倍）";
  }
}

CellChange compare_cell(const Report& previous, const Report& current, int index) {
  const CellDef& d = current.def().cells[static_cast<size_t>(index)];
  CellChange out;
  out.cell = index;
  const int before = previous.def().cell_index(d.code);
  // A cell of the same code but another kind (none today) would not compare.
  out.in_previous = before >= 0 && previous.def().cells[static_cast<size_t>(before)].kind == d.kind;
  out.current_text = cell_display_text(current, index);
  if (!out.in_previous) return out;
  out.previous_text = cell_display_text(previous, before);
  const CellValue& p = previous.cells[static_cast<size_t>(before)];
  const CellValue& c = current.cells[static_cast<size_t>(index)];
  if (!p.filled || !c.filled) return out;
  if (d.kind == ValueKind::Amount) {
    // Units written by the agency (2019 采购总金额) must agree for the figures to compare.
    if (previous.unit_of(d.code) != current.unit_of(d.code)) return out;
    out.change = decimal_difference(p.amount, c.amount);
    const double pv = std::strtod(p.amount.c_str(), nullptr), cv = std::strtod(c.amount.c_str(), nullptr);
    if (pv >= 0 && cv >= 0) flag_change(pv, cv, c.amount, out);
    return out;
  }
  const int64_t diff = c.count - p.count;
  out.change = diff == 0 ? "0" : (diff > 0 ? "+" : "−") + std::to_string(diff > 0 ? diff : -diff);
  // 本年增/减 (2019) is itself a change: a ratio of two changes says nothing.
  if (d.kind == ValueKind::Count && p.count >= 0 && c.count >= 0)
    flag_change(static_cast<double>(p.count), static_cast<double>(c.count), std::to_string(c.count), out);
  return out;
}

// ---------------------------------------------------------------------------------------------
// shared passages

/// Letters and ideographs: the words of a text, not its figures (which change from year to year).
bool is_content(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/// The content characters of `s` with the byte range of each.
struct Content {
  std::u32string chars;
  std::vector<size_t> begin, end;
};

Content content_of(std::string_view s) {
  Content out;
  for (size_t at = 0; at < s.size();) {
    const size_t from = at;
    const char32_t c = text::next(s, at);
    if (!is_content(c)) continue;
    out.chars.push_back(c);
    out.begin.push_back(from);
    out.end.push_back(at);
  }
  return out;
}

}  // namespace

std::vector<TextSpan> shared_passages(std::string_view a, std::string_view b) {
  const Content ca = content_of(a), cb = content_of(b);
  std::vector<TextSpan> out;
  const size_t k = kMinSharedChars;
  if (ca.chars.size() < k || cb.chars.size() < k) return out;
  std::unordered_set<std::u32string_view> grams;
  grams.reserve(cb.chars.size());
  const std::u32string_view vb(cb.chars), va(ca.chars);
  for (size_t i = 0; i + k <= vb.size(); ++i) grams.insert(vb.substr(i, k));
  // Content characters of `a` covered by a shared k-gram; runs of them become spans (across the punctuation
  // and figures between them).
  std::vector<bool> covered(va.size(), false);
  size_t cover_to = 0;
  for (size_t i = 0; i + k <= va.size(); ++i) {
    if (!grams.count(va.substr(i, k))) continue;
    for (size_t j = std::max(i, cover_to); j < i + k; ++j) covered[j] = true;
    cover_to = i + k;
  }
  for (size_t i = 0; i < va.size();) {
    if (!covered[i]) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j + 1 < va.size() && covered[j + 1]) ++j;
    out.push_back({ca.begin[i], ca.end[j]});
    i = j + 1;
  }
  return out;
}

Comparison compare_reports(const Report& previous, const Report& current) {
  Comparison out;
  out.previous_year = previous.year;
  out.current_year = current.year;
  const FormatDef& def = current.def();
  const size_t n = std::min(def.cells.size(), current.cells.size());
  out.cells.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    out.cells.push_back(compare_cell(previous, current, static_cast<int>(i)));
    if (out.cells.back().flag != ChangeFlag::None) ++out.flagged;
  }
  for (const auto& s : def.sections) {
    if (s.kind != SectionKind::Narrative) continue;
    SectionComparison sc;
    sc.key = s.key;
    sc.heading = s.heading;
    const std::string& now = *current.narrative(s.key);
    const std::string& before = *previous.narrative(s.key);
    if (!text::is_blank_text(now) && !text::is_blank_text(before)) {
      sc.similarity = bigram_similarity(now, before);
      sc.repeated = sc.similarity >= kRepeatThreshold;
      sc.current_shared = shared_passages(now, before);
      sc.previous_shared = shared_passages(before, now);
    }
    out.sections.push_back(std::move(sc));
  }
  return out;
}

std::vector<TableBlock> table_blocks(const FormatDef& def, int table) {
  std::vector<TableBlock> out;
  TableBlock::Row row;
  std::vector<std::string> columns;
  auto flush = [&] {
    if (row.cells.empty()) return;
    if (out.empty() || out.back().columns != columns) out.push_back({columns, {}});
    out.back().rows.push_back(std::move(row));
    row = {};
    columns.clear();
  };
  for (size_t i = 0; i < def.cells.size(); ++i) {
    const CellDef& d = def.cells[i];
    if (d.table != table) continue;
    if (d.row_label != row.label) flush();
    row.label = d.row_label;
    row.cells.push_back(static_cast<int>(i));
    columns.push_back(d.column_label);
  }
  flush();
  return out;
}

}  // namespace nianbao
