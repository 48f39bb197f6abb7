// table_grid.h — where every cell of an official table sits in its grid (spans resolved), and the
// data rows used for keyboard movement and pasting. Pure logic, built once per format.
#pragma once

#include <vector>

#include "nianbao/format.h"

namespace nianbao::ui {

struct PlacedCell {
  const GridCell* cell;  ///< points into the FormatDef's TableDef
  int row = 0;           ///< top grid row
  int col = 0;           ///< left grid column
};

struct TableGrid {
  const TableDef* table = nullptr;
  int rows = 0;                     ///< grid rows
  std::vector<PlacedCell> cells;    ///< every grid cell in drawing order
  /// Data cells (FormatDef::cells indices) of each grid row that holds any, left to right.
  std::vector<std::vector<int>> data_rows;
};

/// Resolves the spans of `table` (rows list cells not covered by an earlier span, as HTML does).
TableGrid make_table_grid(const TableDef& table);

/// Position of a data cell among the data rows of its table: {row, index in row}, or {-1,-1}.
struct DataPos {
  int row = -1;
  int index = -1;
};
DataPos find_data_cell(const TableGrid& grid, int cell);

/// Grids of the three tables of a format (table 二, 三, 四), built once per format.
const std::vector<TableGrid>& table_grids(FormatVersion v);

/// The cell below `cell` (same grid column, next data row that has one), or -1.
int cell_below(const TableGrid& grid, int cell);
/// The cell above `cell` (same grid column, previous data row that has one), or -1.
int cell_above(const TableGrid& grid, int cell);

/// The grid of the table holding data cell `cell` (and its position there), or nullptr.
const TableGrid* grid_of_cell(FormatVersion v, int cell, DataPos* pos = nullptr);

}  // namespace nianbao::ui
