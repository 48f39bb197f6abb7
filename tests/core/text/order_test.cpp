// order_test.cpp — less_for_people: the order office software sorts names in (nianbao/text.h).
#include <algorithm>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "nianbao/text.h"

using nianbao::text::less_for_people;

namespace {
std::vector<std::string> sorted(std::vector<std::string> names) {
  std::sort(names.begin(), names.end(), less_for_people);
  return names;
}
}  // namespace

TEST_CASE("less_for_people: common Chinese characters by pinyin, not by code point") {
  // By code point 北 (U+5317) < 城 (U+57CE) < 安 (U+5B89); by pinyin an, bei, cheng.
  CHECK(sorted({"城关镇人民政府", "北山街道办事处", "安监局"}) ==
        std::vector<std::string>{"安监局", "北山街道办事处", "城关镇人民政府"});
  CHECK(sorted({"平潭县", "福清市", "长乐区", "闽侯县"}) ==
        std::vector<std::string>{"长乐区", "福清市", "闽侯县", "平潭县"});
  CHECK(less_for_people("啊", "座"));  // the first and the last of GB2312 level 1
  CHECK_FALSE(less_for_people("座", "啊"));
}

TEST_CASE("less_for_people: a run of digits by its value, ASCII or full-width") {
  CHECK(sorted({"青山县第10局", "青山县第2局", "青山县第1局"}) ==
        std::vector<std::string>{"青山县第1局", "青山县第2局", "青山县第10局"});
  CHECK(sorted({"unit-10.json", "unit-9.json", "unit-09a.json"}) ==
        std::vector<std::string>{"unit-9.json", "unit-09a.json", "unit-10.json"});
  CHECK(less_for_people("第２局", "第10局"));
  CHECK(less_for_people("2024", "2025"));
}

TEST_CASE("less_for_people: Latin without case before Chinese, rare characters after common ones, a prefix first") {
  CHECK(less_for_people("abc", "ABD"));
  CHECK(less_for_people("XYZ局", "安监局"));
  CHECK(less_for_people("座", "偃"));  // 偃 is not in GB2312 level 1: after every common character
  CHECK(less_for_people("𬌗", "\xF0\xAC\x8C\x98"));  // both beyond the table: by code point
  CHECK(less_for_people("青山县", "青山县人民政府"));
  CHECK_FALSE(less_for_people("青山县人民政府", "青山县"));
}

TEST_CASE("less_for_people: a strict weak order that never throws, equal keys ordered by bytes") {
  CHECK_FALSE(less_for_people("", ""));
  CHECK(less_for_people("", "a"));
  CHECK(less_for_people("第02局", "第2局"));  // same value: the bytes decide, so the order is total
  CHECK_FALSE(less_for_people("第2局", "第02局"));
  CHECK_FALSE(less_for_people("甲", "甲"));
  const std::string broken = "\xE5\x81\xFF局";
  CHECK((less_for_people(broken, "局") || less_for_people("局", broken)));
}

TEST_CASE("less_for_people: full-width letters and punctuation sort as their ASCII forms") {
  CHECK(sorted({"青山县人民政府", "青山县(本级)", "青山县（本级）"}) ==
        std::vector<std::string>{"青山县(本级)", "青山县（本级）", "青山县人民政府"});
  CHECK(less_for_people("Ａ局", "b局"));
}

TEST_CASE("less_for_people: irreflexive, asymmetric and transitive over mixed names") {
  const std::vector<std::string> names = {
      "", "0", "00", "1", "01", "10", "９", "１０", "a", "A", "ａ", "第2局", "第02局", "第10局", "第１０局", "安", "北",
      "亳州", "濮阳", "𬌗", "\xE5\x81", "\xFF", "青山县（本级）", "青山县(本级)", "青山县人民政府", "unit-9.json",
      "unit-10.json", "unit-09a.json", "局\xE5", "局"};
  for (const auto& a : names) {
    CHECK_FALSE(less_for_people(a, a));
    for (const auto& b : names) {
      if (less_for_people(a, b)) CHECK_FALSE(less_for_people(b, a));
      if (a != b) CHECK((less_for_people(a, b) || less_for_people(b, a)));  // total: bytes decide ties
      for (const auto& c : names)
        if (less_for_people(a, b) && less_for_people(b, c)) CHECK(less_for_people(a, c));
    }
  }
}
