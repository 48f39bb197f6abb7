// narrative.h — finding sentences and stated quantities in Chinese prose (used by the N* and CY4 rules).
//
// Index
//   Quantity ............. a number followed by a measure word ("18件", "7800余条", "二十三次")
//   split_sentences ...... sentences of a text, ends at 。！？； and line breaks
//   find_quantities ...... every quantity of a sentence, in order
//   parse_chinese_number . "二十三" → 23, "一百零五" → 105
//   count_characters ..... characters (code points), optionally ignoring whitespace
//   find_year_statements . "统计期限为2022年1月1日至2022年12月31日", "本年度（2022年）"
//   leading_year ......... "2022年，我区…" at the start of a text
//   bigram_similarity .... character-bigram Jaccard similarity of two texts
//   quote_around ......... the part of a long sentence a finding quotes
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nianbao {

/// Largest value read as a quantity (2^53, exact in a double and far beyond any count in a report):
/// longer numbers are not quantities, so sums of quantities never overflow int64.
constexpr int64_t kMaxQuantity = int64_t{1} << 53;

/// A stated quantity inside a sentence. Offsets are bytes into the sentence passed to find_quantities.
struct Quantity {
  int64_t value = 0;
  size_t begin = 0;        ///< first byte of the number (or of a leading 约/近/逾 marker)
  size_t end = 0;          ///< one past the measure word
  std::string_view unit;   ///< the measure word as written: "件", "条", "次", …
  bool approximate = false;  ///< "余"/"多" after the number, or "约"/"近"/"逾"/"超过" before it, or "左右" after
};

/// Splits at 。！？； and line breaks; each sentence keeps its closing mark, surrounding whitespace trimmed.
/// Empty pieces are dropped. Views point into `text`.
std::vector<std::string_view> split_sentences(std::string_view text);

/// Quantities in `sentence`: Arabic (ASCII or full-width digits, "1,234") or Chinese numerals, optionally
/// followed by 余/多, then a measure word. Ordinals ("第一次") and numbers not followed by a measure word
/// ("十四五规划", "一是") are not quantities. Percentages are not quantities.
std::vector<Quantity> find_quantities(std::string_view sentence);

/// Value of a run of Chinese numerals (零〇一二两三四五六七八九十百千万); nullopt when malformed ("五五")
/// or above kMaxQuantity ("一万万万万万").
std::optional<int64_t> parse_chinese_number(std::string_view digits);

/// Number of Unicode characters; with `skip_whitespace`, whitespace (ASCII, U+3000, no-break and the other
/// Unicode spaces) is not counted.
size_t count_characters(std::string_view text, bool skip_whitespace);

/// A year the prose ties to the reporting period, with the sentence it comes from.
struct YearStatement {
  int year = 0;
  std::string_view sentence;
  size_t at = 0;  ///< byte offset of the year in `sentence`
};

/// Years named as the reporting period: the dates of "统计期限/统计时限/统计时间…为YYYY年1月1日至YYYY年12月31日"
/// (both years; other years of that sentence, "与2021年相比", are not the period), "本年度（YYYY年）",
/// "报告年度为YYYY年", "YYYY年度政府信息公开工作年度报告".
std::vector<YearStatement> find_year_statements(std::string_view text);

/// The year a text opens with ("2022年，我区…", "2022年度，…"), as overviews customarily do; 0 when none and
/// when the year starts a span or a date ("2020年以来", "2020年起", "2020年1月1日").
int leading_year(std::string_view text);

/// Jaccard similarity (0…1) of the sets of adjacent-character pairs of `a` and `b`, ignoring whitespace,
/// digits and punctuation so that a text copied with only the years changed scores 1. Two empty texts score 0.
double bigram_similarity(std::string_view a, std::string_view b);

/// Longest quote a finding carries. Findings quote the sentence they are about; a longer sentence (pasted
/// tables, run-on copies) is quoted as a window around the figure, so output stays proportional to the text.
constexpr size_t kMaxQuoteBytes = 300;

/// `sentence` when it is at most kMaxQuoteBytes; else the part of it around bytes [begin, end) (about
/// kMaxQuoteBytes / 3 on each side), cut at character boundaries. Always a substring of `sentence`.
std::string_view quote_around(std::string_view sentence, size_t begin, size_t end);

}  // namespace nianbao
