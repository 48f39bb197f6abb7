// import_meta.cpp — encoding check, format fingerprints, title, year and agency (see import_meta.h).
#include "import/import_meta.h"

#include <algorithm>
#include <cctype>

#include "nianbao/report.h"
#include "nianbao/text.h"

namespace nianbao::import {

namespace {

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_cjk(char32_t c) { return c >= 0x4E00 && c <= 0x9FFF; }

/// A line without its markdown or list decoration ("# ", "**", "【…】") and the spaces inside it (a
/// spaced-out name such as "青山县 自然资源局").
U32 strip_decoration(const U32& line) {
  U32 out;
  for (char32_t c : line)
    if (!is_space(c) && c != U'#' && c != U'＃' && c != U'*' && c != U'【' && c != U'】') out.push_back(c);
  return out;
}


std::vector<U32> table_labels(FormatVersion v) {
  std::vector<U32> out;
  for (const auto& t : format_def(v).tables)
    for (const auto& row : t.rows)
      for (const auto& g : row)
        if (!g.label.empty()) out.push_back(normalize_label(g.label));
  return out;
}

/// Labels of format `a` that no other format has (nor contains in any of its labels): their presence marks
/// `a` (format-spec §3.6). Derived from FormatDef, never spelled here.
std::vector<U32> fingerprints(FormatVersion a) {
  std::vector<U32> others;
  for (FormatVersion b : all_formats())
    if (b != a)
      for (auto& l : table_labels(b)) others.push_back(std::move(l));
  std::vector<U32> out;
  for (const auto& l : table_labels(a)) {
    if (l.size() < 5) continue;
    bool shared = std::any_of(others.begin(), others.end(), [&](const U32& o) { return o.find(l) != U32::npos; });
    if (!shared && std::find(out.begin(), out.end(), l) == out.end()) out.push_back(l);
  }
  return out;
}

int fingerprint_hits(const U32& norm, FormatVersion a) {
  int hits = 0;
  for (const auto& f : fingerprints(a))
    if (norm.find(f) != U32::npos) ++hits;
  return hits;
}

}  // namespace

bool Utf8Damage::nearly_valid(size_t input_size) const {
  const bool cut_at_end = malformed == 1 && first_bad + 4 > input_size;
  return malformed > 0 && valid_multibyte > 0 && (malformed * 100 <= valid_multibyte || cut_at_end);
}

Utf8Damage scan_utf8(std::string_view input) {
  Utf8Damage d;
  text::Repaired r = text::repair(input);
  d.malformed = r.replaced;
  d.first_bad = r.first_bad == text::kNoError ? 0 : r.first_bad;
  // Lead bytes of the repaired text, less those of the inserted U+FFFDs: the well-formed characters.
  d.valid_multibyte = static_cast<size_t>(std::count_if(r.text.begin(), r.text.end(), [](char c) {
                        return static_cast<unsigned char>(c) >= 0xC0;
                      })) - r.replaced;
  d.repaired = std::move(r.text);
  return d;
}

std::string check_encoding(std::string_view input, bool* gbk) {
  const size_t bad = text::find_invalid(input);
  if (bad == text::kNoError) return {};
  // GBK/GB18030 lead bytes 0x81–0xFE followed by 0x40–0xFE: most Chinese government pages that are not UTF-8.
  size_t pairs = 0, high = 0;
  for (size_t i = 0; i + 1 < input.size(); ++i) {
    unsigned char a = input[i], b = input[i + 1];
    if (a >= 0x80) ++high;
    if (a >= 0x81 && a <= 0xFE && b >= 0x40 && b <= 0xFE && b != 0x7F) ++pairs, ++i;
  }
  std::string where = "（第 " + std::to_string(bad) + " 字节起不是 UTF-8）";
  const bool binary = std::any_of(input.begin(), input.end(), [](char c) {
    unsigned char u = c;
    return u < 0x09 || (u > 0x0D && u < 0x20 && u != 0x1B);
  });
  if (binary) return "文件含有控制字符，不是文本或网页（可能是 PDF、Word 或图片），无法导入。请导入保存的网页（.html）或复制的文字（.txt）";
  if (scan_utf8(input).nearly_valid(input.size()))
    return "UTF-8 文件在第 " + std::to_string(bad) + " 字节处损坏或被截断，无法导入。请重新保存或下载该网页后再试";
  if (pairs > 0 && pairs * 20 >= high * 8) {  // most high bytes pair up as GBK lead + trail
    if (gbk) *gbk = true;
    return "文件不是 UTF-8 编码，看来是 GBK/GB2312 编码的网页" + where +
           "。请先转换为 UTF-8 再导入，例如：iconv -f GBK -t UTF-8 原文件 > 新文件";
  }
  return "文件不是 UTF-8 文本" + where + "，无法导入。请另存为 UTF-8 编码的网页或文本后再试";
}

std::string find_title(const SourceText& src) {
  const U32 report_words = to_u32("年度报告");
  auto trim = [](U32 s) {
    size_t b = 0, e = s.size();
    while (b < e && is_space(s[b])) ++b;
    while (e > b && is_space(s[e - 1])) --e;
    return s.substr(b, e - b);
  };
  U32 title = to_u32(src.title);
  if (title.find(report_words) != U32::npos) return to_utf8(trim(title));
  const U32 label1 = to_u32("标题:"), label2 = to_u32("标题：");
  // Short lines just before the title line: a title broken over lines ("青山县自然资源局" / "2021" /
  // "年度政府信息公开工作年度报告") is joined again when its last line starts with the year.
  std::vector<U32> before;
  auto title_piece = [&](const U32& line) {
    return !line.empty() && line.size() <= 30 && line.find_first_of(U"。，；：:,;") == U32::npos;
  };
  size_t start = 0;
  for (int line_no = 0; start < src.text.size() && line_no < 60; ++line_no) {
    size_t nl = src.text.find(U'\n', start);
    if (nl == U32::npos) nl = src.text.size();
    U32 line = trim(src.text.substr(start, nl - start));
    start = nl + 1;
    if (line.compare(0, label1.size(), label1) == 0 || line.compare(0, label2.size(), label2) == 0) {
      U32 t = trim(line.substr(label1.size()));  // both spellings are 3 characters
      if (t.find(report_words) != U32::npos) return to_utf8(t);
    }
    size_t at = line.find(report_words);
    if (at != U32::npos && at < 80) {
      U32 t = strip_decoration(line.substr(0, at + report_words.size()));
      if (!t.empty() && (is_digit(t[0]) || t[0] == U'年'))
        for (size_t k = before.size(); k-- > 0 && before.size() - k <= 3;) t = before[k] + t;
      return to_utf8(trim(t));
    }
    if (!title_piece(line)) before.clear();
    else before.push_back(strip_decoration(line));
  }
  return to_utf8(trim(title));
}

void year_and_agency(const std::string& title_utf8, int& year, std::string& agency) {
  U32 t = to_u32(title_utf8);
  const U32 year_char = to_u32("年"), gov = to_u32("政府信息公开"), du = to_u32("度");
  for (size_t i = 0; i + 4 < t.size(); ++i) {
    if (!(is_digit(t[i]) && is_digit(t[i + 1]) && is_digit(t[i + 2]) && is_digit(t[i + 3]) && t[i + 4] == year_char[0]))
      continue;
    if (i > 0 && is_digit(t[i - 1])) continue;
    year = (t[i] - U'0') * 1000 + (t[i + 1] - U'0') * 100 + (t[i + 2] - U'0') * 10 + (t[i + 3] - U'0');
    U32 before = t.substr(0, i);
    size_t after = i + 5;
    if (after < t.size() && t[after] == du[0]) ++after;
    size_t g = t.find(gov, after);
    U32 middle = g == U32::npos ? U32() : t.substr(after, g - after);
    agency = to_utf8(strip_decoration(before.empty() ? middle : before));
    return;
  }
}

int FormatGuess::total_hits() const {
  int n = 0;
  for (int h : hits) n += h;
  return n;
}

bool FormatGuess::mixed() const { return std::count_if(hits.begin(), hits.end(), [](int h) { return h > 0; }) > 1; }

std::string FormatGuess::formats_found() const {
  std::string out;
  for (FormatVersion f : all_formats())
    if (hits[static_cast<size_t>(f)] > 0) out += (out.empty() ? "" : "和") + std::string(format_name(f)) + " 年版";
  return out;
}

FormatGuess detect_format(const U32& norm, int year) {
  FormatGuess g;
  for (FormatVersion f : all_formats()) g.hits[static_cast<size_t>(f)] = fingerprint_hits(norm, f);
  const auto best = std::max_element(g.hits.begin(), g.hits.end());
  const bool tie = std::count(g.hits.begin(), g.hits.end(), *best) > 1;
  g.by_year = tie;
  g.format = tie ? format_for_year(year) : all_formats()[static_cast<size_t>(best - g.hits.begin())];
  return g;
}

std::string agency_from_body(const U32& norm) {
  // "本报告由青山县自然资源局根据《条例》…编制": the name between 由 and the verb.
  const U32 by = to_u32("本报告由"), verbs = to_u32("根据依据按照编制制作");
  const U32 head = norm.substr(0, std::min<size_t>(norm.size(), 3000));
  if (size_t at = head.find(by); at != U32::npos) {
    size_t b = at + by.size(), e = b;
    while (e < head.size() && e - b < 40 && verbs.find(head[e]) == U32::npos && head[e] != U'，' && head[e] != U'。') ++e;
    if (e < head.size() && e - b >= 3 && e - b < 40 && verbs.find(head[e]) != U32::npos) return to_utf8(head.substr(b, e - b));
  }
  // "青山县人民政府办公室根据《中华人民共和国政府信息公开条例》…": a sentence opening with an organ's name.
  static const char* const kSuffixes[] = {"办公室", "办公厅", "委员会", "人民政府", "街道办事处", "局", "厅", "委", "署", "中心"};
  const U32 according = to_u32("根据《");
  for (size_t at = head.find(according); at != U32::npos; at = head.find(according, at + 1)) {
    size_t b = at;
    while (b > 0 && at - b < 30 && is_cjk(head[b - 1])) --b;
    if (at - b < 3 || (b > 0 && is_cjk(head[b - 1]))) continue;  // no name, or one longer than any organ's
    const U32 name = head.substr(b, at - b);
    for (const char* suf : kSuffixes) {
      const U32 sx = to_u32(suf);
      if (name.size() > sx.size() + 1 && name.compare(name.size() - sx.size(), sx.size(), sx) == 0) return to_utf8(name);
    }
  }
  return {};
}

int fallback_year(const U32& norm, std::string_view filename_hint) {
  const U32 jan1 = to_u32("年1月1日");
  size_t at = norm.find(jan1);
  if (at != U32::npos && at >= 4 && is_digit(norm[at - 1]) && is_digit(norm[at - 4]))
    if (int y = std::stoi(to_utf8(norm.substr(at - 4, 4))); plausible_year(y)) return y;
  for (size_t i = 0; i + 4 <= filename_hint.size(); ++i) {
    std::string_view s = filename_hint.substr(i, 4);
    if ((s.substr(0, 2) == "19" || s.substr(0, 2) == "20") && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }) &&
        (i == 0 || !::isdigit(static_cast<unsigned char>(filename_hint[i - 1]))) &&
        (i + 4 == filename_hint.size() || !::isdigit(static_cast<unsigned char>(filename_hint[i + 4]))) &&
        plausible_year(std::stoi(std::string(s))))
      return std::stoi(std::string(s));
  }
  return 0;
}

}  // namespace nianbao::import
