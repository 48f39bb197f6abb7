// decimal_test.cpp — exact decimal sums for amounts.
#include "model/decimal.h"

#include <doctest/doctest.h>

using namespace nianbao;

namespace {
Decimal d(const char* s) { return *Decimal::parse(s); }
}  // namespace

TEST_CASE("decimal text is parsed and written back exactly") {
  CHECK(d("7").str() == "7");
  CHECK(d("24252.311082").str() == "24252.311082");
  CHECK(d("0.050").str() == "0.050");
  CHECK(d("-1.5").str() == "-1.5");
  CHECK(d("007.10").str() == "7.10");
  CHECK_FALSE(Decimal::parse("1e3"));
  CHECK_FALSE(Decimal::parse("1."));
  CHECK_FALSE(Decimal::parse(""));
}

TEST_CASE("sums keep every written decimal and never round") {
  CHECK((d("1.50") + d("2.5")).str() == "4.00");
  CHECK((d("0.1") + d("0.2")).str() == "0.3");  // 0.30000000000000004 in floating point
  CHECK((d("99999999999999999999.999999") + d("0.000001")).str() == "100000000000000000000.000000");
  CHECK((d("1") - d("2.25")).str() == "-1.25");
  CHECK((d("-3") + d("3")).str() == "0");
  CHECK(compare(d("1.0"), d("1")) == 0);
  CHECK(compare(d("-0.5"), d("0.1")) < 0);
  CHECK(abs(d("-2.5")).str() == "2.5");
}

TEST_CASE("元 to 万元 is an exact shift of the point") {
  CHECK(d("12345").shifted_right(4).str() == "1.2345");
  CHECK(d("5").shifted_right(4).str() == "0.0005");
  CHECK((d("12345").shifted_right(4) + d("1.1")).str() == "2.3345");
}
