// cell_selection_test.cpp — cursor moves, blocks, TSV and row labels of pasted rows.
#include "cell_selection.h"

#include <doctest/doctest.h>

using namespace nianbao;
using namespace nianbao::ui;

namespace {
const FormatDef& f21() { return format_def(FormatVersion::v2021); }
int at(const char* code) { return f21().cell_index(code); }
int moved(const char* from, CellMove m) { return move_cursor(FormatVersion::v2021, at(from), m); }
}  // namespace

TEST_CASE("arrows move within the table and stop at its edges, Tab goes on into the next table") {
  CHECK(moved("t3.new.natural", CellMove::Right) == at("t3.new.business"));
  CHECK(moved("t3.new.business", CellMove::Left) == at("t3.new.natural"));
  CHECK(moved("t3.new.natural", CellMove::Left) == at("t3.new.natural"));
  CHECK(moved("t3.new.total", CellMove::Right) == at("t3.new.total"));
  CHECK(moved("t3.new.natural", CellMove::Down) == at("t3.carried.natural"));
  CHECK(moved("t3.carried.natural", CellMove::Up) == at("t3.new.natural"));
  CHECK(moved("t3.new.natural", CellMove::Up) == at("t3.new.natural"));
  CHECK(moved("t3.new.business", CellMove::RowStart) == at("t3.new.natural"));
  CHECK(moved("t3.new.business", CellMove::RowEnd) == at("t3.new.total"));
  CHECK(moved("t3.carried.research", CellMove::TableStart) == at("t3.new.natural"));
  CHECK(moved("t3.carried.research", CellMove::TableEnd) == at("t3.forward.total"));
  const int last_t3 = at("t3.forward.total");
  CHECK(move_cursor(FormatVersion::v2021, last_t3, CellMove::Next) == last_t3 + 1);
  CHECK(f21().cells[static_cast<size_t>(last_t3 + 1)].table == 4);
  const int last = static_cast<int>(f21().cells.size()) - 1;
  CHECK(move_cursor(FormatVersion::v2021, last, CellMove::Next) == last);
  CHECK(move_cursor(FormatVersion::v2021, 0, CellMove::Prev) == 0);
}

TEST_CASE("a block holds the cells between its corners, row by row, in either direction") {
  const auto rows = block_rows(FormatVersion::v2021, at("t3.carried.business"), at("t3.new.natural"));
  REQUIRE(rows.size() == 2);
  CHECK(rows[0] == std::vector<int>{at("t3.new.natural"), at("t3.new.business")});
  CHECK(rows[1] == std::vector<int>{at("t3.carried.natural"), at("t3.carried.business")});
  CHECK(block_rows(FormatVersion::v2021, at("t3.new.natural"), at("t2.rules.issued")).empty());
  CHECK(block_rows(FormatVersion::v2021, at("t3.new.natural"), at("t3.new.natural")) ==
        std::vector<std::vector<int>>{{at("t3.new.natural")}});
}

TEST_CASE("a block copies as Excel's TSV: empty cells stay empty, CRLF after each row") {
  std::vector<std::string> texts(f21().cells.size());
  texts[static_cast<size_t>(at("t3.new.natural"))] = "5";
  texts[static_cast<size_t>(at("t3.carried.business"))] = "0";
  const auto rows = block_rows(FormatVersion::v2021, at("t3.new.natural"), at("t3.carried.business"));
  CHECK(block_tsv(rows, texts) == "5\t\r\n\t0\r\n");
}

TEST_CASE("leading fields of a pasted row are skipped only when they are that row's labels") {
  const auto labels = row_labels(FormatVersion::v2021, at("t3.new.natural"));
  CHECK(label_prefix({"一、本年新收政府信息公开申请数量", "5", "6"}, labels) == 1);
  CHECK(label_prefix({"一、本年新收政府信息公开申请数量 ", "", "5"}, labels) == 1);
  CHECK(label_prefix({"5", "6"}, labels) == 0);
  CHECK(label_prefix({"二、上年结转政府信息公开申请数量", "5"}, labels) == 0);  // another row's label
  CHECK(label_prefix({"abc", "5"}, labels) == 0);
  const auto granted = row_labels(FormatVersion::v2021, at("t3.granted.natural"));
  CHECK(label_prefix({"三、本年度办理结果", "（一）予以公开", "", "1"}, granted) == 2);
}
