// cell_selection.h — the table cursor and block selection as in Excel/WPS (pure logic, no ImGui):
// where arrows, Tab, Enter, Home/End move; which cells a block holds; the TSV a block copies as;
// which leading fields of a pasted row are its own labels.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "table_grid.h"

namespace nianbao::ui {

enum class CellMove {
  Left, Right, Up, Down,  ///< arrows: stay at the table's edge
  Next, Prev,             ///< Tab / Shift+Tab: reading order, on into the next or previous table
  RowStart, RowEnd,       ///< Home / End
  TableStart, TableEnd,   ///< Ctrl+Home / Ctrl+End
};

/// Where the cursor goes from data cell `cell` (FormatDef::cells index) of format `v`; `cell` itself at an edge.
int move_cursor(FormatVersion v, int cell, CellMove m);

/// The data cells of the block with corners `a` and `b` (same table), grid row by grid row, left to right:
/// every data cell whose grid rectangle meets the rectangle spanned by the corners. Empty when the corners
/// are in different tables.
std::vector<std::vector<int>> block_rows(FormatVersion v, int a, int b);

/// The block as Excel/WPS copy it: tabs between cells, CRLF after each row; empty cells stay empty.
std::string block_tsv(const std::vector<std::vector<int>>& rows, const std::vector<std::string>& texts);

/// How many leading fields of a pasted row repeat the labels of the row it goes to (a row copied from a
/// spreadsheet together with its label column): fields that are not numbers and occur in `labels`.
size_t label_prefix(const std::vector<std::string>& fields, const std::vector<std::string_view>& labels);

/// The labels of the grid row holding data cell `cell` (row headers there, and its CellDef::row_label).
std::vector<std::string_view> row_labels(FormatVersion v, int cell);

}  // namespace nianbao::ui
