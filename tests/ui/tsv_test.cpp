// tsv_test.cpp — clipboard rows from spreadsheets.
#include "tsv.h"

#include <doctest/doctest.h>

using nianbao::ui::parse_tsv;
using Rows = std::vector<std::vector<std::string>>;

TEST_CASE("one row, tabs between cells, trailing newline ignored") {
  CHECK(parse_tsv("1\t2\t3") == Rows{{"1", "2", "3"}});
  CHECK(parse_tsv("1\t2\t3\r\n") == Rows{{"1", "2", "3"}});
}

TEST_CASE("several rows with any newline convention, empty cells kept") {
  CHECK(parse_tsv("1\t\t3\r\n4\t5\t6\n7\r8") == Rows{{"1", "", "3"}, {"4", "5", "6"}, {"7"}, {"8"}});
}
