// import.cpp — import_report: decode, detect the format, find the sections, read narratives and
// tables, record provenance.
//
// Index
//   check_encoding ....... UTF-8 only (a GBK page gets a clear message)
//   detect_format ........ fingerprints of format-spec §3.6, derived from FormatDef
//   find_title, year_and_agency
//   find_sections ........ the six headings in order, by number + fuzzy words
//   narrative_text ....... text between headings, paragraphs as lines
//   import_report
#include "import.h"

#include <algorithm>
#include <map>

#include "import_source.h"
#include "import_tables.h"

namespace nianbao {

std::string_view import_level_name(ImportLevel level) {
  switch (level) {
    case ImportLevel::Info: return "info";
    case ImportLevel::Inferred: return "inferred";
    case ImportLevel::Warning: return "warning";
    case ImportLevel::Ambiguous: return "ambiguous";
    case ImportLevel::Unread: return "unread";
    case ImportLevel::UnknownLabel: return "unknown_label";
  }
  return "info";
}

namespace {

using import::U32;

void add(std::vector<ImportLogEntry>& log, ImportLevel level, std::string subject, std::string message) {
  log.push_back({level, std::move(subject), std::move(message)});
}

/// "" when `input` is usable UTF-8, else the Chinese reason.
std::string check_encoding(std::string_view input) {
  size_t bad = 0;
  if (is_valid_utf8(input, &bad)) return {};
  // GBK/GB18030 lead bytes 0x81–0xFE followed by 0x40–0xFE: most Chinese government pages that are not UTF-8.
  size_t pairs = 0, high = 0;
  for (size_t i = 0; i + 1 < input.size(); ++i) {
    unsigned char a = input[i], b = input[i + 1];
    if (a >= 0x80) ++high;
    if (a >= 0x81 && a <= 0xFE && b >= 0x40 && b <= 0xFE && b != 0x7F) ++pairs, ++i;
  }
  std::string where = "（第 " + std::to_string(bad) + " 字节起不是 UTF-8）";
  if (high > 0 && pairs * 2 >= high * 8 / 10)
    return "文件不是 UTF-8 编码，看来是 GBK/GB2312 编码的网页" + where +
           "。请先转换为 UTF-8 再导入，例如：iconv -f GBK -t UTF-8 原文件 > 新文件";
  return "文件不是 UTF-8 文本" + where + "，无法导入。请另存为 UTF-8 编码的网页或文本后再试";
}

/// Labels of format `a` absent from format `b` (and not contained in any of its labels): their
/// presence marks `a` (format-spec §3.6). Derived from FormatDef, never spelled here.
std::vector<U32> fingerprints(FormatVersion a, FormatVersion b) {
  auto labels = [](FormatVersion v) {
    std::vector<U32> out;
    for (const auto& t : format_def(v).tables)
      for (const auto& row : t.rows)
        for (const auto& g : row)
          if (!g.label.empty()) out.push_back(import::normalize_label(g.label));
    return out;
  };
  std::vector<U32> la = labels(a), lb = labels(b), out;
  for (const auto& l : la) {
    if (l.size() < 5) continue;
    bool shared = std::any_of(lb.begin(), lb.end(), [&](const U32& o) { return o.find(l) != U32::npos; });
    if (!shared && std::find(out.begin(), out.end(), l) == out.end()) out.push_back(l);
  }
  return out;
}

int fingerprint_hits(const U32& norm, FormatVersion a, FormatVersion b) {
  int hits = 0;
  for (const auto& f : fingerprints(a, b))
    if (norm.find(f) != U32::npos) ++hits;
  return hits;
}

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

/// The report's title: the page title, a "标题:" line, or the first short line naming a 年度报告.
std::string find_title(const import::SourceText& src) {
  const U32 report_words = import::to_u32("年度报告");
  auto trim = [](U32 s) {
    size_t b = 0, e = s.size();
    while (b < e && import::is_space(s[b])) ++b;
    while (e > b && import::is_space(s[e - 1])) --e;
    return s.substr(b, e - b);
  };
  U32 title = import::to_u32(src.title);
  if (title.find(report_words) != U32::npos) return import::to_utf8(trim(title));
  const U32 label1 = import::to_u32("标题:"), label2 = import::to_u32("标题：");
  size_t start = 0;
  for (int line_no = 0; start < src.text.size() && line_no < 60; ++line_no) {
    size_t nl = src.text.find(U'\n', start);
    if (nl == U32::npos) nl = src.text.size();
    U32 line = trim(src.text.substr(start, nl - start));
    start = nl + 1;
    if (line.compare(0, label1.size(), label1) == 0 || line.compare(0, label2.size(), label2) == 0) {
      U32 t = trim(line.substr(label1.size()));  // both spellings are 3 characters
      if (t.find(report_words) != U32::npos) return import::to_utf8(t);
    }
    size_t at = line.find(report_words);
    if (at != U32::npos && at < 80) return import::to_utf8(trim(line.substr(0, at + report_words.size())));
  }
  return import::to_utf8(trim(title));
}

/// Year and agency from a title such as "平潭综合实验区2019年度政府信息公开工作年度报告" or
/// "2019年上海市人民政府办公厅政府信息公开工作年度报告".
void year_and_agency(const std::string& title_utf8, int& year, std::string& agency) {
  U32 t = import::to_u32(title_utf8);
  const U32 year_char = import::to_u32("年"), gov = import::to_u32("政府信息公开"), du = import::to_u32("度");
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
    U32 name = before.empty() ? middle : before;
    while (!name.empty() && import::is_space(name.back())) name.pop_back();
    while (!name.empty() && import::is_space(name.front())) name.erase(0, 1);
    agency = import::to_utf8(name);
    return;
  }
}

/// A year from "统计期限自2019年1月1日" style sentences or from the file name.
int fallback_year(const U32& norm, std::string_view filename_hint) {
  const U32 jan1 = import::to_u32("年1月1日");
  size_t at = norm.find(jan1);
  if (at != U32::npos && at >= 4 && is_digit(norm[at - 1]) && is_digit(norm[at - 4]))
    return std::stoi(import::to_utf8(norm.substr(at - 4, 4)));
  for (size_t i = 0; i + 4 <= filename_hint.size(); ++i) {
    std::string_view s = filename_hint.substr(i, 4);
    if ((s.substr(0, 2) == "19" || s.substr(0, 2) == "20") && std::all_of(s.begin(), s.end(), ::isdigit) &&
        (i == 0 || !::isdigit(static_cast<unsigned char>(filename_hint[i - 1]))) &&
        (i + 4 == filename_hint.size() || !::isdigit(static_cast<unsigned char>(filename_hint[i + 4]))))
      return std::stoi(std::string(s));
  }
  return 0;
}

/// Text of source[b, e) as lines: trimmed, empty lines dropped, table cells joined by spaces.
std::string narrative_text(const U32& source, size_t b, size_t e) {
  static const char* const kChrome[] = {"附件下载", "相关附件", "打印本页", "关闭窗口", "【打印】", "【关闭】", "分享到："};
  U32 region = source.substr(b, e - b);
  for (const char* marker : kChrome) {
    size_t at = region.find(import::to_u32(marker));
    if (at != U32::npos) region.resize(at);
  }
  std::string out;
  size_t start = 0;
  while (start <= region.size()) {
    size_t nl = region.find(U'\n', start);
    if (nl == U32::npos) nl = region.size();
    U32 line;
    for (size_t i = start; i < nl; ++i) {
      char32_t c = region[i];
      if (c == import::kBlankCell) continue;
      if (c == U'\t') c = U' ';
      line.push_back(c);
    }
    start = nl + 1;
    size_t lb = 0, le = line.size();
    while (lb < le && (import::is_space(line[lb]) || line[lb] == U'：' || line[lb] == U':' || line[lb] == U'。'))
      ++lb;
    while (le > lb && import::is_space(line[le - 1])) --le;
    if (le == lb) continue;
    if (!out.empty()) out += "\n";
    out += import::to_utf8(line.substr(lb, le - lb));
  }
  return out;
}

}  // namespace

ImportResult import_report(std::string_view input, std::string_view filename_hint) {
  ImportResult res;
  try {
    if (input.size() >= 3 && input.substr(0, 3) == "\xEF\xBB\xBF") input.remove_prefix(3);
    if (std::string e = check_encoding(input); !e.empty()) {
      res.error = e;
      return res;
    }
    if (input.size() > kMaxReportBytes * 4) {
      res.error = "文件过大（" + std::to_string(input.size() >> 20) + " MB），不像是一份年度报告";
      return res;
    }
    std::string hint(filename_hint);
    std::transform(hint.begin(), hint.end(), hint.begin(), ::tolower);
    const bool html_name = hint.size() > 4 && (hint.rfind(".htm") == hint.size() - 4 || hint.rfind(".html") == hint.size() - 5);
    const bool html = import::looks_like_html(input) || (html_name && input.find('<') != std::string_view::npos);
    res.source_kind = html ? "html" : "text";
    import::SourceText src = html ? import::html_to_source(input) : import::text_to_source(input);
    const import::NormText nt = import::normalize(src.text);

    // Year and agency from the title.
    const std::string title = find_title(src);
    int year = 0;
    std::string agency;
    year_and_agency(title, year, agency);
    if (year == 0) {
      year = fallback_year(nt.norm, filename_hint);
      if (year)
        add(res.log, ImportLevel::Inferred, "year", "标题中未写年度，按正文统计期限或文件名推断为 " + std::to_string(year) + " 年");
      else
        add(res.log, ImportLevel::Unread, "year", "未能读出报告年度，请补填");
    }
    if (agency.empty()) add(res.log, ImportLevel::Unread, "agency", "未能从标题读出机关名称，请补填");

    // Format by fingerprints; by year when the tables name none.
    const int h2019 = fingerprint_hits(nt.norm, FormatVersion::v2019, FormatVersion::v2021);
    const int h2021 = fingerprint_hits(nt.norm, FormatVersion::v2021, FormatVersion::v2019);
    FormatVersion format;
    if (h2019 != h2021) {
      format = h2019 > h2021 ? FormatVersion::v2019 : FormatVersion::v2021;
      if (std::min(h2019, h2021) > 0)
        add(res.log, ImportLevel::Warning, "format",
            "表格同时含有 2019 年版和 2021 年版格式的栏目，按多数（" + std::string(format_name(format)) + " 年版）导入");
    } else {
      format = (year != 0 && year < 2021) ? FormatVersion::v2019 : FormatVersion::v2021;
      add(res.log, ImportLevel::Inferred, "format",
          "表格中未见区分两版格式的栏目，按年度推断为 " + std::string(format_name(format)) + " 年版格式");
    }
    if (year >= 2021 && format == FormatVersion::v2019)
      add(res.log, ImportLevel::Warning, "format", std::to_string(year) + " 年度报告使用了 2019 年试行格式（国办公开办函〔2019〕60号）");
    res.report = new_report(format, year, agency);
    Report& r = res.report;
    const FormatDef& def = r.def();

    // The six headings, in order.
    std::vector<import::LabelHit> heads(def.sections.size());
    size_t cur = 0;
    for (size_t k = 0; k < def.sections.size(); ++k) {
      heads[k] = import::find_heading(nt.norm, cur, nt.norm.size(), import::normalize_label(def.sections[k].heading));
      if (heads[k].found()) cur = heads[k].end;
    }
    auto region = [&](size_t k, size_t& b, size_t& e) {
      b = 0;
      for (size_t j = k + 1; j-- > 0;)
        if (heads[j].found()) {
          b = heads[j].end;
          break;
        }
      e = nt.norm.size();
      for (size_t j = k + 1; j < heads.size(); ++j)
        if (heads[j].found()) {
          e = heads[j].begin;
          break;
        }
    };
    for (size_t k = 0; k < def.sections.size(); ++k) {
      const SectionDef& s = def.sections[k];
      size_t b, e;
      region(k, b, e);
      if (!heads[k].found())
        add(res.log, ImportLevel::Unread, s.key, "未找到“" + s.heading + "”标题" +
                                                     (s.kind == SectionKind::Narrative ? "，该部分留空" : "，在前后标题之间查找表格"));
      if (s.kind == SectionKind::Table) {
        import::read_table(s.table, nt, src.text, b, e, r, res.log);
        continue;
      }
      if (!heads[k].found()) continue;
      const size_t sb = nt.pos[heads[k].end - 1] + 1;
      const size_t se = std::max(sb, nt.source_at(e, src.text.size()));
      std::string text = narrative_text(src.text, sb, se);
      if (import::normalize_label(text) == import::normalize_label(s.placeholder)) text.clear();
      *r.narrative(s.key) = text;
    }

    // Usable?
    size_t filled = std::count_if(r.cells.begin(), r.cells.end(), [](const CellValue& c) { return c.filled; });
    bool any_text = !r.overview.empty() || !r.problems.empty() || !r.other.empty();
    if (filled == 0 && !any_text) {
      res.error = (h2019 + h2021 > 0)
                      ? "表格全部为空，正文也只有模板占位：这像是空白的年报格式模板（" + def.notice + "），不是已填写的年度报告"
                      : "未读到任何年报内容（既没有“一、总体情况”等标题，也没有表格数字），不像是政府信息公开工作年度报告";
      return res;
    }
    res.ok = true;

    // Provenance, kept on save under "import".
    std::map<std::string, int> counts;
    for (const auto& e : res.log) ++counts[std::string(import_level_name(e.level))];
    nlohmann::ordered_json prov;
    prov["source"] = res.source_kind;
    if (!filename_hint.empty()) prov["file"] = std::string(filename_hint);
    prov["cells_read"] = filled;
    prov["cells_total"] = r.cells.size();
    nlohmann::ordered_json summary = nlohmann::ordered_json::object();
    for (const auto& [k, v] : counts) summary[k] = v;
    prov["log_summary"] = summary;
    nlohmann::ordered_json entries = nlohmann::ordered_json::array();
    for (const auto& e : res.log)
      if (e.level != ImportLevel::Info)
        entries.push_back({{"level", import_level_name(e.level)}, {"subject", e.subject}, {"message", e.message}});
    prov["uncertain"] = entries;
    r.unknown["import"] = prov;
  } catch (const std::exception& e) {
    // Nothing above should throw on any input; if it does, say so instead of crashing.
    res.ok = false;
    res.error = std::string("导入时发生内部错误：") + e.what();
  }
  return res;
}

}  // namespace nianbao
