// cell_input_test.cpp — parsing what is typed or pasted into a cell.
#include "cell_input.h"

#include <doctest/doctest.h>

using namespace nianbao;
using namespace nianbao::ui;

TEST_CASE("counts accept digits, full-width digits, grouping and surrounding spaces") {
  CHECK(parse_cell_text(ValueKind::Count, "27").value == CellValue::of_count(27));
  CHECK(parse_cell_text(ValueKind::Count, " ２７ ").value == CellValue::of_count(27));
  CHECK(parse_cell_text(ValueKind::Count, "1,234").value == CellValue::of_count(1234));
  CHECK(parse_cell_text(ValueKind::Count, "0").value == CellValue::of_count(0));
}

TEST_CASE("empty text is an empty cell, not 0") {
  CellParse p = parse_cell_text(ValueKind::Count, "  ");
  CHECK(p.ok);
  CHECK_FALSE(p.value.filled);
}

TEST_CASE("bad count text is refused with a Chinese message") {
  for (const char* bad : {"12a", "-3", "1.5", "十二", "1,23", "9999999999999999"}) {
    CellParse p = parse_cell_text(ValueKind::Count, bad);
    CHECK_FALSE(p.ok);
    CHECK(p.error.find("非负整数") != std::string::npos);
  }
}

TEST_CASE("signed counts accept a minus sign") {
  CHECK(parse_cell_text(ValueKind::SignedCount, "-2").value == CellValue::of_count(-2));
  CHECK(parse_cell_text(ValueKind::SignedCount, "－2").value == CellValue::of_count(-2));
  CHECK_FALSE(parse_cell_text(ValueKind::SignedCount, "--2").ok);
}

TEST_CASE("amounts keep their decimal text exactly") {
  CHECK(parse_cell_text(ValueKind::Amount, "24252.311082").value.amount == "24252.311082");
  CHECK(parse_cell_text(ValueKind::Amount, "7.50").value.amount == "7.50");
  CHECK_FALSE(parse_cell_text(ValueKind::Amount, "1.2.3").ok);
  CHECK_FALSE(parse_cell_text(ValueKind::Amount, "-5").ok);
}

TEST_CASE("cell text round-trips and typing filters match the kinds") {
  CHECK(cell_text(CellValue{}) == "");
  CHECK(cell_text(CellValue::of_count(0)) == "0");
  CHECK(cell_text(CellValue::of_amount("0.10")) == "0.10");
  CHECK(cell_char_allowed(ValueKind::Count, U'7'));
  CHECK(cell_char_allowed(ValueKind::Count, U'８'));
  CHECK_FALSE(cell_char_allowed(ValueKind::Count, U'-'));
  CHECK(cell_char_allowed(ValueKind::SignedCount, U'-'));
  CHECK(cell_char_allowed(ValueKind::Amount, U'.'));
  CHECK_FALSE(cell_char_allowed(ValueKind::Amount, U'a'));
}
