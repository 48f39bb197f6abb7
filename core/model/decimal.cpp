// decimal.cpp — exact decimal arithmetic on digit strings (see decimal.h).
#include "model/decimal.h"

#include <algorithm>

#include "nianbao/report.h"

namespace nianbao {

namespace {

std::string strip_leading_zeros(std::string s) {
  size_t nz = s.find_first_not_of('0');
  return nz == std::string::npos ? "0" : s.substr(nz);
}

/// Compares two magnitudes without leading zeros.
int compare_magnitude(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  return a.compare(b) < 0 ? -1 : a.compare(b) > 0 ? 1 : 0;
}

std::string add_magnitude(const std::string& a, const std::string& b) {
  std::string out;
  int carry = 0;
  for (size_t i = 0; i < std::max(a.size(), b.size()) || carry; ++i) {
    int s = carry;
    if (i < a.size()) s += a[a.size() - 1 - i] - '0';
    if (i < b.size()) s += b[b.size() - 1 - i] - '0';
    out.push_back(static_cast<char>('0' + s % 10));
    carry = s / 10;
  }
  std::reverse(out.begin(), out.end());
  return strip_leading_zeros(out);
}

/// a − b for magnitudes with a ≥ b.
std::string sub_magnitude(const std::string& a, const std::string& b) {
  std::string out;
  int borrow = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    int d = a[a.size() - 1 - i] - '0' - borrow - (i < b.size() ? b[b.size() - 1 - i] - '0' : 0);
    borrow = d < 0;
    out.push_back(static_cast<char>('0' + (d + 10) % 10));
  }
  std::reverse(out.begin(), out.end());
  return strip_leading_zeros(out);
}

}  // namespace

std::optional<Decimal> Decimal::parse(std::string_view text) {
  if (!is_decimal_text(text)) return std::nullopt;
  Decimal d;
  d.negative = text[0] == '-';
  if (d.negative) text.remove_prefix(1);
  const size_t dot = text.find('.');
  std::string digits(text.substr(0, dot));
  if (dot != std::string_view::npos) {
    digits += text.substr(dot + 1);
    d.scale = text.size() - dot - 1;
  }
  d.digits = strip_leading_zeros(digits);
  if (d.is_zero()) d.negative = false;
  return d;
}

std::string Decimal::str() const {
  std::string s = digits;
  if (s.size() <= scale) s.insert(0, scale + 1 - s.size(), '0');
  if (scale > 0) s.insert(s.size() - scale, ".");
  return (negative && !is_zero() ? "-" : "") + s;
}

Decimal Decimal::shifted_right(size_t places) const {
  Decimal d = *this;
  d.scale += places;
  return d;
}

Decimal Decimal::with_scale(size_t places) const {
  if (places <= scale) return *this;
  Decimal d = *this;
  if (!d.is_zero()) d.digits.append(places - scale, '0');
  d.scale = places;
  return d;
}

Decimal operator+(const Decimal& x, const Decimal& y) {
  const size_t scale = std::max(x.scale, y.scale);
  const Decimal a = x.with_scale(scale), b = y.with_scale(scale);
  Decimal out;
  out.scale = scale;
  if (a.negative == b.negative) {
    out.digits = add_magnitude(a.digits, b.digits);
    out.negative = a.negative;
  } else if (compare_magnitude(a.digits, b.digits) >= 0) {
    out.digits = sub_magnitude(a.digits, b.digits);
    out.negative = a.negative;
  } else {
    out.digits = sub_magnitude(b.digits, a.digits);
    out.negative = b.negative;
  }
  if (out.is_zero()) out.negative = false;
  return out;
}

Decimal operator-(const Decimal& a, const Decimal& b) {
  Decimal neg = b;
  neg.negative = !b.negative && !b.is_zero();
  return a + neg;
}

int compare(const Decimal& a, const Decimal& b) {
  const Decimal diff = a - b;
  return diff.is_zero() ? 0 : diff.negative ? -1 : 1;
}

Decimal abs(Decimal d) {
  d.negative = false;
  return d;
}

}  // namespace nianbao
