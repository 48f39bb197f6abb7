// cell_input.cpp — strict parsing of cell text: a bad value is refused with a message, never guessed.
#include "cell_input.h"

#include <limits>

#include "line_break.h"

namespace nianbao::ui {

namespace {

/// ASCII form of `text`: full-width digits, minus and full stop become ASCII; spaces trimmed.
std::string normalize(std::string_view text) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    char32_t c = next_code_point(text, i);
    if (c >= U'０' && c <= U'９') c = U'0' + (c - U'０');
    else if (c == U'－') c = U'-';
    else if (c == U'．') c = U'.';
    else if (c == U'，') c = U',';
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else {
      out.append("\xEF\xBF\xBD");  // any other non-ASCII character makes the text invalid below
    }
  }
  size_t b = out.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  size_t e = out.find_last_not_of(" \t\r\n");
  return out.substr(b, e - b + 1);
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

/// "1,234,567" → "1234567"; nullopt-like empty string when the grouping is not regular.
std::string strip_grouping(const std::string& s) {
  if (s.find(',') == std::string::npos) return s;
  std::string out;
  size_t group = 0;
  bool first = true;
  size_t start = 0;
  while (start <= s.size()) {
    size_t comma = s.find(',', start);
    std::string part = s.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    group = part.size();
    if (!all_digits(part) || (first ? (group == 0 || group > 3) : group != 3)) return {};
    out += part;
    first = false;
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

CellParse refuse(std::string_view text, ValueKind kind) {
  CellParse p;
  p.error = "「" + std::string(text) + "」不是有效的数值：此格只能填写" + cell_kind_hint(kind) + "，原值未改变";
  return p;
}

}  // namespace

const char* cell_kind_hint(ValueKind kind) {
  switch (kind) {
    case ValueKind::Count: return "非负整数";
    case ValueKind::SignedCount: return "整数（可为负数）";
    case ValueKind::Amount: return "数字（可带小数）";
  }
  return "数字";
}

bool cell_char_allowed(ValueKind kind, char32_t c) {
  if ((c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９')) return true;
  if (kind != ValueKind::Amount && (c == U',' || c == U'，')) return true;  // 1,234
  if (kind == ValueKind::SignedCount) return c == U'-' || c == U'－';
  if (kind == ValueKind::Amount) return c == U'.' || c == U'．';
  return false;
}

CellParse parse_cell_text(ValueKind kind, std::string_view text) {
  const std::string s = normalize(text);
  CellParse p;
  if (s.empty()) {
    p.ok = true;
    return p;
  }
  if (kind == ValueKind::Amount) {
    if (s[0] == '-' || !is_decimal_text(s)) return refuse(text, kind);
    p.ok = true;
    p.value = CellValue::of_amount(s);
    return p;
  }
  const bool negative = kind == ValueKind::SignedCount && (s[0] == '-' || s[0] == '+');
  const std::string digits = strip_grouping(negative ? s.substr(1) : s);
  if (!all_digits(digits) || digits.size() > 15) return refuse(text, kind);
  const int64_t n = std::stoll(digits);
  p.ok = true;
  p.value = CellValue::of_count(negative && s[0] == '-' ? -n : n);
  return p;
}

std::string cell_text(const CellValue& v) {
  if (!v.filled) return {};
  return v.amount.empty() ? std::to_string(v.count) : v.amount;
}

}  // namespace nianbao::ui
