// import_text.cpp — plain text (copied from a page) → working text; HTML sniffing.
#include <algorithm>
#include <cctype>

#include "import/import_source.h"

namespace nianbao::import {

namespace {

/// A ruler such as "-------------\t---\t---" or "|---|:---:|": only dashes, colons, pipes, blanks.
bool is_ruler(const U32& line) {
  bool dash = false;
  for (char32_t c : line) {
    if (c == U'-' || c == U'—' || c == U'─' || c == U'=') {
      dash = true;
      continue;
    }
    if (!(is_space(c) || c == U'|' || c == U':' || c == U'+')) return false;
  }
  // A lone "-" (or "—") is a zero written in a cell, not a ruler.
  size_t dashes = std::count_if(line.begin(), line.end(), [](char32_t c) { return c == U'-' || c == U'—' || c == U'─' || c == U'='; });
  return dash && dashes >= 3;
}

/// "| a | b |" → "a\tb" when the line has at least two pipes (a row of a flattened table).
U32 pipes_to_tabs(const U32& line) {
  if (std::count(line.begin(), line.end(), U'|') + std::count(line.begin(), line.end(), U'｜') < 2) return line;
  U32 out;
  for (char32_t c : line) out.push_back(c == U'|' || c == U'｜' ? U'\t' : c);
  return out;
}

/// Trims tab fields and drops empty ones: in copied text they stand for merged cells, never for a blank cell.
U32 drop_empty_fields(const U32& line) {
  U32 out;
  size_t start = 0;
  while (start <= line.size()) {
    size_t tab = line.find(U'\t', start);
    if (tab == U32::npos) tab = line.size();
    size_t b = start, e = tab;
    while (b < e && is_space(line[b])) ++b;
    while (e > b && is_space(line[e - 1])) --e;
    U32 field = line.substr(b, e - b);
    if (!field.empty()) {
      if (!out.empty()) out.push_back(U'\t');
      out += field;
    }
    start = tab + 1;
  }
  return out;
}

bool is_dash_char(char32_t c) { return c == U'-' || c == U'—' || c == U'–' || c == U'－' || c == U'─'; }
bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

/// A page number a PDF viewer leaves as a line of its own: "— 3 —", "-3-", "第 3 页", "第3页 共12页", "3/12".
bool is_page_number(const U32& line) {
  U32 t;
  for (char32_t c : line)
    if (!is_space(c)) t.push_back(c);
  if (t.empty()) return false;
  size_t i = 0;
  auto digits = [&] {
    size_t b = i;
    while (i < t.size() && is_ascii_digit(t[i])) ++i;
    return i > b && i - b <= 4;
  };
  auto literal = [&](char32_t c) { return i < t.size() && t[i] == c ? (++i, true) : false; };
  if (is_dash_char(t[0])) {
    while (i < t.size() && is_dash_char(t[i])) ++i;
    if (!digits() || i == t.size() || !is_dash_char(t[i])) return false;
    while (i < t.size() && is_dash_char(t[i])) ++i;
    return i == t.size();
  }
  if (literal(U'第')) {
    if (!digits() || !literal(U'页')) return false;
    literal(U'，') || literal(U',') || literal(U'/');
    if (literal(U'共') && !(digits() && literal(U'页'))) return false;
    return i == t.size();
  }
  return digits() && literal(U'/') && digits() && i == t.size();
}

}  // namespace

SourceText text_to_source(std::string_view text) {
  SourceText s;
  U32 all = to_u32(text);
  const U32 report_words = to_u32("年度报告");
  std::vector<U32> titles;
  size_t start = 0;
  while (start < all.size()) {
    size_t nl = all.find(U'\n', start);
    if (nl == U32::npos) nl = all.size();
    U32 line = all.substr(start, nl - start);
    start = nl + 1;
    if (!line.empty() && line.back() == U'\r') line.pop_back();
    if (is_ruler(line) || is_page_number(line)) continue;
    U32 fields = drop_empty_fields(pipes_to_tabs(line));
    // A PDF's running page header repeats the title line on every page: only the first one is text.
    if (fields.size() <= 60 && fields.find(report_words) != U32::npos) {
      if (std::find(titles.begin(), titles.end(), fields) != titles.end()) continue;
      titles.push_back(fields);
    }
    s.text += fields;
    s.text.push_back(U'\n');
  }
  return s;
}

bool looks_like_html(std::string_view input) {
  static const char* const kTags[] = {"<html", "<body", "<table", "<p>", "<p ", "<div", "<br", "<!doctype", "<td", "<span"};
  std::string head(input.substr(0, std::min<size_t>(input.size(), 1u << 16)));
  std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return std::tolower(c); });
  int hits = 0;
  for (const char* t : kTags)
    if (head.find(t) != std::string::npos) ++hits;
  return hits >= 2;
}

}  // namespace nianbao::import
