// decimal.h — exact decimal arithmetic for amounts (万元 "24252.311082"): no floating point, no overflow.
//
// A value is an unscaled digit string with a scale (digits after the point) and a sign; sums keep the
// largest scale of their terms, so "1.50" + "2.5" is "4.00" and no written digit is lost.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace nianbao {

struct Decimal {
  bool negative = false;
  std::string digits = "0";  ///< unscaled magnitude, no leading zeros ("0" for zero)
  size_t scale = 0;          ///< digits after the decimal point

  /// Parses a decimal text as is_decimal_text() accepts it; nullopt otherwise.
  static std::optional<Decimal> parse(std::string_view text);
  /// Canonical text with `scale` decimals: "-12.50", "0.003", "7".
  std::string str() const;
  bool is_zero() const { return digits == "0"; }
  /// The value divided by 10^places, exactly (元 → 万元 is places = 4).
  Decimal shifted_right(size_t places) const;
  /// The same value written with at least `places` decimals.
  Decimal with_scale(size_t places) const;
};

Decimal operator+(const Decimal& a, const Decimal& b);
Decimal operator-(const Decimal& a, const Decimal& b);
/// <0, 0, >0 as a < b, a == b, a > b (by value: "1.0" == "1").
int compare(const Decimal& a, const Decimal& b);
Decimal abs(Decimal d);

}  // namespace nianbao
