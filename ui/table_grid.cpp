// table_grid.cpp — span resolution with an occupancy map, as a browser lays out an HTML table.
#include "table_grid.h"

namespace nianbao::ui {

TableGrid make_table_grid(const TableDef& table) {
  TableGrid g;
  g.table = &table;
  g.rows = static_cast<int>(table.rows.size());
  std::vector<std::vector<bool>> taken(table.rows.size(), std::vector<bool>(static_cast<size_t>(table.grid_columns)));
  for (size_t r = 0; r < table.rows.size(); ++r) {
    int col = 0;
    std::vector<int> data;
    for (const auto& cell : table.rows[r]) {
      while (col < table.grid_columns && taken[r][static_cast<size_t>(col)]) ++col;
      g.cells.push_back({&cell, static_cast<int>(r), col});
      for (int dr = 0; dr < cell.row_span && r + static_cast<size_t>(dr) < taken.size(); ++dr)
        for (int dc = 0; dc < cell.col_span && col + dc < table.grid_columns; ++dc)
          taken[r + static_cast<size_t>(dr)][static_cast<size_t>(col + dc)] = true;
      if (cell.role == GridRole::Data) data.push_back(cell.cell);
      col += cell.col_span;
    }
    if (!data.empty()) g.data_rows.push_back(std::move(data));
  }
  return g;
}

DataPos find_data_cell(const TableGrid& grid, int cell) {
  for (size_t r = 0; r < grid.data_rows.size(); ++r)
    for (size_t i = 0; i < grid.data_rows[r].size(); ++i)
      if (grid.data_rows[r][i] == cell) return {static_cast<int>(r), static_cast<int>(i)};
  return {};
}

const std::vector<TableGrid>& table_grids(FormatVersion v) {
  auto build = [](FormatVersion f) {
    std::vector<TableGrid> grids;
    for (const auto& t : format_def(f).tables) grids.push_back(make_table_grid(t));
    return grids;
  };
  static const std::vector<std::vector<TableGrid>> all = [&] {
    std::vector<std::vector<TableGrid>> out;
    for (FormatVersion f : all_formats()) out.push_back(build(f));
    return out;
  }();
  return all[static_cast<size_t>(v)];
}

namespace {

/// The nearest data cell in the same grid column as `cell`, below (`down`) or above it; -1 when none.
int cell_vertical(const TableGrid& grid, int cell, bool down) {
  int col = -1;
  int row = -1;
  for (const auto& p : grid.cells) {
    if (p.cell->role == GridRole::Data && p.cell->cell == cell) {
      col = p.col;
      row = p.row;
    }
  }
  if (col < 0) return -1;
  int best = -1;
  int best_row = 0;
  for (const auto& p : grid.cells) {
    if (p.cell->role != GridRole::Data || p.col != col) continue;
    const bool beyond = down ? p.row > row : p.row < row;
    const bool nearer = best < 0 || (down ? p.row < best_row : p.row > best_row);
    if (beyond && nearer) {
      best = p.cell->cell;
      best_row = p.row;
    }
  }
  return best;
}

}  // namespace

int cell_below(const TableGrid& grid, int cell) { return cell_vertical(grid, cell, true); }
int cell_above(const TableGrid& grid, int cell) { return cell_vertical(grid, cell, false); }

const TableGrid* grid_of_cell(FormatVersion v, int cell, DataPos* pos) {
  for (const auto& g : table_grids(v)) {
    DataPos p = find_data_cell(g, cell);
    if (p.row >= 0) {
      if (pos) *pos = p;
      return &g;
    }
  }
  return nullptr;
}

}  // namespace nianbao::ui
