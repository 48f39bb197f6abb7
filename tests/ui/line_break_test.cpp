// line_break_test.cpp — CJK-aware line breaking with a fixed-width measure (CJK 2, others 1).
#include "line_break.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using nianbao::ui::break_lines;

namespace {

float width(char32_t c) { return c >= 0x2E80 ? 2.f : 1.f; }

std::vector<std::string> lines(const std::string& text, float max) {
  std::vector<std::string> out;
  for (auto v : break_lines(text, max, width)) out.emplace_back(v);
  return out;
}

}  // namespace

TEST_CASE("Chinese text breaks between any two characters") {
  CHECK(lines("本年新收政府信息公开申请", 8) == std::vector<std::string>{"本年新收", "政府信息", "公开申请"});
}

TEST_CASE("text that fits stays on one line, empty text is one empty line") {
  CHECK(lines("自然人", 10) == std::vector<std::string>{"自然人"});
  CHECK(lines("", 10) == std::vector<std::string>{""});
}

TEST_CASE("closing punctuation never starts a line, opening punctuation never ends one") {
  // "申请，" : the comma must stay with 请.
  CHECK(lines("收到申请，办结", 8) == std::vector<std::string>{"收到申", "请，办结"});
  // "（一）" : the opening bracket moves to the next line together with 一.
  CHECK(lines("总计（一）予以", 6) == std::vector<std::string>{"总计", "（一）", "予以"});
}

TEST_CASE("Latin words and numbers are not cut, spaces at a break disappear") {
  CHECK(lines("共 12345 件", 7) == std::vector<std::string>{"共", "12345", "件"});
  CHECK(lines("abc def", 5) == std::vector<std::string>{"abc", "def"});
  CHECK(lines("合计1326条", 7) == std::vector<std::string>{"合计", "1326条"});
  CHECK(lines("合计1326条", 8) == std::vector<std::string>{"合计1326", "条"});
}

TEST_CASE("a word wider than the line is cut between characters") {
  CHECK(lines("abcdefgh", 3) == std::vector<std::string>{"abc", "def", "gh"});
}

TEST_CASE("newlines always break, and invalid UTF-8 does not crash") {
  CHECK(lines("一\n二", 100) == std::vector<std::string>{"一", "二"});
  CHECK(lines(std::string("a\xff\xfe", 3), 100).size() == 1);
}
