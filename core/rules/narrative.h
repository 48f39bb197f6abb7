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
//   starts_with, ends_with_at  a short word at a known place
//   Keyword, ProseScan ... one pass over a section: sentences, their quantities, the keywords they hold
//   Prose ................ the three narrative sections of a report, scanned once per check
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "nianbao/report.h"

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

/// Does `word` start at byte `at` of `s`? Short words at a known place are compared byte by byte: a call
/// to memcmp per candidate place cost more than the comparison.
inline bool starts_with(std::string_view s, size_t at, std::string_view word) {
  if (s.size() < at || s.size() - at < word.size()) return false;
  for (size_t k = 0; k < word.size(); ++k)
    if (s[at + k] != word[k]) return false;
  return true;
}

/// Does the text just before byte `at` of `s` end with `word`?
inline bool ends_with_at(std::string_view s, size_t at, std::string_view word) {
  return at >= word.size() && starts_with(s, at - word.size(), word);
}

/// Longest quote a finding carries. Findings quote the sentence they are about; a longer sentence (pasted
/// tables, run-on copies) is quoted as a window around the figure, so output stays proportional to the text.
constexpr size_t kMaxQuoteBytes = 300;

/// `sentence` when it is at most kMaxQuoteBytes; else the part of it around bytes [begin, end) (about
/// kMaxQuoteBytes / 3 on each side), cut at character boundaries. Always a substring of `sentence`.
std::string_view quote_around(std::string_view sentence, size_t begin, size_t end);

// [SECTION] one pass over a section

/// Words the narrative rules look for. A section is decoded once (ProseScan); at each character a table of
/// the keywords' first characters says whether a keyword may start there, so each sentence knows which of
/// them it holds without any substring search. Rules search a sentence for a word only when it holds it.
enum class Keyword : uint8_t {
  Statistics,      ///< 统计 (统计期限/时限/时间/时段/区间: the reporting period, N5)
  ThisYear,        ///< 本年度 (N5)
  ReportYear,      ///< 报告年度 (N5)
  ReportTitle,     ///< 工作年度报告 (…YYYY年度政府信息公开工作年度报告, N5)
  Among,           ///< 其中 (N9)
  ProcessingFee,   ///< 处理费 (N2)
  Charging,        ///< 收费 (N2)
  Collect,         ///< 收取 (N2)
  Fee,             ///< 费 (N2)
  Assessment,      ///< 考核 (N4)
  Appraisal,       ///< 评议 (N4)
  Accountability,  ///< 追究 (N4)
  Review,          ///< 行政复议 (N1 topics from here on)
  Reconsidered,    ///< 复议后
  Litigation,      ///< 行政诉讼
  FiledSuit,       ///< 提起诉讼
  Lawsuit,         ///< 诉讼
  Sue,             ///< 起诉 (提起诉讼 too)
  Each,            ///< 各
  Respectively,    ///< 分别
  CarriedOver,     ///< 结转
  Granted,         ///< 予以公开
  Partial,         ///< 部分公开
  Denied,          ///< 不予公开
  Unable,          ///< 无法提供
  Refused,         ///< 不予处理
  OtherHandling,   ///< 其他处理
  Concluded,       ///< 办结
  Application,     ///< 申请
  SubsetOf,        ///< 的有 ("…可全程网办的有45项": a subset, not a part, N9)
  SubsetAmong,     ///< 中有
  kCount
};

/// Keywords held, one bit per Keyword.
using KeywordSet = uint64_t;
static_assert(static_cast<size_t>(Keyword::kCount) <= 64, "KeywordSet holds one bit per keyword");
constexpr KeywordSet bit(Keyword k) { return KeywordSet{1} << static_cast<unsigned>(k); }
/// The word as written.
std::string_view keyword_text(Keyword k);

/// One sentence of a scanned section (as split_sentences gives it), with its quantities and keywords.
struct Sentence {
  std::string_view text;
  size_t first_quantity = 0;  ///< index of its first quantity in ProseScan::quantities
  size_t quantity_count = 0;
  KeywordSet keywords = 0;
  bool has(Keyword k) const { return (keywords & bit(k)) != 0; }
  /// Does `part` (a piece of this sentence) contain the keyword? Searched only when the sentence holds it.
  bool contains(std::string_view part, Keyword k) const {
    return has(k) && part.find(keyword_text(k)) != std::string_view::npos;
  }
};

/// A section read in one pass: sentences (split at 。！？； and line breaks, trimmed), the quantities of each
/// (offsets relative to their sentence, as find_quantities gives them), the keywords of each, and the number
/// of non-blank characters.
struct ProseScan {
  std::vector<Sentence> sentences;
  std::vector<Quantity> quantities;
  KeywordSet keywords = 0;  ///< of all sentences
  size_t characters = 0;    ///< characters other than white space
  bool has(Keyword k) const { return (keywords & bit(k)) != 0; }
  /// The quantities of sentence `s`.
  const Quantity* quantities_of(const Sentence& s) const { return quantities.data() + s.first_quantity; }
};

[[nodiscard]] ProseScan scan_prose(std::string_view text);

/// Years named as the reporting period in a scanned section (see find_year_statements).
std::vector<YearStatement> find_year_statements(const ProseScan& scan);
/// The year a scanned section opens with (see leading_year).
int leading_year(const ProseScan& scan);

/// The narrative sections of a report, each scanned once for all the rules that read them.
struct Prose {
  ProseScan overview, problems, other;
  explicit Prose(const Report& r);
  /// By section key ("overview", "problems", "other"); nullptr for other keys.
  const ProseScan* section(std::string_view key) const;
};

}  // namespace nianbao
