// import.cpp — import_report: assembles the report and its log from the pieces of the importer
// (import_meta: encoding, format, year, agency; import_html/import_text/import_docx: working text;
// import_tables: the tables), finds the six sections and records provenance.
//
// Index
//   import_level_name
//   find_headings ........ the six headings in order, by number + fuzzy words
//   footer_start ......... where page chrome ("附件下载", "分享到：") follows a section's text
//   narrative_text ....... text between headings, paragraphs as lines (restored in run-on copies)
//   provenance ........... Report::unknown["import"]
//   import_report
#include "nianbao/import.h"
#include "nianbao/text.h"

#include <algorithm>
#include <map>

#include "import/import_meta.h"
#include "import/import_source.h"
#include "import/import_tables.h"

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

void add(std::vector<ImportLogEntry>& log, ImportLevel level, std::string subject, std::string message,
         std::vector<std::string> unread = {}) {
  log.push_back({level, std::move(subject), std::move(message), std::move(unread)});
}

/// Copied text often loses its paragraph breaks (a whole section on one line). In such a long line
/// a numbered sub-heading "（二）" right after the end of a sentence starts a new paragraph again.
U32 restore_paragraphs(const U32& line) {
  constexpr size_t kLongLine = 300;
  if (line.size() < kLongLine) return line;
  const U32 ends = U"。；！？", numerals = U"一二三四五六七八九十";
  U32 out;
  for (size_t i = 0; i < line.size(); ++i) {
    bool sub_heading = i > 0 && line[i] == U'（' && i + 2 < line.size() && numerals.find(line[i + 1]) != U32::npos &&
                       (line[i + 2] == U'）' || (i + 3 < line.size() && numerals.find(line[i + 2]) != U32::npos &&
                                                 line[i + 3] == U'）'));
    if (sub_heading) {
      size_t j = out.size();
      while (j > 0 && import::is_space(out[j - 1])) --j;
      if (j > 0 && ends.find(out[j - 1]) != U32::npos) {
        out.resize(j);
        out.push_back(U'\n');
      }
    }
    out.push_back(line[i]);
  }
  return out;
}

/// Where the page's footer (“附件下载”, “分享到：” …) begins in `region`: the first marker standing at the
/// start of a line or right after the end of a sentence; npos when none. The same words inside a
/// sentence (“同步上传相关附件”) are the report's text.
size_t footer_start(const U32& region) {
  static const char* const kChrome[] = {"附件下载", "相关附件", "打印本页", "关闭窗口", "【打印】", "【关闭】", "分享到："};
  const U32 sentence_ends = U"。！？；";
  size_t cut = U32::npos;
  for (const char* marker : kChrome) {
    const U32 m = import::to_u32(marker);
    for (size_t at = region.find(m); at != U32::npos && at < cut; at = region.find(m, at + 1)) {
      size_t j = at;
      while (j > 0 && region[j - 1] != U'\n' && import::is_space(region[j - 1])) --j;
      if (j == 0 || region[j - 1] == U'\n' || sentence_ends.find(region[j - 1]) != U32::npos) cut = at;
    }
  }
  return cut;
}

/// Text of source[b, e) as lines: trimmed, empty lines dropped, table cells joined by spaces, the page
/// footer dropped (logged under `key` with the number of characters dropped).
std::string narrative_text(const U32& source, size_t b, size_t e, const std::string& key, std::vector<ImportLogEntry>& log) {
  U32 region = source.substr(b, e - b);
  if (size_t cut = footer_start(region); cut != U32::npos) {
    size_t dropped = std::count_if(region.begin() + cut, region.end(), [](char32_t c) { return !import::is_space(c); });
    add(log, ImportLevel::Warning, key,
        "“" + import::to_utf8(region.substr(cut, std::min<size_t>(6, region.size() - cut))) + "”起的 " +
            std::to_string(dropped) + " 个字符看来是网页页脚，未导入；若其中有正文，请补上");
    region.resize(cut);
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
    out += import::to_utf8(restore_paragraphs(line.substr(lb, le - lb)));
  }
  return out;
}

/// The six headings, in order; each searched after the previous one found. A heading whose ordinal is not
/// the template's (a report without 二 numbers the rest one lower) is then found by its words between the
/// headings found around it.
std::vector<import::LabelHit> find_headings(const U32& norm, const FormatDef& def) {
  std::vector<U32> all;
  for (const auto& s : def.sections) all.push_back(import::normalize_label(s.heading));
  std::vector<import::LabelHit> heads(def.sections.size());
  size_t cur = 0;
  for (size_t k = 0; k < all.size(); ++k) {
    heads[k] = import::find_heading(norm, cur, norm.size(), all[k], all);
    if (heads[k].found()) cur = heads[k].end;
  }
  for (size_t k = 0; k < all.size(); ++k) {
    if (heads[k].found()) continue;
    size_t lo = 0, hi = norm.size();
    for (size_t j = k; j-- > 0;)
      if (heads[j].found()) {
        lo = heads[j].end;
        break;
      }
    for (size_t j = k + 1; j < heads.size(); ++j)
      if (heads[j].found()) {
        hi = heads[j].begin;
        break;
      }
    heads[k] = import::find_heading_renumbered(norm, lo, hi, all[k]);
  }
  return heads;
}

/// Section k runs from its heading (or the nearest heading found before it) to the next heading found.
void section_region(const std::vector<import::LabelHit>& heads, size_t k, size_t text_size, size_t& b, size_t& e) {
  b = 0;
  for (size_t j = k + 1; j-- > 0;)
    if (heads[j].found()) {
      b = heads[j].end;
      break;
    }
  e = text_size;
  for (size_t j = k + 1; j < heads.size(); ++j)
    if (heads[j].found()) {
      e = heads[j].begin;
      break;
    }
}

/// Is the cell or field ("year", "agency") named by `code` unfilled?
bool still_empty(const Report& r, std::string_view code) {
  if (code == "year") return r.year == 0;
  if (code == "agency") return text::is_blank_text(r.agency);
  return !r.cell(code).filled;
}

/// Provenance kept on save under "import": source kind, file name, counts per log level, and every
/// entry that is more than a routine note.
nlohmann::ordered_json provenance(const ImportResult& res, std::string_view filename_hint, size_t filled) {
  std::map<std::string, int> counts;
  for (const auto& e : res.log) ++counts[std::string(import_level_name(e.level))];
  nlohmann::ordered_json prov;
  prov["source"] = res.source_kind;
  std::string_view base = filename_hint.substr(filename_hint.find_last_of("/\\") + 1);
  if (!base.empty()) prov["file"] = std::string(base);
  prov["cells_read"] = filled;
  prov["cells_total"] = res.report.cells.size();
  nlohmann::ordered_json summary = nlohmann::ordered_json::object();
  for (const auto& [k, v] : counts) summary[k] = v;
  prov["log_summary"] = summary;
  nlohmann::ordered_json entries = nlohmann::ordered_json::array();
  for (const auto& e : res.log)
    if (e.level != ImportLevel::Info)
      entries.push_back({{"level", import_level_name(e.level)}, {"subject", e.subject}, {"message", e.message}});
  prov["uncertain"] = entries;
  // What the import could not read (rule I1); only what is still empty, in log order.
  nlohmann::ordered_json unread = nlohmann::ordered_json::array();
  for (const auto& e : res.log)
    for (const auto& code : e.unread) {
      if (still_empty(res.report, code) && std::find(unread.begin(), unread.end(), code) == unread.end()) unread.push_back(code);
    }
  if (!unread.empty()) prov["unread"] = unread;
  return prov;
}

/// Table `number` published in format `other` inside a report of another format: read in its own shape,
/// then the cells both formats define alike (same code: 处理决定数量, 表三's rows) are taken over; the rest
/// differ in meaning between the formats and stay empty as import misses, their published figures quoted.
void read_other_format_table(int number, FormatVersion other, const import::NormText& nt, const U32& source, size_t b,
                             size_t e, Report& r, std::vector<ImportLogEntry>& log) {
  Report scratch = new_report(other, r.year, r.agency);
  std::vector<ImportLogEntry> scratch_log;
  import::read_table(number, nt, source, b, e, scratch, scratch_log);
  for (auto& entry : scratch_log) {
    entry.unread.clear();  // codes of the other format; the misses of this report are listed below
    log.push_back(std::move(entry));
  }
  const FormatDef& def = r.def();
  const FormatDef& odef = scratch.def();
  std::vector<std::string> taken, missing;
  for (size_t i = 0; i < def.cells.size(); ++i) {
    if (def.cells[i].table != number) continue;
    const int o = odef.cell_index(def.cells[i].code);
    if (o >= 0 && scratch.cells[static_cast<size_t>(o)].filled && odef.cells[static_cast<size_t>(o)].kind == def.cells[i].kind) {
      r.cells[i] = scratch.cells[static_cast<size_t>(o)];
      taken.push_back(def.cells[i].code);
    } else {
      missing.push_back(def.cells[i].code);
    }
  }
  std::string quoted;
  for (size_t o = 0; o < odef.cells.size(); ++o) {
    const CellDef& cd = odef.cells[o];
    if (cd.table != number || !scratch.cells[o].filled || def.cell_index(cd.code) >= 0) continue;
    const CellValue& v = scratch.cells[o];
    if (quoted.size() < 600)
      quoted += (quoted.empty() ? "" : "、") + cd.row_label + " · " + cd.column_label + " " +
                (cd.kind == ValueKind::Amount ? v.amount : std::to_string(v.count));
  }
  const std::string table = number == 2 ? "表二" : number == 3 ? "表三" : "表四";
  const std::string own = std::string(format_name(r.format)) + " 年版", theirs = std::string(format_name(other)) + " 年版";
  std::string msg = table + "按 " + theirs + "的栏目发布（报告其余部分为 " + own + "），已按原样读取；两版相同的 " +
                    std::to_string(taken.size()) + " 格已转入";
  if (!missing.empty()) msg += "，" + own + "的其余 " + std::to_string(missing.size()) + " 格两版含义不同，未导入，请按 " + own + "补填";
  if (!quoted.empty()) msg += "（原文 " + theirs + "栏目：" + quoted + "）";
  add(log, ImportLevel::Warning, table, msg, missing);
}

/// Text input (a saved page or copied text) → working text: a stray bad byte in UTF-8 is replaced
/// (with a warning in the log); another encoding or a binary file is refused in SourceText::error.
import::SourceText text_source(std::string_view input, std::string_view filename_hint, ImportResult& res) {
  import::SourceText src;
  if (input.size() >= 3 && input.substr(0, 3) == "\xEF\xBB\xBF") input.remove_prefix(3);
  // A UTF-8 page with a stray byte or cut off mid-character is imported with U+FFFD in those places.
  import::Utf8Damage damage;
  if (!text::is_valid_utf8(input) && (damage = import::scan_utf8(input)).nearly_valid(input.size())) {
    input = damage.repaired;
    add(res.log, ImportLevel::Warning, "encoding",
        "文件有 " + std::to_string(damage.malformed) + " 处不是有效的 UTF-8（第一处在第 " + std::to_string(damage.first_bad) +
            " 字节，文件损坏或被截断），已替换为 �，请核对这些位置");
  }
  if (std::string e = import::check_encoding(input, &res.legacy_encoding); !e.empty()) {
    src.error = e;
    return src;
  }
  if (input.size() > kMaxReportBytes * 4) {
    src.error = "文件过大（" + std::to_string(input.size() >> 20) + " MB），不像是一份年度报告";
    return src;
  }
  std::string hint(filename_hint);
  std::transform(hint.begin(), hint.end(), hint.begin(), ::tolower);
  const bool html_name = hint.size() > 4 && (hint.rfind(".htm") == hint.size() - 4 || hint.rfind(".html") == hint.size() - 5);
  const bool html = import::looks_like_html(input) || (html_name && input.find('<') != std::string_view::npos);
  res.source_kind = html ? "html" : "text";
  return html ? import::html_to_source(input) : import::text_to_source(input);
}

}  // namespace

ImportResult import_report(std::string_view input, std::string_view filename_hint, int year_hint) {
  ImportResult res;
  try {
    // A Word package is read as such; an old binary Word/WPS file or RTF gets advice to save as .docx.
    import::SourceText src;
    if (import::is_zip(input)) {
      res.source_kind = "docx";
      src = import::docx_to_source(input);
    } else if (std::string advice = import::word_binary_error(input); !advice.empty()) {
      res.error = std::move(advice);
      return res;
    } else {
      src = text_source(input, filename_hint, res);
    }
    if (!src.error.empty()) {
      res.error = src.error;
      return res;
    }
    const import::NormText nt = import::normalize(src.text);

    // Year and agency from the title.
    const std::string title = import::find_title(src);
    int year = 0;
    std::string agency;
    import::year_and_agency(title, year, agency);
    if (!plausible_year(year)) year = 0;
    if (year != 0 && plausible_year(year_hint) && year_hint != year)
      add(res.log, ImportLevel::Info, "year",
          "标题写明 " + std::to_string(year) + " 年度，与指定的年度 " + std::to_string(year_hint) + " 年不同，按标题记为 " +
              std::to_string(year) + " 年");
    if (year == 0 && plausible_year(year_hint)) {
      year = year_hint;
      add(res.log, ImportLevel::Info, "year", "报告年度按指定值记为 " + std::to_string(year) + " 年");
    }
    if (year == 0) {
      year = import::fallback_year(nt.norm, filename_hint);
      if (year)
        add(res.log, ImportLevel::Inferred, "year", "标题中未写年度，按正文统计期限或文件名推断为 " + std::to_string(year) + " 年");
    }
    if (year == 0)
      add(res.log, ImportLevel::Unread, "year",
          "未能读出报告年度（标题、统计期限和文件名中都没有），请补填（命令行可用 --year 指定）", {"year"});
    if (agency.empty() && !(agency = import::agency_from_body(nt.norm)).empty())
      add(res.log, ImportLevel::Inferred, "agency", "标题中未写机关名称，按正文推断为“" + agency + "”，请核对");
    if (agency.empty()) add(res.log, ImportLevel::Unread, "agency", "未能从标题读出机关名称，请补填", {"agency"});

    // Format by fingerprints; by year when the tables name none.
    const import::FormatGuess guess = import::detect_format(nt.norm, year);
    // Tables of both formats: the report is of the format due for its year when any table uses it; the
    // other tables are read in their own shape (read_other_format_table), not by majority.
    const FormatVersion due = format_for_year(year);
    const FormatVersion format =
        guess.mixed() && year != 0 && guess.hits[static_cast<size_t>(due)] > 0 ? due : guess.format;
    const std::string format_text = std::string(format_name(format)) + " 年版";
    if (guess.by_year)
      add(res.log, ImportLevel::Inferred, "format", "表格中未见区分两版格式的栏目，按年度推断为 " + format_text + "格式");
    else if (guess.mixed())
      add(res.log, ImportLevel::Warning, "format",
          "表格同时含有 " + guess.formats_found() + "格式的栏目：报告按 " + format_text + "导入，各表按其发布时的栏目读取");
    if (year != 0 && format < format_for_year(year))
      add(res.log, ImportLevel::Warning, "format",
          std::to_string(year) + " 年度报告使用了 " + format_info(format).title + "（" + format_info(format).notice + "）");
    res.report = new_report(format, year, agency);
    Report& r = res.report;
    const FormatDef& def = r.def();

    const std::vector<import::LabelHit> heads = find_headings(nt.norm, def);
    for (size_t k = 0; k < def.sections.size(); ++k) {
      const SectionDef& s = def.sections[k];
      size_t b, e;
      section_region(heads, k, nt.norm.size(), b, e);
      if (!heads[k].found())
        add(res.log, ImportLevel::Unread, s.key, "未找到“" + s.heading + "”标题" +
                                                     (s.kind == SectionKind::Narrative ? "，该部分留空" : "，在前后标题之间查找表格"));
      if (s.kind == SectionKind::Table) {
        // A report may mix the formats table by table (a 2019 表二 beside a 2021 表三): each table is
        // read in the shape it was published in, never dropped by the majority.
        const import::FormatGuess own = guess.mixed() ? import::detect_format(nt.norm.substr(b, e - b), 0) : guess;
        if (own.by_year || own.format == format)
          import::read_table(s.table, nt, src.text, b, e, r, res.log);
        else
          read_other_format_table(s.table, own.format, nt, src.text, b, e, r, res.log);
        continue;
      }
      if (!heads[k].found()) continue;
      // A table without its heading right after this section (a report without 二) ends the section
      // where the table's own labels begin: prose never swallows a table.
      for (size_t j = k + 1; j < def.sections.size() && !heads[j].found(); ++j)
        if (def.sections[j].kind == SectionKind::Table)
          e = std::min(e, import::table_start(def, def.sections[j].table, nt.norm, b, e));
      size_t sb = nt.pos[heads[k].end - 1] + 1;
      // A reworded heading may end in words the template lacks ("…改进措施"): when the heading is a
      // line of its own, the body starts on the next line.
      size_t nl = src.text.find(U'\n', sb);
      if (nl != U32::npos && nl - sb <= 8 && nl < nt.source_at(e, src.text.size())) {
        U32 rest = src.text.substr(sb, nl - sb);
        if (rest.find_first_of(U"，。；：,.;") == U32::npos) sb = nl + 1;
      }
      const size_t se = std::max(sb, nt.source_at(e, src.text.size()));
      std::string text = narrative_text(src.text, sb, se, s.key, res.log);
      if (import::normalize_label(text) == import::normalize_label(s.placeholder)) text.clear();
      *r.narrative(s.key) = text;
    }

    // Usable?
    size_t filled = std::count_if(r.cells.begin(), r.cells.end(), [](const CellValue& c) { return c.filled; });
    bool any_text = !r.overview.empty() || !r.problems.empty() || !r.other.empty();
    if (filled == 0 && !any_text) {
      res.error = (guess.total_hits() > 0)
                      ? "表格全部为空，正文也只有模板占位：这像是空白的年报格式模板（" + def.notice + "），不是已填写的年度报告"
                      : "未读到任何年报内容（既没有“一、总体情况”等标题，也没有表格数字），不像是政府信息公开工作年度报告";
      return res;
    }
    res.ok = true;

    r.unknown["import"] = provenance(res, filename_hint, filled);
  } catch (const std::exception& e) {
    // Nothing above should throw on any input; if it does, say so instead of crashing.
    res.ok = false;
    res.error = std::string("导入时发生内部错误：") + e.what();
  }
  return res;
}

std::vector<std::string> import_unread(const Report& report) {
  std::vector<std::string> out;
  auto it = report.unknown.find("import");
  if (it == report.unknown.end() || !it->is_object()) return out;
  auto list = it->find("unread");
  if (list == it->end() || !list->is_array()) return out;
  for (const auto& v : *list)
    if (v.is_string()) out.push_back(v.get<std::string>());
  return out;
}

bool is_import_miss(const Report& report, std::string_view code) {
  if (!still_empty(report, code)) return false;
  const auto unread = import_unread(report);
  return std::find(unread.begin(), unread.end(), code) != unread.end();
}

bool confirm_import_blank(Report& report, std::string_view code) {
  auto it = report.unknown.find("import");
  if (it == report.unknown.end() || !it->is_object()) return false;
  auto list = it->find("unread");
  if (list == it->end() || !list->is_array()) return false;
  for (auto v = list->begin(); v != list->end(); ++v)
    if (v->is_string() && v->get<std::string>() == code) {
      list->erase(v);
      return true;
    }
  return false;
}

}  // namespace nianbao
