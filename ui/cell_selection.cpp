// cell_selection.cpp — cursor movement and blocks over the spans of the official grids.
#include "cell_selection.h"

#include <algorithm>

namespace nianbao::ui {

namespace {

const PlacedCell* placed(const TableGrid& g, int cell) {
  for (const auto& p : g.cells)
    if (p.cell->role == GridRole::Data && p.cell->cell == cell) return &p;
  return nullptr;
}

/// Letters, digits and CJK of `s` without spaces and punctuation widths: "（一） 予以公开" ≈ "(一)予以公开".
std::string squeeze(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '(' || c == ')') continue;
    // Full-width brackets and the ideographic space (3 bytes each in UTF-8).
    if (s.substr(i, 3) == "（" || s.substr(i, 3) == "）" || s.substr(i, 3) == "\u3000") {
      i += 2;
      continue;
    }
    out.push_back(static_cast<char>(c));
  }
  return out;
}

bool is_number_text(std::string_view s) {
  bool digit = false;
  for (char c : s) {
    if (c >= '0' && c <= '9') digit = true;
    else if (c != ',' && c != '.' && c != '-' && c != ' ') return false;
  }
  return digit;
}

}  // namespace

int move_cursor(FormatVersion v, int cell, CellMove m) {
  const FormatDef& def = format_def(v);
  const int count = static_cast<int>(def.cells.size());
  if (cell < 0 || cell >= count) return cell;
  DataPos pos;
  const TableGrid* g = grid_of_cell(v, cell, &pos);
  if (!g) return cell;
  const auto& row = g->data_rows[static_cast<size_t>(pos.row)];
  auto or_self = [cell](int c) { return c >= 0 ? c : cell; };
  switch (m) {
    case CellMove::Left: return pos.index > 0 ? row[static_cast<size_t>(pos.index - 1)] : cell;
    case CellMove::Right: return static_cast<size_t>(pos.index) + 1 < row.size() ? row[static_cast<size_t>(pos.index + 1)] : cell;
    case CellMove::Up: return or_self(cell_above(*g, cell));
    case CellMove::Down: return or_self(cell_below(*g, cell));
    case CellMove::Next: return cell + 1 < count ? cell + 1 : cell;
    case CellMove::Prev: return cell > 0 ? cell - 1 : cell;
    case CellMove::RowStart: return row.front();
    case CellMove::RowEnd: return row.back();
    case CellMove::TableStart: return g->data_rows.front().front();
    case CellMove::TableEnd: return g->data_rows.back().back();
  }
  return cell;
}

std::vector<std::vector<int>> block_rows(FormatVersion v, int a, int b) {
  const TableGrid* g = grid_of_cell(v, a);
  if (!g || g != grid_of_cell(v, b)) return {};
  const PlacedCell* pa = placed(*g, a);
  const PlacedCell* pb = placed(*g, b);
  const int r0 = std::min(pa->row, pb->row);
  const int r1 = std::max(pa->row + pa->cell->row_span, pb->row + pb->cell->row_span);
  const int c0 = std::min(pa->col, pb->col);
  const int c1 = std::max(pa->col + pa->cell->col_span, pb->col + pb->cell->col_span);
  std::vector<std::vector<int>> rows;
  int current_row = -1;
  for (const auto& p : g->cells) {  // drawing order: by grid row, then left to right
    if (p.cell->role != GridRole::Data) continue;
    if (p.row >= r1 || p.row + p.cell->row_span <= r0 || p.col >= c1 || p.col + p.cell->col_span <= c0) continue;
    if (p.row != current_row) {
      rows.emplace_back();
      current_row = p.row;
    }
    rows.back().push_back(p.cell->cell);
  }
  return rows;
}

std::string block_tsv(const std::vector<std::vector<int>>& rows, const std::vector<std::string>& texts) {
  std::string out;
  for (const auto& row : rows) {
    for (size_t i = 0; i < row.size(); ++i) {
      if (i) out += '\t';
      out += texts[static_cast<size_t>(row[i])];
    }
    out += "\r\n";
  }
  return out;
}

std::vector<std::string_view> row_labels(FormatVersion v, int cell) {
  std::vector<std::string_view> labels;
  const TableGrid* g = grid_of_cell(v, cell);
  if (!g) return labels;
  const PlacedCell* p = placed(*g, cell);
  for (const auto& q : g->cells)
    if (q.cell->role == GridRole::RowHeader && q.row <= p->row && p->row < q.row + q.cell->row_span)
      labels.push_back(q.cell->label);
  labels.push_back(format_def(v).cells[static_cast<size_t>(cell)].row_label);
  return labels;
}

size_t label_prefix(const std::vector<std::string>& fields, const std::vector<std::string_view>& labels) {
  size_t n = 0;
  while (n < fields.size()) {
    const std::string f = squeeze(fields[n]);
    if (f.empty() || is_number_text(fields[n])) break;
    const bool known = std::any_of(labels.begin(), labels.end(), [&](std::string_view l) {
      return squeeze(l).find(f) != std::string::npos;
    });
    if (!known) break;
    ++n;
  }
  return n;
}

}  // namespace nianbao::ui
