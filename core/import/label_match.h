// label_match.h — normalising text and finding official labels and headings in it (importer).
//
// Published reports spell labels loosely: full- or half-width punctuation, （一） or (一), "1、" or
// "1.", spaces and line breaks inside labels, traditional characters, parentheticals appended by
// local templates, headings reworded. Matching works on a normalised copy of the text that keeps,
// for every normalised character, its index in the source, so matches map back to the source.
//
// Index
//   to_u32 / to_utf8 ........ UTF-8 <-> code points (input already validated)
//   fold_char, is_space ..... per-character normalisation
//   NormText, normalize ..... normalised text with a map back to the source
//   find_label .............. a table label (trailing parenthetical optional, appended one consumed)
//   find_label_near ......... a variant or near-miss typo of a row label
//   find_heading ............ a section heading by number + fuzzy text (format-spec §2.3)
//   find_heading_renumbered . the same words under another ordinal
//   strip_known_labels ...... what remains of a text after removing known labels
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace nianbao::import {

using U32 = std::u32string;

/// Private-use character standing for a table cell that was present but blank in the HTML.
constexpr char32_t kBlankCell = 0xE000;

/// Decodes UTF-8 (callers validate first; a bad byte becomes U+FFFD).
U32 to_u32(std::string_view utf8);
std::string to_utf8(std::u32string_view s);

/// Full-width ASCII → ASCII, traditional → simplified for the characters of the official labels.
char32_t fold_char(char32_t c);
/// Whitespace of any width, including NBSP and the ideographic space.
bool is_space(char32_t c);

struct NormText {
  U32 norm;                  ///< folded text without whitespace or blank-cell marks
  std::vector<size_t> pos;   ///< pos[i] = index in the source of norm[i]
  /// Source index where norm index `i` starts (source size when i is past the end).
  size_t source_at(size_t i, size_t source_size) const { return i < pos.size() ? pos[i] : source_size; }
};

/// Normalises `src`; "、" right after a digit becomes "." so "1、属于国家秘密" matches "1.属于国家秘密".
NormText normalize(std::u32string_view src);
/// The normalised form of a label (UTF-8 in, as written in FormatDef).
U32 normalize_label(std::string_view utf8_label);

struct LabelHit {
  size_t begin = std::u32string::npos;  ///< norm index of the first character
  size_t end = std::u32string::npos;    ///< norm index after the label and any appended parenthetical
  U32 note;                             ///< an appended parenthetical the official label lacks ("" if none)
  bool approximate = false;             ///< a variant or near-miss of the label (find_label_near), not the label
  bool found() const { return begin != std::u32string::npos; }
};

/// First occurrence of `label` (normalised) in norm[from, to). A trailing official parenthetical of
/// the label may be missing in the text; a parenthetical following the label in the text is consumed.
LabelHit find_label(const U32& norm, size_t from, size_t to, const U32& label);

/// A variant or near miss of a row label in norm[from, to) when the label itself is absent: a known variant
/// ("规范性文件" for 2021's "行政规范性文件"), or the same numbering ("7.") followed by words within a small edit
/// distance (a wrong, dropped, added or swapped character: 1 for labels of up to 10 characters, 2 beyond;
/// none for labels of 4 characters or fewer). A match never takes in a digit, so it never swallows figures.
/// The closest match wins (the earliest among equals).
LabelHit find_label_near(const U32& norm, size_t from, size_t to, const U32& label);

/// First heading in norm[from, to) whose number ("二、") matches `heading` exactly and whose words are
/// similar enough (longest common subsequence ≥ 60 % of the template words, extra words allowed), unless
/// the words there fit one of `rivals` (the other headings) better.
LabelHit find_heading(const U32& norm, size_t from, size_t to, const U32& heading, const std::vector<U32>& rivals = {});

/// A heading numbered differently ("二、收到和处理…" for 三 when 二 is missing, "五、其他需要报告的事项" as the
/// last one): any Chinese ordinal, the words matching ≥ 80 %.
LabelHit find_heading_renumbered(const U32& norm, size_t from, size_t to, const U32& heading);

/// Removes every occurrence of the labels from `text` (all normalised) and the punctuation left
/// between them; returns what remains — the part that is no official label.
U32 strip_known_labels(U32 text, const std::vector<U32>& labels);

}  // namespace nianbao::import
