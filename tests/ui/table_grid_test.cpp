// table_grid_test.cpp — span resolution of the official tables.
#include "table_grid.h"

#include <doctest/doctest.h>

using namespace nianbao;
using namespace nianbao::ui;

TEST_CASE("table 三 of 2021: data cells sit in columns 3–9 of every data row") {
  const FormatDef& f = format_def(FormatVersion::v2021);
  const TableGrid& g = table_grids(FormatVersion::v2021)[1];
  CHECK(g.data_rows.size() == f.t3_rows.size());
  for (const auto& p : g.cells) {
    if (p.cell->role != GridRole::Data) continue;
    CHECK(p.col >= 3);
    CHECK(p.col <= 9);
  }
  // The first data cell is 一、本年新收 · 自然人, in grid row 3 (after three header rows), column 3.
  const int first = f.cell_index("t3.new.natural");
  for (const auto& p : g.cells)
    if (p.cell->role == GridRole::Data && p.cell->cell == first) {
      CHECK(p.row == 3);
      CHECK(p.col == 3);
    }
}

TEST_CASE("positions and the cell below") {
  const FormatDef& f = format_def(FormatVersion::v2021);
  const TableGrid& g = table_grids(FormatVersion::v2021)[1];
  DataPos p = find_data_cell(g, f.cell_index("t3.carried.business"));
  CHECK(p.row == 1);
  CHECK(p.index == 1);
  CHECK(cell_below(g, f.cell_index("t3.new.natural")) == f.cell_index("t3.carried.natural"));
  CHECK(cell_below(g, f.cell_index("t3.forward.total")) == -1);
}

TEST_CASE("table 四: one data row of 15 cells, table 二 blocks keep their columns") {
  const TableGrid& g4 = table_grids(FormatVersion::v2019)[2];
  REQUIRE(g4.data_rows.size() == 1);
  CHECK(g4.data_rows[0].size() == 15);
  const FormatDef& f = format_def(FormatVersion::v2021);
  const TableGrid& g2 = table_grids(FormatVersion::v2021)[0];
  CHECK(cell_below(g2, f.cell_index("t2.rules.issued")) == f.cell_index("t2.normative.issued"));
}
