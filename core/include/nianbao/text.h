// text.h — UTF-8 text, one definition for the whole project (core, editor, shells).
//
// Built on Debian's utfcpp (libutfcpp-dev, header-only; only its non-throwing functions are used). Malformed
// input never throws and never reads past the end: a bad byte decodes as U+FFFD and is skipped alone.
//
// Index
//   decoding ........ next, decode, encode, append
//   validity ........ find_invalid, is_valid_utf8, cut_at_end, repair
//   UTF-16 .......... from_utf16 (text with a byte-order mark, as Notepad's "Unicode" writes)
//   counting ........ count, utf16_length, utf16_to_byte
//   blanks .......... is_blank (one definition of white space), is_blank_text, trim
//   order ........... less_for_people (names and file names in the order people expect; order.cpp)
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace nianbao::text {

inline constexpr char32_t kReplacement = 0xFFFD;
inline constexpr size_t kNoError = std::string_view::npos;

/// The code point starting at byte `at`, advancing `at` past it (by one byte for a malformed sequence,
/// which decodes as U+FFFD). `at` must be < s.size().
char32_t next_checked(std::string_view s, size_t& at);
/// next_checked, with ASCII and well-formed three-byte sequences (all of CJK prose) decoded inline: the
/// narrative rules and text counting decode every character of a report, and the call cost dominated.
inline char32_t next(std::string_view s, size_t& at) {
  const auto b0 = static_cast<unsigned char>(s[at]);
  if (b0 < 0x80) {
    ++at;
    return b0;
  }
  if ((b0 & 0xF0) == 0xE0 && at + 2 < s.size()) {
    const auto b1 = static_cast<unsigned char>(s[at + 1]), b2 = static_cast<unsigned char>(s[at + 2]);
    const char32_t c = (char32_t{b0 & 0x0Fu} << 12) | (char32_t{b1 & 0x3Fu} << 6) | char32_t{b2 & 0x3Fu};
    // Overlong forms and surrogates are left to the checked decoder (they decode as U+FFFD there).
    if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80 && c >= 0x800 && (c < 0xD800 || c > 0xDFFF)) {
      at += 3;
      return c;
    }
  }
  return next_checked(s, at);
}
/// Every code point of `s` (malformed bytes as U+FFFD).
std::u32string decode(std::string_view s);
/// UTF-8 of `s` (a code point past U+10FFFF or a surrogate is written as U+FFFD).
std::string encode(std::u32string_view s);
/// Appends the UTF-8 of one code point.
void append(std::string& out, char32_t c);

/// Byte offset of the first malformed sequence (overlong forms, surrogates and code points past U+10FFFF
/// included), or kNoError.
[[nodiscard]] size_t find_invalid(std::string_view s);
[[nodiscard]] inline bool is_valid_utf8(std::string_view s) { return find_invalid(s) == kNoError; }

/// Whether the malformed sequence at byte `at` is a character the end of `s` cut off (a lead byte followed
/// only by fewer continuation bytes than it announces): a truncated file rather than another encoding.
[[nodiscard]] bool cut_at_end(std::string_view s, size_t at);

/// Bytes starting with a UTF-16 byte-order mark (FF FE little-endian, FE FF big-endian) decoded to UTF-8.
struct FromUtf16 {
  bool utf16 = false;  ///< the bytes had the mark (otherwise `text` is empty and nothing was done)
  std::string text;    ///< UTF-8, without the mark
  std::string error;   ///< "" or why the text could not be decoded (Chinese; names the byte offset)
};
[[nodiscard]] FromUtf16 from_utf16(std::string_view bytes);

/// `s` with each malformed sequence (a bad lead byte and the continuation bytes after it) replaced by one
/// U+FFFD.
struct Repaired {
  std::string text;
  size_t replaced = 0;        ///< how many sequences were replaced
  size_t first_bad = kNoError;  ///< byte offset of the first one in the input
};
[[nodiscard]] Repaired repair(std::string_view s);

/// Code points in `s`.
size_t count(std::string_view s);
/// UTF-16 code units of `s` (what a DOM string's length and selection offsets count).
size_t utf16_length(std::string_view s);
/// Byte offset of UTF-16 offset `units` into `s` (clamped to the end; inside a pair: after it).
size_t utf16_to_byte(std::string_view s, size_t units);

/// White space: ASCII blanks, NEL, NBSP, Unicode space separators, line/paragraph separators, the ideographic
/// space U+3000, zero-width space U+200B and BOM U+FEFF (all of which pasted office text contains).
inline bool is_blank(char32_t c) {
  return (c >= '\t' && c <= '\r') || c == ' ' || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 ||
         c == 0xFEFF;
}
/// Is `s` empty or white space only?
bool is_blank_text(std::string_view s);
/// `s` without leading and trailing white space.
std::string_view trim(std::string_view s);

/// Whether `a` sorts before `b` as office software sorts names: a run of digits by its value (第2局 before
/// 第10局, unit-9 before unit-10), Latin letters without case, then common Chinese characters by pinyin
/// (GB2312 level 1 order: 安 before 北 before 城), then other characters by code point (so the rarer place-name
/// characters of GB2312 level 2, such as 亳 or 濮, come after every common one); full-width letters and
/// punctuation as their ASCII forms; equal keys by bytes.
bool less_for_people(std::string_view a, std::string_view b);

}  // namespace nianbao::text
