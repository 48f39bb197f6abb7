// narrative.cpp — sentence splitting, quantity finding and text similarity for Chinese prose.
//
// Index
//   split_sentences
//   parse_chinese_number
//   find_quantities ....... numbers + approximation markers + measure words
//   count_characters
//   find_year_statements, leading_year
//   bigram_similarity
//   quote_around
//   [SECTION] one pass over a section: keyword table, scan_prose, Prose
#include "rules/narrative.h"

#include "nianbao/text.h"

#include <algorithm>
#include <iterator>

namespace nianbao {

namespace {

/// Code point at `i`; *len receives its byte length (malformed bytes: U+FFFD, length 1).
inline char32_t decode(std::string_view s, size_t i, size_t* len) {
  size_t at = i;
  const char32_t c = text::next(s, at);
  *len = at - i;
  return c;
}

using text::is_blank;

int arabic_digit(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 0xFF10 && c <= 0xFF19) return static_cast<int>(c - 0xFF10);  // full-width ０-９
  return -1;
}

/// Digit value of a Chinese numeral character, or -1.
int chinese_digit(char32_t c) {
  switch (c) {
    case U'零': case U'〇': return 0;
    case U'一': return 1;
    case U'二': case U'两': return 2;
    case U'三': return 3;
    case U'四': return 4;
    case U'五': return 5;
    case U'六': return 6;
    case U'七': return 7;
    case U'八': return 8;
    case U'九': return 9;
    default: return -1;
  }
}

int chinese_multiplier(char32_t c) {
  switch (c) {
    case U'十': return 10;
    case U'百': return 100;
    case U'千': return 1000;
    case U'万': return 10000;
    default: return 0;
  }
}

bool is_chinese_numeral(char32_t c) { return chinese_digit(c) >= 0 || chinese_multiplier(c) > 0; }

/// Measure words after which a number is a stated quantity: one character each, and 人次 (read before 人).
bool is_measure_word(char32_t c) {
  switch (c) {
    case U'件': case U'条': case U'次': case U'个': case U'项': case U'家': case U'期': case U'篇':
    case U'场': case U'份': case U'批': case U'轮': case U'人': case U'名': return true;
    default: return false;
  }
}

}  // namespace

std::vector<std::string_view> split_sentences(std::string_view text) {
  std::vector<std::string_view> out;
  for (const Sentence& s : scan_prose(text).sentences) out.push_back(s.text);
  return out;
}

std::optional<int64_t> parse_chinese_number(std::string_view digits) {
  // Classic grammar: sections of (digit? multiplier)* digit?, split by 万. "十" alone = 10.
  int64_t total = 0, section = 0;
  int pending = -1;           // a digit waiting for its multiplier
  int last_multiplier = 100000;  // multipliers inside a section must decrease
  bool any = false;
  for (size_t i = 0; i < digits.size();) {
    size_t len;
    char32_t c = decode(digits, i, &len);
    i += len;
    int d = chinese_digit(c);
    int m = chinese_multiplier(c);
    if (d >= 0) {
      if (pending > 0) return std::nullopt;  // two digits in a row ("五五")
      pending = d;
      any = true;
    } else if (m == 10000) {
      if (pending > 0) section += pending;
      if (section == 0 && !any) return std::nullopt;
      if (total + section > kMaxQuantity / 10000) return std::nullopt;  // "一万万万万万": too large, and int64 would overflow
      total = (total + section) * 10000;
      section = 0;
      pending = -1;
      last_multiplier = 100000;
    } else if (m > 0) {
      if (m >= last_multiplier) return std::nullopt;
      section += (pending < 0 ? 1 : pending) * m;  // "十" alone = 10
      if (pending == 0) return std::nullopt;       // "零十"
      pending = -1;
      last_multiplier = m;
      any = true;
    } else {
      return std::nullopt;
    }
  }
  if (!any) return std::nullopt;
  if (pending > 0) section += pending;
  return total + section;
}

namespace {

bool starts_numeral(char32_t c) { return arabic_digit(c) >= 0 || is_chinese_numeral(c); }

/// Reads the number starting at `i` (its first character starts_numeral) and the measure word after it.
/// `from` is where the sentence starts: words before the number ("第", "约") are looked for from there on.
/// Returns the end of the number's characters, where the search for the next number resumes; *q is set
/// and *found true when it is a quantity.
size_t read_quantity(std::string_view s, size_t from, size_t i, Quantity* q, bool* found) {
  size_t len;
  const bool arabic = arabic_digit(decode(s, i, &len)) >= 0;
  const size_t num_begin = i;
  int64_t value = 0;
  size_t j = i;
  bool ok = true;
  if (arabic) {
    while (j < s.size()) {
      size_t l;
      char32_t d = decode(s, j, &l);
      int v = arabic_digit(d);
      if (v >= 0) {
        if (value <= kMaxQuantity) value = value * 10 + v;  // stays far below int64's limit
        j += l;
      } else if (d == ',' && j + 3 < s.size() && arabic_digit(static_cast<unsigned char>(s[j + 1])) >= 0 &&
                 arabic_digit(static_cast<unsigned char>(s[j + 2])) >= 0 &&
                 arabic_digit(static_cast<unsigned char>(s[j + 3])) >= 0) {
        j += 1;  // thousands separator
      } else {
        break;
      }
    }
    if (j < s.size() && (s[j] == '.' || s[j] == '%')) ok = false;  // decimals and percentages are not counts
    if (value > kMaxQuantity) ok = false;
  } else {
    while (j < s.size()) {
      size_t l;
      if (!is_chinese_numeral(decode(s, j, &l))) break;
      j += l;
    }
    auto v = parse_chinese_number(s.substr(i, j - i));
    if (v)
      value = *v;
    else
      ok = false;
  }
  const std::string_view before = s.substr(from, num_begin - from);
  if (ok && ends_with_at(before, before.size(), "第")) ok = false;  // an ordinal ("第一次"), not a quantity
  *found = false;
  if (!ok) return j;
  q->value = value;
  q->begin = num_begin;
  q->approximate = false;
  size_t k = j;
  if (k >= s.size()) return j;
  size_t l;
  char32_t c = decode(s, k, &l);
  if (c == U'余' || c == U'多') {
    q->approximate = true;
    k += l;
    if (k >= s.size()) return j;
    c = decode(s, k, &l);
  }
  if (!is_measure_word(c)) return j;
  q->unit = s.substr(k, starts_with(s, k, "人次") ? l + 3 : l);
  k += q->unit.size();
  for (std::string_view word : {"约", "近", "逾", "超过", "超", "大约"})
    if (ends_with_at(before, before.size(), word)) q->approximate = true, q->begin = num_begin - word.size();
  if (starts_with(s, k, "左右")) q->approximate = true, k += std::string_view("左右").size();
  q->end = k;
  *found = true;
  return j;
}

}  // namespace

std::vector<Quantity> find_quantities(std::string_view s) {
  std::vector<Quantity> out;
  size_t i = 0;
  while (i < s.size()) {
    const auto lead = static_cast<unsigned char>(s[i]);
    if (lead < 0x80 && (lead < '0' || lead > '9')) {  // ASCII that cannot start a number: the common case
      ++i;
      continue;
    }
    size_t len;
    if (!starts_numeral(decode(s, i, &len))) {
      i += len;
      continue;
    }
    Quantity q;
    bool found = false;
    i = read_quantity(s, 0, i, &q, &found);
    if (found) out.push_back(q);
  }
  return out;
}

size_t count_characters(std::string_view text, bool skip_whitespace) {
  size_t n = 0;
  for (size_t i = 0; i < text.size();) {
    size_t len;
    char32_t c = decode(text, i, &len);
    i += len;
    if (!(skip_whitespace && is_blank(c))) ++n;
  }
  return n;
}

namespace {

/// Reads a 4-digit year starting at `at`; returns 0 when there is none.
int year_at(std::string_view s, size_t at) {
  if (at + 4 > s.size()) return 0;
  int y = 0;
  for (size_t k = 0; k < 4; ++k) {
    if (s[at + k] < '0' || s[at + k] > '9') return 0;
    y = y * 10 + (s[at + k] - '0');
  }
  if (at + 4 < s.size() && s[at + 4] >= '0' && s[at + 4] <= '9') return 0;
  return y;
}

/// Years of the first and last day of a year ("YYYY年1月1日", "YYYY年12月31日") from `from` on: the bounds
/// of a statistics period. Other years of the sentence ("与2021年相比") are not.
std::vector<std::pair<int, size_t>> period_years(std::string_view s, size_t from) {
  std::vector<std::pair<int, size_t>> out;
  for (size_t i = from; i + 4 < s.size(); ++i) {
    if (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9') continue;
    int y = year_at(s, i);
    if (y == 0) continue;
    for (std::string_view day : {"年1月1日", "年01月01日", "年12月31日"})
      if (starts_with(s, i + 4, day)) out.emplace_back(y, i);
  }
  return out;
}

}  // namespace

std::vector<YearStatement> find_year_statements(const ProseScan& scan) {
  std::vector<YearStatement> out;
  for (const Sentence& s : scan.sentences) {
    const std::string_view sentence = s.text;
    // Statistics period: the first and last days after the keyword.
    if (s.has(Keyword::Statistics)) {
      for (std::string_view key : {"统计期限", "统计时限", "统计时间", "统计时段", "统计区间"}) {
        size_t at = sentence.find(key);
        if (at == std::string_view::npos) continue;
        for (auto [y, offset] : period_years(sentence, at)) out.push_back({y, sentence, offset});
        break;
      }
    }
    // "本年度（2022年）", "本年度(2022年)", "报告年度为2022年": a year right after the phrase.
    if (s.has(Keyword::ThisYear) || s.has(Keyword::ReportYear)) {
      for (std::string_view key : {"本年度（", "本年度(", "报告年度为", "报告年度："}) {
        for (size_t at = sentence.find(key); at != std::string_view::npos; at = sentence.find(key, at + 1)) {
          int y = year_at(sentence, at + key.size());
          if (y > 0) out.push_back({y, sentence, at + key.size()});
        }
      }
    }
    // "平潭综合实验区2022年度政府信息公开工作年度报告" quoted in the prose.
    if (!s.has(Keyword::ReportTitle)) continue;
    std::string_view title = "年度政府信息公开工作年度报告";
    for (size_t at = sentence.find(title); at != std::string_view::npos; at = sentence.find(title, at + 1)) {
      if (at >= 4) {
        int y = year_at(sentence, at - 4);
        if (y > 0) out.push_back({y, sentence, at - 4});
      }
    }
  }
  return out;
}

std::vector<YearStatement> find_year_statements(std::string_view text) {
  // The statements point into `text`, not into the scan, so they outlive it.
  return find_year_statements(scan_prose(text));
}

int leading_year(const ProseScan& scan) {
  if (scan.sentences.empty()) return 0;
  std::string_view first = scan.sentences.front().text;
  int y = year_at(first, 0);
  if (y == 0 || !starts_with(first, 4, "年")) return 0;
  const size_t after = starts_with(first, 4, "年度") ? 10 : 7;  // "年" and "度" are 3 bytes each
  // A span ("2020年以来", "2020年起", "2020—2022年") or a date ("2020年1月1日") is not the report's year.
  for (std::string_view next : {"以来", "起", "至", "以前", "前", "后", "—", "-", "~", "～"})
    if (starts_with(first, after, next)) return 0;
  if (after == 7 && first.size() > 7 && first[7] >= '0' && first[7] <= '9') return 0;
  return y;
}

int leading_year(std::string_view text) { return leading_year(scan_prose(text)); }

double bigram_similarity(std::string_view a, std::string_view b) {
  // Sorted unique vectors rather than hash sets: a few thousand pairs intersect faster this way.
  auto bigrams = [](std::string_view s) {
    std::vector<uint64_t> pairs;
    char32_t prev = 0;
    for (size_t i = 0; i < s.size();) {
      size_t len;
      char32_t c = decode(s, i, &len);
      i += len;
      // Only letters and ideographs carry content; years and list numbers change from year to year.
      bool content = (c >= 0x4E00 && c <= 0x9FFF) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (!content || chinese_digit(c) >= 0) continue;
      if (prev) pairs.push_back((static_cast<uint64_t>(prev) << 32) | c);
      prev = c;
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    return pairs;
  };
  const auto sa = bigrams(a), sb = bigrams(b);
  if (sa.empty() && sb.empty()) return 0.0;
  size_t common = 0;
  for (size_t i = 0, j = 0; i < sa.size() && j < sb.size();) {
    if (sa[i] < sb[j]) {
      ++i;
    } else if (sb[j] < sa[i]) {
      ++j;
    } else {
      ++common, ++i, ++j;
    }
  }
  return static_cast<double>(common) / static_cast<double>(sa.size() + sb.size() - common);
}

std::string_view quote_around(std::string_view sentence, size_t begin, size_t end) {
  if (sentence.size() <= kMaxQuoteBytes) return sentence;
  constexpr size_t kSide = kMaxQuoteBytes / 3;
  end = std::min(std::max(end, begin), sentence.size());
  size_t from = begin > kSide ? begin - kSide : 0;
  size_t to = std::min(sentence.size(), std::max(end, begin + kSide) + kSide);
  auto continuation = [&](size_t i) { return i < sentence.size() && (static_cast<unsigned char>(sentence[i]) & 0xC0) == 0x80; };
  while (continuation(from)) ++from;  // start on a character
  while (continuation(to)) ++to;      // end after one
  return sentence.substr(from, to - from);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] one pass over a section

namespace {

/// Keyword texts, indexed by Keyword.
constexpr std::string_view kKeywordTexts[] = {
    "统计",     "本年度",   "报告年度", "工作年度报告", "其中",     "处理费",   "收费",     "收取",
    "费",       "考核",     "评议",     "追究",         "行政复议", "复议后",   "行政诉讼", "提起诉讼",
    "诉讼",     "起诉",     "各",       "分别",         "结转",     "予以公开", "部分公开", "不予公开",
    "无法提供", "不予处理", "其他处理", "办结",         "申请",     "的有",     "中有"};
static_assert(std::size(kKeywordTexts) == static_cast<size_t>(Keyword::kCount), "one text per Keyword");

bool ends_sentence(char32_t c) { return c == U'。' || c == U'！' || c == U'？' || c == U'；'; }

/// The keywords by their first character, and the characters the scan must look at: one bit per BMP code
/// point says whether a keyword, a number or a sentence end may start there (most characters of a text
/// start none), then the few keywords starting with it are compared whole.
struct KeywordTable {
  struct Entry {
    char32_t first;
    Keyword word;
  };
  uint64_t notable[0x10000 / 64] = {};
  std::vector<Entry> entries;  ///< sorted by first character

  void mark(char32_t c) { notable[c / 64] |= uint64_t{1} << (c % 64); }
  bool is_notable(char32_t c) const { return c >= 0x10000 || ((notable[c / 64] >> (c % 64)) & 1) != 0; }

  KeywordTable() {
    for (size_t k = 0; k < std::size(kKeywordTexts); ++k) {
      size_t at = 0;
      const char32_t first = text::next(kKeywordTexts[k], at);
      mark(first);
      entries.push_back({first, static_cast<Keyword>(k)});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.first < b.first; });
    for (char32_t c = 0; c < 0x10000; ++c)
      if (starts_numeral(c) || ends_sentence(c) || is_blank(c)) mark(c);
  }

  /// Keywords that start at byte `at` of `s`, whose character there is `c`.
  KeywordSet match(std::string_view s, size_t at, char32_t c) const {
    KeywordSet found = 0;
    auto it = std::lower_bound(entries.begin(), entries.end(), c, [](const Entry& e, char32_t v) { return e.first < v; });
    for (; it != entries.end() && it->first == c; ++it)
      if (starts_with(s, at, kKeywordTexts[static_cast<size_t>(it->word)])) found |= bit(it->word);
    return found;
  }
};

const KeywordTable& keyword_table() {
  static const KeywordTable table;
  return table;
}

}  // namespace

std::string_view keyword_text(Keyword k) { return kKeywordTexts[static_cast<size_t>(k)]; }

ProseScan scan_prose(std::string_view text) {
  const KeywordTable& keywords = keyword_table();
  ProseScan out;
  size_t start = 0;                          // where the current sentence starts, blanks included
  size_t first = std::string_view::npos;     // its first non-blank byte
  size_t last_end = 0;                       // the end of its last non-blank character
  KeywordSet words = 0;
  size_t numbers_until = 0;                  // end of the last number read: the next starts after it
  auto close = [&](size_t end) {
    if (first != std::string_view::npos) {  // a sentence of blanks only has no quantities either
      Sentence s;
      s.text = text.substr(first, last_end - first);
      s.first_quantity = out.sentences.empty() ? 0 : out.sentences.back().first_quantity + out.sentences.back().quantity_count;
      s.quantity_count = out.quantities.size() - s.first_quantity;
      for (size_t k = s.first_quantity; k < out.quantities.size(); ++k) {  // offsets into the sentence
        out.quantities[k].begin -= first;
        out.quantities[k].end -= first;
      }
      s.keywords = words;
      out.keywords |= words;
      out.sentences.push_back(s);
    }
    start = end;
    first = std::string_view::npos;
    words = 0;
  };
  for (size_t i = 0; i < text.size();) {
    const size_t at = i;
    const char32_t c = text::next(text, i);
    if (!keywords.is_notable(c)) {  // most characters: counted, and nothing starts here
      ++out.characters;
      if (first == std::string_view::npos) first = at;
      last_end = i;
      continue;
    }
    if (is_blank(c)) {
      if (c == '\n') close(i);
      continue;
    }
    ++out.characters;
    if (first == std::string_view::npos) first = at;
    last_end = i;
    if (ends_sentence(c)) {
      close(i);
      continue;
    }
    if (at >= numbers_until && starts_numeral(c)) {
      Quantity q;
      bool found = false;
      numbers_until = read_quantity(text, start, at, &q, &found);
      if (found) out.quantities.push_back(q);
    }
    words |= keywords.match(text, at, c);
  }
  close(text.size());
  return out;
}

Prose::Prose(const Report& r)
    : overview(scan_prose(r.overview)), problems(scan_prose(r.problems)), other(scan_prose(r.other)) {}

const ProseScan* Prose::section(std::string_view key) const {
  if (key == "overview") return &overview;
  if (key == "problems") return &problems;
  if (key == "other") return &other;
  return nullptr;
}

}  // namespace nianbao
