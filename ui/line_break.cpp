// line_break.cpp — greedy line breaking with CJK break opportunities and kinsoku (禁则) rules.
#include "line_break.h"

#include "nianbao/text.h"

namespace nianbao::ui {

char32_t next_code_point(std::string_view s, size_t& i) { return text::next(s, i); }

namespace {

bool is_wide(char32_t c) {
  return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x3FFFF) ||
         c == 0x2014 || c == 0x2026 || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019;
}

/// Characters that must not start a line.
bool no_line_start(char32_t c) {
  static constexpr char32_t list[] = {U'，', U'。', U'、', U'；', U'：', U'？', U'！', U'）', U'》', U'」', U'』',
                                      U'】', U'〕', U'”', U'’', U'…', U'％', U'·', U',', U'.', U';', U':',
                                      U'?', U'!', U')', U']', U'%', U'〉', U'—'};
  for (char32_t x : list)
    if (c == x) return true;
  return false;
}

/// Characters that must not end a line.
bool no_line_end(char32_t c) {
  static constexpr char32_t list[] = {U'（', U'《', U'「', U'『', U'【', U'〔', U'“', U'‘', U'(', U'[', U'〈'};
  for (char32_t x : list)
    if (c == x) return true;
  return false;
}

/// May a line break between `prev` and `cur`?
bool break_allowed(char32_t prev, char32_t cur) {
  if (no_line_start(cur) || no_line_end(prev)) return false;
  if (prev == U' ') return cur != U' ';
  return is_wide(prev) || is_wide(cur);
}

void trim_push(std::vector<std::string_view>& out, std::string_view text, size_t begin, size_t end) {
  while (end > begin && text[end - 1] == ' ') --end;
  out.push_back(text.substr(begin, end - begin));
}

}  // namespace

std::vector<std::string_view> break_lines(std::string_view text, float max_width, const CharWidth& width) {
  std::vector<std::string_view> lines;
  size_t line_begin = 0;      // first byte of the current line
  size_t last_break = 0;      // byte offset of the latest break opportunity in this line (0 = none)
  float line_width = 0;       // width of [line_begin, i)
  float width_at_break = 0;   // width of [line_begin, last_break)
  char32_t prev = 0;
  size_t i = 0;
  while (i < text.size()) {
    const size_t at = i;
    const char32_t c = next_code_point(text, i);
    if (c == U'\n') {
      trim_push(lines, text, line_begin, at);
      line_begin = i;
      last_break = 0;
      line_width = 0;
      prev = 0;
      continue;
    }
    if (at > line_begin && break_allowed(prev, c)) {
      last_break = at;
      width_at_break = line_width;
    }
    const float w = width(c);
    if (line_width + w > max_width && at > line_begin && c != U' ') {
      size_t cut = last_break > line_begin ? last_break : at;
      trim_push(lines, text, line_begin, cut);
      line_width = cut == at ? 0 : line_width - width_at_break;
      // Spaces at the start of the new line are dropped.
      while (cut < at && text[cut] == ' ') {
        line_width -= width(U' ');
        ++cut;
      }
      line_begin = cut;
      last_break = 0;
    }
    line_width += w;
    prev = c;
  }
  if (line_begin < text.size() || lines.empty() || text.back() == '\n') trim_push(lines, text, line_begin, text.size());
  return lines;
}

}  // namespace nianbao::ui
