// line_break.h — line breaking for mixed Chinese/Latin text (ImGui's own wrapping breaks only at spaces).
//
// Rules: a line may break between two CJK characters, after a space, and around CJK punctuation,
// but never inside a Latin word or a number, never before closing punctuation (，。、；：？！）》」…)
// and never after opening punctuation (（《「“…). '\n' always breaks. A single unit wider than the
// line is cut between characters.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

namespace nianbao::ui {

/// Advance width of one code point, in the same unit as `max_width`.
using CharWidth = std::function<float(char32_t)>;

/// Splits `text` into lines no wider than `max_width` (except a single character that is wider).
/// Returned views point into `text`; spaces at a break and the '\n' characters are not part of any line.
std::vector<std::string_view> break_lines(std::string_view text, float max_width, const CharWidth& width);

/// Decodes the code point at byte `i` of `s` and advances `i`; invalid bytes decode as U+FFFD (one byte).
char32_t next_code_point(std::string_view s, size_t& i);

}  // namespace nianbao::ui
