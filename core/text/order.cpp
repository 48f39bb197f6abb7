// order.cpp — the order people sort names in (less_for_people, see nianbao/text.h).
#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "nianbao/text.h"

namespace nianbao::text {
namespace {

#include "pinyin_order.inc"

/// Pinyin rank of a GB2312 level 1 character, or -1.
int pinyin_rank(char32_t c) {
  static const std::vector<std::pair<char32_t, uint16_t>> ranks = [] {
    std::vector<std::pair<char32_t, uint16_t>> out;
    for (size_t at = 0; at < kPinyinOrder.size();)
      out.emplace_back(next(kPinyinOrder, at), static_cast<uint16_t>(out.size()));
    std::sort(out.begin(), out.end());
    return out;
  }();
  const auto it = std::lower_bound(ranks.begin(), ranks.end(), std::make_pair(c, uint16_t{0}));
  return it != ranks.end() && it->first == c ? it->second : -1;
}

bool is_digit(char32_t c) { return (c >= '0' && c <= '9') || (c >= U'０' && c <= U'９'); }
int digit_value(char32_t c) { return static_cast<int>(c <= '9' ? c - '0' : c - U'０'); }

/// One sorting unit: a run of digits (its value as significant digits) or one character's (class, weight).
struct Key {
  int group = 0;  // 0 number, 1 Latin and punctuation, 2 pinyin-ranked character, 3 any other character
  uint32_t weight = 0;
  std::string digits;  // group 0: without leading zeros
};

Key next_key(std::string_view s, size_t& at) {
  Key k;
  char32_t c = next(s, at);
  if (is_digit(c)) {
    for (;;) {
      if (!k.digits.empty() || digit_value(c) != 0) k.digits += static_cast<char>('0' + digit_value(c));
      if (at >= s.size()) break;
      size_t peek = at;
      const char32_t d = next(s, peek);
      if (!is_digit(d)) break;
      c = d;
      at = peek;
    }
    return k;
  }
  if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;  // full-width letters and punctuation sort as their ASCII forms
  if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
  if (const int rank = pinyin_rank(c); rank >= 0) {
    k.group = 2;
    k.weight = static_cast<uint32_t>(rank);
  } else {
    k.group = c < 0x2E80 ? 1 : 3;  // 0x2E80: where CJK radicals and ideographs begin
    k.weight = static_cast<uint32_t>(c);
  }
  return k;
}

/// <0, 0, >0 as `a` sorts before, with, after `b`.
int compare(const Key& a, const Key& b) {
  if (a.group != b.group) return a.group < b.group ? -1 : 1;
  if (a.group == 0) {
    if (a.digits.size() != b.digits.size()) return a.digits.size() < b.digits.size() ? -1 : 1;
    return a.digits.compare(b.digits);
  }
  return a.weight == b.weight ? 0 : a.weight < b.weight ? -1 : 1;
}

}  // namespace

bool less_for_people(std::string_view a, std::string_view b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (const int c = compare(next_key(a, i), next_key(b, j)); c != 0) return c < 0;
  }
  if (i < a.size() || j < b.size()) return j < b.size();  // a prefix sorts first
  return a < b;
}

}  // namespace nianbao::text
